import { Button, Group, Loader, Stack, Stepper, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { diffGroups } from '@shared/access-groups/diff'
import { wallTimeAt } from '@shared/schedule'
import type { AccessGroupDetail, AccessGroupDraft, SiteTree } from '@shared/domain/access-groups'
import { type DuplicateRef, groupNameDuplicates } from '@shared/duplicates/rule-book'
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDuplicates, useDuplicateGate } from '../../../components/ConfirmDuplicates'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useFormChange } from '../../../components/use-form-change'
import { useNetwork } from '../../../app/app-queries'
import { saveGroup, showScreen } from '../../../stores/access-groups/actions'
import type { GroupsScope } from '../../../stores/access-groups/store'
import { useGroupDetail, useGroups, useSiteTree } from '../group-queries'
import { DoorsStep } from './DoorsStep'
import { ReviewStep } from './ReviewStep'
import { ScheduleStep } from './ScheduleStep'
import { type WizardForm, convert, doorSelections, emptyForm, formFromGroup, nameProblem, pickedDevices } from './wizard-form'
import { FIELD_LIMITS } from '@shared/field-limits'
import { type FieldPlaces, placeError } from '../../../lib/place-error'

/** Where a refused save shows: the name on its field, anything else in the wizard's alert. */
const GROUP_PLACES: FieldPlaces<'name'> = { 'draft.name': { field: 'name', label: 'accessGroups.wizard.name' } }

/** Today at the site (not on this computer): where a one-off window starts by default. */
const today = (zone: string, now: number): string => {
  const d = wallTimeAt(zone, now)
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
}

/** Create (no id) or edit a group in three steps; loads the group first when editing. */
interface WizardProps {
  readonly scope: GroupsScope
  readonly id: string | null
  /** The site's time zone: schedules are typed and shown in it. */
  readonly zone: string
}

export function GroupWizard({ scope, id, zone }: WizardProps) {
  const { t } = useTranslation()
  const tree = useSiteTree(scope)
  if (tree.appError) return <ErrorAlert error={tree.appError} onRetry={() => void tree.refetch()} />
  if (!tree.data) return <Loader aria-label={t('accessGroups.loading')} />
  if (id === null) return <Wizard key="new" scope={scope} tree={tree.data} before={null} zone={zone} />
  return <EditWizard scope={scope} id={id} tree={tree.data} zone={zone} />
}

/** Editing starts from the group as it is: read first, then the wizard opens on it. */
function EditWizard({ scope, id, tree, zone }: { readonly scope: GroupsScope; readonly id: string; readonly tree: SiteTree; readonly zone: string }) {
  const { t } = useTranslation()
  const before = useGroupDetail(scope, id)
  if (before.appError) return <ErrorAlert error={before.appError} onRetry={() => void before.refetch()} />
  if (!before.data) return <Loader aria-label={t('accessGroups.loading')} />
  return <Wizard key={id} scope={scope} tree={tree} before={before.data} zone={zone} />
}

interface FormProps {
  readonly scope: GroupsScope
  readonly tree: SiteTree
  readonly before: AccessGroupDetail | null
  readonly zone: string
}

function Wizard({ scope, tree, before, zone }: FormProps) {
  const { t } = useTranslation()
  const offline = useNetwork().data?.online === false
  const groups = useGroups(scope).data?.groups
  const [now] = useState(() => Date.now())
  const [form, setForm] = useState<WizardForm>(() =>
    before ? formFromGroup(before.row, before.doors ?? [], zone, now, today(zone, now)) : emptyForm(today(zone, now)),
  )
  const [step, setStep] = useState(0)
  const [tried, setTried] = useState<ReadonlySet<number>>(new Set())
  const saving = useFormChange(
    ({ draft, confirmedDuplicates }: { readonly draft: AccessGroupDraft; readonly confirmedDuplicates: readonly DuplicateRef[] }, intentKey) =>
      saveGroup(draft, before?.row.id ?? null, confirmedDuplicates, intentKey),
    {
      onSaved: (outcome) => {
        notifications.show({ color: 'green', message: t('accessGroups.wizard.saved', { name: form.name.trim() }) })
        showScreen({ kind: 'detail', id: outcome.accessGroupId })
      },
      queuedMessage: () => t('accessGroups.wizard.queued', { name: form.name.trim() }),
      onQueued: (outcome) => showScreen({ kind: 'detail', id: `pending:${outcome.outboxId}` }),
    },
  )
  // A refused name shows on the name (step 1) while it is as it was sent; anything else in the alert.
  const placed = saving.appError ? placeError(t, saving.appError, GROUP_PLACES) : null
  const refusedName = placed?.inline.name
  const conversion = convert(form, zone, now)
  const name = nameProblem(form.name)
  const doorCount = doorSelections(form.picked).length
  const nameRefused = saving.variables?.draft.name === form.name.trim() ? refusedName : undefined
  // Another group with this name (any case): asked about before the save, named on step 1 already.
  const sameName = groupNameDuplicates(form.name, groups ?? [], before?.row.id ?? null)
  const stepOk = [name === null && !nameRefused && conversion.ok, doorCount > 0 && doorCount <= FIELD_LIMITS.groupDoors, true]
  const doors = pickedDevices(form.picked, tree)
  const next = () => {
    setTried((s) => new Set(s).add(step))
    if (stepOk[step]) setStep((s) => s + 1)
  }
  const gate = useDuplicateGate(
    (draft: AccessGroupDraft, confirmedDuplicates: readonly DuplicateRef[]) => saving.submitAsync({ draft, confirmedDuplicates }),
    (result) => {
      if (result && !result.ok && placeError(t, result.error, GROUP_PLACES).inline.name) setStep(0)
    },
  )
  const diff =
    before && conversion.ok
      ? diffGroups({ name: before.row.name, schedule: before.row.schedule, doors: before.doors ?? [] }, { name: form.name, schedule: conversion.utc, doors })
      : null
  return (
    <Stack gap="md" data-testid="group-wizard">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {before ? t('accessGroups.wizard.editTitle', { name: before.row.name }) : t('accessGroups.wizard.createTitle')}
        </Title>
        <Button variant="subtle" onClick={() => showScreen(before ? { kind: 'detail', id: before.row.id } : { kind: 'list' })}>
          {t('accessGroups.cancel')}
        </Button>
      </Group>
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} allowNextStepsSelect={false}>
        <Stepper.Step label={t('accessGroups.wizard.step1')} description={t('accessGroups.wizard.step1Hint')}>
          <ScheduleStep
            form={form}
            onChange={setForm}
            conversion={conversion}
            nameProblem={name}
            nameError={nameRefused}
            sameName={sameName[0] ?? null}
            showProblems={tried.has(0)}
            timeZone={zone}
            now={now}
          />
        </Stepper.Step>
        <Stepper.Step label={t('accessGroups.wizard.step2')} description={t('accessGroups.wizard.step2Hint')}>
          <DoorsStep tree={tree} picked={form.picked} onChange={(picked) => setForm((f) => ({ ...f, picked }))} showProblems={tried.has(1)} />
        </Stepper.Step>
        <Stepper.Step label={t('accessGroups.wizard.step3')} description={t('accessGroups.wizard.step3Hint')}>
          {conversion.ok ? (
            <ReviewStep
              name={form.name.trim()}
              schedule={conversion.utc}
              notes={conversion.notes}
              doors={doors}
              diff={diff}
              offline={offline}
              timeZone={zone}
              now={now}
            />
          ) : (
            <Text>{t('accessGroups.problems.title')}</Text>
          )}
        </Stepper.Step>
      </Stepper>
      {placed?.alert && <ErrorAlert error={placed.alert} />}
      {gate.asking && (
        <ConfirmDuplicates duplicates={gate.asking.duplicates} recipient={form.name.trim()} yesLabel={t('duplicates.yesSecondGroup')} onAnswer={gate.answer} />
      )}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
          {t('accessGroups.wizard.back')}
        </Button>
        {step < 2 ? (
          <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={next}>
            {t('accessGroups.wizard.next')}
          </Button>
        ) : (
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            loading={saving.isPending}
            disabled={diff?.unchanged === true || saving.isPending}
            onClick={() => conversion.ok && gate.submit({ name: form.name.trim(), schedule: conversion.utc, doors: doorSelections(form.picked) }, sameName)}
          >
            {before ? t('accessGroups.wizard.saveChanges') : t('accessGroups.wizard.create')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
