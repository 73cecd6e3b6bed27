import { Alert, Chip, Group, Input, List, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import type { Duplicate } from '@shared/duplicates/rule-book'
import { type RepeatKind, type ToUtcResult, WEEK_ORDER, type Weekday, offsetMinutes, parseDays } from '@shared/schedule'
import { parseClock, shortClock } from '@shared/schedule/clock'
import { useTranslation } from 'react-i18next'
import { duplicateText } from '../../../lib/duplicate-text'
import { ScheduleNotes } from '../ScheduleNotes'
import { dayName, daysText, problemText } from '../schedule-text'
import { type NameProblem, type WizardForm } from './wizard-form'
import { FIELD_LIMITS } from '@shared/field-limits'
import { LengthHint } from '../../../components/LengthHint'
import { laptopTimeZone } from '../../site-zone/laptop-zone'
import { ClockInput } from './ClockInput'

const REPEATS: readonly RepeatKind[] = ['weekly', 'daily', 'never']

interface Props {
  readonly form: WizardForm
  readonly onChange: (form: WizardForm) => void
  readonly conversion: ToUtcResult
  readonly nameProblem: NameProblem
  /** Main's refusal of the name, in words, while the name is as it was sent. */
  readonly nameError?: string | undefined
  /** Another group already has this name: said here, asked about before the save. */
  readonly sameName: Duplicate | null
  /** Problems show once the installer tried to go on. */
  readonly showProblems: boolean
  /** The site's time zone: the times are typed in it. */
  readonly timeZone: string
  readonly now: number
}

/** Step 1: name and schedule, typed in the site's time (24-hour); how it will be stored (UTC) is shown live. */
export function ScheduleStep({ form, onChange, conversion, nameProblem, nameError, sameName, showProblems, timeZone, now }: Props) {
  const { t } = useTranslation()
  const set = <K extends keyof WizardForm>(key: K, value: WizardForm[K]) => onChange({ ...form, [key]: value })
  const offset = offsetMinutes(timeZone, now)
  // The UTC time beside each typed one: "07:00 site time (23:00 UTC)".
  const inUtc = (value: string) => {
    const seconds = parseClock(value)
    return seconds === null ? undefined : t('accessGroups.wizard.timeInUtc', { site: shortClock(seconds), utc: shortClock(seconds - offset * 60) })
  }
  const laptop = laptopTimeZone()
  return (
    <Stack gap="md" data-testid="schedule-step">
      <TextInput
        label={t('accessGroups.wizard.name')}
        description={<LengthHint value={form.name} max={FIELD_LIMITS.groupName} help={t('accessGroups.wizard.nameHint')} />}
        value={form.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={(showProblems && nameProblem ? t(`accessGroups.problems.name.${nameProblem}`, { max: FIELD_LIMITS.groupName }) : undefined) ?? nameError}
        required
        data-autofocus
      />
      {sameName && (
        <Alert color="orange" role="status" data-testid="same-name-warning">
          {duplicateText(t, sameName)} {t('duplicates.sameNameHint')}
        </Alert>
      )}
      <Input.Wrapper label={t('accessGroups.wizard.repeat')} id="repeat-label">
        <div>
          <SegmentedControl
            aria-labelledby="repeat-label"
            value={form.repeat}
            onChange={(v) => set('repeat', v as RepeatKind)}
            data={REPEATS.map((r) => ({ value: r, label: t(`accessGroups.repeat.${r}`) }))}
          />
        </div>
      </Input.Wrapper>
      {form.repeat === 'weekly' && (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>
            <Text size="sm" fw={500}>
              {t('accessGroups.wizard.days')}
            </Text>
          </legend>
          <Chip.Group multiple value={form.days.map(String)} onChange={(v) => set('days', v.map(Number) as Weekday[])}>
            <Group gap="xs" mt={4}>
              {WEEK_ORDER.map((d) => (
                <Chip key={d} value={String(d)} aria-label={dayName(t, d)}>
                  {dayName(t, d, 'short')}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </fieldset>
      )}
      <Group grow align="flex-start">
        {form.repeat === 'never' && (
          <TextInput type="date" label={t('accessGroups.wizard.startDate')} value={form.startDate} onChange={(e) => set('startDate', e.currentTarget.value)} />
        )}
        <ClockInput
          label={t('accessGroups.wizard.start', { zone: timeZone })}
          value={form.start}
          onChange={(v) => set('start', v)}
          description={form.repeat === 'never' ? undefined : inUtc(form.start)}
        />
        {form.repeat === 'never' && (
          <TextInput
            type="date"
            label={t('accessGroups.wizard.finishDate')}
            value={form.finishDate}
            onChange={(e) => set('finishDate', e.currentTarget.value)}
          />
        )}
        <ClockInput
          label={t('accessGroups.wizard.finish', { zone: timeZone })}
          value={form.finish}
          onChange={(v) => set('finish', v)}
          description={form.repeat === 'never' ? undefined : inUtc(form.finish)}
        />
      </Group>
      {offsetMinutes(laptop, now) !== offset && (
        <Text size="sm" c="dimmed" data-testid="laptop-differs">
          {t('siteZone.laptopDiffers', { laptop, zone: timeZone })}
        </Text>
      )}
      <Paper withBorder p="sm">
        <Text size="sm" fw={600} mb={4}>
          {t('accessGroups.wizard.storedAs')}
        </Text>
        {conversion.ok ? (
          <Stack gap={4}>
            <Text size="sm" data-testid="stored-as">
              {t('accessGroups.wizard.utcLine', {
                repeat: t(`accessGroups.repeat.${conversion.utc.repeatMode}`),
                start: conversion.utc.startTime,
                finish: conversion.utc.finishTime,
                days: daysText(t, parseDays(conversion.utc.availableDays)) || '—',
              })}
            </Text>
            <ScheduleNotes notes={conversion.notes} />
          </Stack>
        ) : (
          <Alert color={showProblems ? 'red' : 'gray'} role={showProblems ? 'alert' : undefined} title={t('accessGroups.problems.title')}>
            <List size="sm">
              {conversion.problems.map((p) => (
                <List.Item key={JSON.stringify(p)}>{problemText(t, p)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Paper>
    </Stack>
  )
}
