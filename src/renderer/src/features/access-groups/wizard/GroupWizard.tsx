import { Button, Group, Loader, Stack, Stepper, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { diffGroups } from '@shared/access-groups/diff'
import type { AccessGroupDetail, SiteTree } from '@shared/domain/access-groups'
import type { AppError } from '@shared/errors'
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useNetwork } from '../../../app/app-queries'
import { saveGroup, showScreen } from '../../../stores/access-groups/actions'
import type { GroupsScope } from '../../../stores/access-groups/store'
import { useGroupDetail, useSiteTree } from '../group-queries'
import { localTimeZone } from '../zone'
import { DoorsStep } from './DoorsStep'
import { ReviewStep } from './ReviewStep'
import { ScheduleStep } from './ScheduleStep'
import { type WizardForm, convert, doorSelections, emptyForm, formFromGroup, nameProblem, pickedDevices } from './wizard-form'

const today = (): string => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Create (no id) or edit a group in three steps; loads the group first when editing. */
export function GroupWizard({ scope, id }: { readonly scope: GroupsScope; readonly id: string | null }) {
  const { t } = useTranslation()
  const tree = useSiteTree(scope)
  if (tree.appError) return <ErrorAlert error={tree.appError} onRetry={() => void tree.refetch()} />
  if (!tree.data) return <Loader aria-label={t('accessGroups.loading')} />
  if (id === null) return <Wizard key="new" tree={tree.data} before={null} />
  return <EditWizard scope={scope} id={id} tree={tree.data} />
}

/** Editing starts from the group as it is: read first, then the wizard opens on it. */
function EditWizard({ scope, id, tree }: { readonly scope: GroupsScope; readonly id: string; readonly tree: SiteTree }) {
  const { t } = useTranslation()
  const before = useGroupDetail(scope, id)
  if (before.appError) return <ErrorAlert error={before.appError} onRetry={() => void before.refetch()} />
  if (!before.data) return <Loader aria-label={t('accessGroups.loading')} />
  return <Wizard key={id} tree={tree} before={before.data} />
}

function Wizard({ tree, before }: { readonly tree: SiteTree; readonly before: AccessGroupDetail | null }) {
  const { t } = useTranslation()
  const offline = useNetwork().data?.online === false
  const [now] = useState(() => Date.now())
  const zone = localTimeZone()
  const [form, setForm] = useState<WizardForm>(() => (before ? formFromGroup(before.row, before.doors ?? [], zone, now, today()) : emptyForm(today())))
  const [step, setStep] = useState(0)
  const [tried, setTried] = useState<ReadonlySet<number>>(new Set())
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const conversion = convert(form, zone, now)
  const name = nameProblem(form.name)
  const stepOk = [name === null && conversion.ok, doorSelections(form.picked).length > 0, true]
  const doors = pickedDevices(form.picked, tree)
  const next = () => {
    setTried((s) => new Set(s).add(step))
    if (stepOk[step]) setStep((s) => s + 1)
  }
  const save = async () => {
    if (!conversion.ok) return
    setSaving(true)
    setError(null)
    const result = await saveGroup({ name: form.name.trim(), schedule: conversion.utc, doors: doorSelections(form.picked) }, before?.row.id ?? null)
    setSaving(false)
    if (!result) return
    if (!result.ok) {
      setError(result.error)
      return
    }
    const outcome = result.value
    notifications.show({
      color: outcome.kind === 'saved' ? 'green' : 'orange',
      message: t(outcome.kind === 'saved' ? 'accessGroups.wizard.saved' : 'accessGroups.wizard.queued', { name: form.name.trim() }),
    })
    showScreen({ kind: 'detail', id: outcome.kind === 'saved' ? outcome.accessGroupId : `pending:${outcome.outboxId}` })
  }
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
          <ScheduleStep form={form} onChange={setForm} conversion={conversion} nameProblem={name} showProblems={tried.has(0)} timeZone={zone} />
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
      {error && <ErrorAlert error={error} />}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
          {t('accessGroups.wizard.back')}
        </Button>
        {step < 2 ? (
          <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={next}>
            {t('accessGroups.wizard.next')}
          </Button>
        ) : (
          <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving} disabled={diff?.unchanged === true} onClick={() => void save()}>
            {before ? t('accessGroups.wizard.saveChanges') : t('accessGroups.wizard.create')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
