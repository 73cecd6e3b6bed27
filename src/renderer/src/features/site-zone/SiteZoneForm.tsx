import { Button, Group, Select, Stack, Text } from '@mantine/core'
import type { SiteZoneView, ZoneSuggestion } from '@shared/domain/site-zone'
import { notifications } from '@mantine/notifications'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { type FieldPlaces, placeError } from '../../lib/place-error'
import type { ProjectScopeKey } from '../../query/keys'
import { useResultMutation } from '../../query/use-result-mutation'
import { setSiteZone } from './site-zone-mutations'
import { laptopTimeZone } from './laptop-zone'
import { allZones, zoneLabel } from './zone-text'

const PLACES: FieldPlaces<'zone'> = { zone: { field: 'zone', label: 'siteZone.picker.label' } }

function suggestionText(t: ReturnType<typeof useTranslation>['t'], s: ZoneSuggestion): string {
  return s.source === 'region'
    ? t('siteZone.suggestion.region', { zone: s.zone, region: t(`regions.${s.regionLabelKey}`) })
    : t('siteZone.suggestion.laptop', { zone: s.zone })
}

function withLaptop(suggestions: readonly ZoneSuggestion[], laptop: string): readonly ZoneSuggestion[] {
  const others = suggestions.filter((s) => s.source !== 'laptop')
  return others.some((s) => s.zone === laptop) ? others : [...others, { source: 'laptop', zone: laptop }]
}

/**
 * Picks the site's zone: the suggested ones a click away, every IANA zone searchable by name
 * (a space finds an underscore: "new york"), each with its offset from UTC now.
 */
interface Props {
  readonly scope: ProjectScopeKey
  readonly view: SiteZoneView
  /** Closes the form (a dialog's Cancel); none where the form is the screen's question. */
  readonly onDone?: () => void
  /** False where the screen around the form already says why the zone matters. */
  readonly withIntro?: boolean
}

export function SiteZoneForm({ scope, view, onDone, withIntro = true }: Props) {
  const { t } = useTranslation()
  const [now] = useState(() => Date.now())
  const [zone, setZone] = useState<string | null>(view.siteZone?.zone ?? null)
  const [tried, setTried] = useState(false)
  // "This computer" is the one the installer sits at: the window's own zone (the headless host
  // that answered may run on another machine's clock settings).
  const suggestions = useMemo(() => withLaptop(view.suggestions, laptopTimeZone()), [view.suggestions])
  const options = useMemo(() => allZones().map((z) => ({ value: z, label: zoneLabel(t, z, now).replaceAll('_', ' ') })), [t, now])
  const saving = useResultMutation((picked: string) => setSiteZone(scope, picked), {
    onDone: (saved) => {
      notifications.show({ color: 'green', message: t('siteZone.picker.saved', { zone: saved.zone }) })
      onDone?.()
    },
  })
  const placed = placeError(t, saving.appError, PLACES)
  const save = () => {
    setTried(true)
    if (zone && !saving.isPending) saving.mutate(zone)
  }
  return (
    <Stack gap="sm" data-testid="site-zone-form">
      {withIntro && <Text size="sm">{t('siteZone.picker.intro')}</Text>}
      {suggestions.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('siteZone.picker.suggested')}
          </Text>
          <Group gap="xs">
            {suggestions.map((s) => (
              <Button key={`${s.source}-${s.zone}`} size="xs" variant={zone === s.zone ? 'filled' : 'light'} onClick={() => setZone(s.zone)}>
                {suggestionText(t, s)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      <Select
        label={t('siteZone.picker.label')}
        placeholder={t('siteZone.picker.placeholder')}
        searchable
        data={options}
        value={zone}
        onChange={setZone}
        nothingFoundMessage={t('siteZone.picker.nothing')}
        limit={100}
        maxDropdownHeight={280}
        comboboxProps={{ withinPortal: true }}
        error={placed.inline.zone ?? (tried && !zone ? t('siteZone.picker.required') : undefined)}
        data-autofocus
      />
      {placed.alert && <ErrorAlert error={placed.alert} />}
      <Group justify="flex-end">
        {onDone && (
          <Button variant="default" onClick={onDone}>
            {t('siteZone.picker.cancel')}
          </Button>
        )}
        <Button loading={saving.isPending} onClick={save}>
          {t('siteZone.picker.save')}
        </Button>
      </Group>
    </Stack>
  )
}
