import { Button, Group, TextInput } from '@mantine/core'
import { FIELD_LIMITS } from '@shared/field-limits'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useSetInstaller } from './activity-queries'

/** The installer's name, set once: the activity log says who made each change. */
export function InstallerNameForm({ current }: { readonly current: string | null }) {
  const { t } = useTranslation()
  const [name, setName] = useState(current ?? '')
  const save = useSetInstaller()
  const trimmed = name.trim()
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        if (trimmed !== '') save.mutate(trimmed)
      }}
    >
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('activity.installer.label')}
          description={t('activity.installer.help')}
          value={name}
          maxLength={FIELD_LIMITS.installerName}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="installer-name"
          style={{ flex: 1, maxWidth: 360 }}
        />
        <Button type="submit" disabled={trimmed === '' || trimmed === current} loading={save.isPending}>
          {t('activity.installer.save')}
        </Button>
      </Group>
      {save.appError && <ErrorAlert error={save.appError} />}
    </form>
  )
}
