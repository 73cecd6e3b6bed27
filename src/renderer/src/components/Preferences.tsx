import { Group, SegmentedControl, Select, useMantineColorScheme, type MantineColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '../i18n'

/** Theme and language, in the header so they are one Tab away everywhere. */
export function Preferences() {
  const { t, i18n } = useTranslation()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <Group gap="sm">
      <SegmentedControl
        size="xs"
        aria-label={t('settings.theme')}
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={[
          { value: 'light', label: t('settings.themeLight') },
          { value: 'dark', label: t('settings.themeDark') },
          { value: 'auto', label: t('settings.themeSystem') },
        ]}
      />
      <Select
        size="xs"
        w={120}
        aria-label={t('settings.language')}
        allowDeselect={false}
        value={i18n.language}
        onChange={(value) => value && void i18n.changeLanguage(value)}
        data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
      />
    </Group>
  )
}
