import { Alert, Button, Group, Loader, MultiSelect, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core'
import type { AkuvoxStaffAccess, AkuvoxStaffAccessInput } from '@shared/domain/akuvox'
import { CredentialBook, type DuplicateRef } from '@shared/duplicates/rule-book'
import { FIELD_LIMITS } from '@shared/field-limits'
import { CARD_MAX_LENGTH, cardProblem, normaliseCard } from '@shared/people/card'
import { faceUrlProblem } from '@shared/people/face-url'
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH, normalisePin, pinProblem } from '@shared/people/pin'
import type { StaffEdit } from '@shared/people/staff'
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { FormError } from '../../../components/ChangeFeedback'
import { ConfirmDuplicates, useDuplicateGate } from '../../../components/ConfirmDuplicates'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { LengthHint } from '../../../components/LengthHint'
import { useFormChange } from '../../../components/use-form-change'
import { duplicateText } from '../../../lib/duplicate-text'
import { type FieldPlaces, placeError } from '../../../lib/place-error'
import { showPeopleScreen } from '../../../stores/people/actions'
import { type PeopleScope, type QueuedStaffCreate } from '../../../stores/people/store'
import { retryAll } from '../../../query/use-result-query'
import { useStaffContext, useStaffDetail } from '../people-queries'
import { CardHelper } from './CardHelper'
import { DeleteStaffDialog } from './DeleteStaffDialog'
import { FloorsEditor, floorsOf, parseFloors } from './FloorsEditor'

interface Form {
  readonly name: string
  readonly pinCodes: readonly string[]
  readonly rfCards: readonly string[]
  readonly faceUrls: readonly string[]
  readonly removeFaceUrls: readonly string[]
  readonly accessGroupIds: readonly string[]
  readonly floors: Readonly<Record<string, string>>
}

const EMPTY: Form = { name: '', pinCodes: [], rfCards: [], faceUrls: [], removeFaceUrls: [], accessGroupIds: [], floors: {} }

function formOf(detail: AkuvoxStaffAccess): Form {
  return {
    ...EMPTY,
    name: detail.staffAccessName,
    pinCodes: detail.pinCodes.map((p) => p.number),
    rfCards: detail.rfCards.map((c) => c.number),
    accessGroupIds: detail.accessGroups.map((g) => g.accessGroupId).filter((id) => id !== ''),
    floors: floorsOf(detail.floorAccesses),
  }
}

/** A create still waiting in the outbox, opened again to change it before it is sent. */
function formOfQueued(input: AkuvoxStaffAccessInput): Form {
  return {
    ...EMPTY,
    name: input.staffAccessName,
    pinCodes: input.pinCodes ?? [],
    rfCards: input.rfCards ?? [],
    faceUrls: input.facePictureUrls ?? [],
    accessGroupIds: input.accessGroupIds,
    floors: floorsOf(input.floorAccesses ?? []),
  }
}

/** The form's fields, as the channel's input names them: a create sends `draft`, an update `edit`. */
const STAFF_FIELDS = {
  name: 'people.staff.name',
  pinCodes: 'people.staff.pinCodes',
  rfCards: 'people.staff.rfCards',
  accessGroupIds: 'people.staff.accessGroups',
  floorAccesses: 'people.staff.floors',
  faceUrls: 'people.staff.addFaces',
} as const
type StaffField = keyof typeof STAFF_FIELDS
const STAFF_PLACES: FieldPlaces<StaffField> = Object.fromEntries(
  (['draft', 'edit'] as const).flatMap((root) =>
    Object.entries(STAFF_FIELDS).map(([field, label]) => [`${root}.${field}`, { field: field as StaffField, label }]),
  ),
)

/**
 * Create or edit one staff access: credentials checked as typed, a PIN or card another staff holds
 * shown at once and asked about before the save (main refuses it unless the installer said yes).
 * One intent key per opened form: a double Save makes one change, and a create still waiting in
 * the outbox (`queued`) is changed in place. A change that waits in the outbox closes the form
 * and says where it is; a refusal by the cloud stays on the field it names until the next Save.
 */
export function StaffEditor({
  scope,
  staffAccessId,
  created = false,
  queued = null,
}: {
  readonly scope: PeopleScope
  readonly staffAccessId: string | null
  readonly created?: boolean
  readonly queued?: QueuedStaffCreate | null
}) {
  const { t } = useTranslation()
  const contextRead = useStaffContext(scope)
  const context = contextRead.data ?? null
  const detailRead = useStaffDetail(scope, staffAccessId)
  const detail = detailRead.data ?? null
  // The installer's edits, over the staff access as read (a new one starts empty, a queued create with what it holds).
  const [edited, setForm] = useState<Form | null>(null)
  const read = useMemo(
    () => (staffAccessId === null ? (queued ? formOfQueued(queued.input) : EMPTY) : detail && formOf(detail)),
    [staffAccessId, queued, detail],
  )
  const form = edited ?? read
  const loadError = detailRead.appError ?? contextRead.appError
  const [saved, setSaved] = useState(created)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const saving = useFormChange(
    ({ edit, confirmedDuplicates }: { readonly edit: StaffEdit; readonly confirmedDuplicates: readonly DuplicateRef[] }, intentKey) => {
      const { removeFaceUrls: _remove, ...draft } = edit
      const confirmed = confirmedDuplicates.length > 0 ? { confirmedDuplicates } : {}
      return staffAccessId === null
        ? api.staff.create({ ...scope, draft, intentKey, ...confirmed })
        : api.staff.update({ ...scope, staffAccessId, edit, intentKey, ...confirmed })
    },
    {
      intentKey: queued?.intentKey ?? null,
      onQueued: () => showPeopleScreen({ kind: 'staffList' }),
      onSaved: (outcome) =>
        staffAccessId === null ? showPeopleScreen({ kind: 'staffEdit', staffAccessId: outcome.staffAccessId, created: true }) : setSaved(true),
    },
  )
  const placed = placeError(t, saving.appError, STAFF_PLACES)
  const fieldError = (field: StaffField): string | null => (field === 'floorAccesses' ? null : (placed.inline[field] ?? null))
  // The cloud names a building by its place in what was sent; the form shows floors by building.
  const refusedFloors = (() => {
    const message = placed.inline.floorAccesses
    if (!message) return null
    const index = saving.appError?.field?.[2]
    const buildingId = typeof index === 'number' ? (saving.variables?.edit.floorAccesses[index]?.buildingId ?? null) : null
    return { buildingId, message }
  })()

  const holders = useMemo(() => (context ? new CredentialBook(context.staff) : null), [context])
  const clashes = useMemo(() => (form && holders ? holders.duplicates(form, staffAccessId) : []), [form, holders, staffAccessId])
  // A duplicate the window knows is asked about first; one only main knew comes back as a question too.
  const gate = useDuplicateGate(
    (edit: StaffEdit, confirmedDuplicates: readonly DuplicateRef[]) => saving.submitAsync({ edit, confirmedDuplicates }),
    () => undefined,
  )
  if (loadError) return <ErrorAlert error={loadError} onRetry={retryAll(detailRead, contextRead)} />
  if (!form || !context) return <Loader aria-label={t('people.loading')} />

  const set = (change: Partial<Form>) => setForm({ ...form, ...change })
  // Each bad value with why, in the words the import preview uses.
  const pinErrors = form.pinCodes.flatMap((p) => {
    const bad = pinProblem(p)
    return bad ? [t(`people.problem.pin.${bad.kind}`, { value: p, min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH })] : []
  })
  const cardErrors = form.rfCards.flatMap((c) => {
    const bad = cardProblem(c)
    return bad ? [t(`people.problem.card.${bad.kind}`, { value: c, max: CARD_MAX_LENGTH })] : []
  })
  const faceErrors = form.faceUrls.flatMap((u) => {
    const bad = faceUrlProblem(u)
    return bad ? [t(`people.problem.face.${bad.kind}`, { value: u, max: FIELD_LIMITS.faceUrl })] : []
  })
  const floors = parseFloors(form.floors)
  const nameError = form.name.trim() === '' ? t('people.staff.nameRequired') : fieldError('name')
  const groupError = form.accessGroupIds.length === 0 ? t('people.staff.groupRequired') : fieldError('accessGroupIds')
  const invalid = nameError !== null || groupError !== null || pinErrors.length + cardErrors.length + faceErrors.length > 0 || !floors.ok

  const save = () => {
    if (invalid || !floors.ok) return
    setSaved(false)
    const edit: StaffEdit = {
      name: form.name.trim(),
      pinCodes: form.pinCodes.map(normalisePin),
      rfCards: form.rfCards.map(normaliseCard),
      faceUrls: form.faceUrls,
      removeFaceUrls: form.removeFaceUrls,
      accessGroupIds: form.accessGroupIds,
      floorAccesses: floors.value,
    }
    gate.submit(edit, clashes)
  }
  const joined = (errors: readonly string[], field: StaffField): string | null => (errors.length > 0 ? errors.join(' ') : fieldError(field))

  return (
    <Stack gap="md" maw={820} data-testid="staff-editor">
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => showPeopleScreen({ kind: 'staffList' })}>
          {t('people.back')}
        </Button>
      </Group>
      <Title order={1} size="h2">
        {staffAccessId === null ? t('people.staff.newTitle') : t('people.staff.editTitle', { name: detail?.staffAccessName ?? '' })}
      </Title>
      {saved && (
        <Alert color="green" role="status">
          {t('people.savedCloud')}
        </Alert>
      )}
      <FormError error={placed.alert} />
      <TextInput
        label={t('people.staff.name')}
        required
        value={form.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        description={<LengthHint value={form.name} max={FIELD_LIMITS.staffName} />}
        error={nameError}
        maxLength={FIELD_LIMITS.staffName}
      />
      <TagsInput
        label={t('people.staff.pinCodes')}
        description={t('people.staff.pinRule', { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH, most: FIELD_LIMITS.pinsPerStaff })}
        maxTags={FIELD_LIMITS.pinsPerStaff}
        value={[...form.pinCodes]}
        onChange={(v) => set({ pinCodes: v.map(normalisePin) })}
        error={joined(pinErrors, 'pinCodes')}
        data-testid="pin-input"
      />
      <TagsInput
        label={t('people.staff.rfCards')}
        description={t('people.staff.cardRule', { max: CARD_MAX_LENGTH, most: FIELD_LIMITS.cardsPerStaff })}
        maxTags={FIELD_LIMITS.cardsPerStaff}
        value={[...form.rfCards]}
        onChange={(v) => set({ rfCards: v.map(normaliseCard) })}
        error={joined(cardErrors, 'rfCards')}
        data-testid="card-input"
      />
      {clashes.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('duplicates.title')} role="alert" data-testid="duplicate-warning">
          <Stack gap={2}>
            {clashes.map((c) => (
              <Text size="sm" key={`${c.kind}/${c.value}`}>
                {duplicateText(t, c)}
              </Text>
            ))}
            <Text size="sm">{t('duplicates.askOnSave')}</Text>
          </Stack>
        </Alert>
      )}
      <CardHelper onUse={(number) => !form.rfCards.includes(number) && set({ rfCards: [...form.rfCards, number] })} />
      <MultiSelect
        label={t('people.staff.accessGroups')}
        required
        searchable
        data={context.accessGroups.map((g) => ({ value: g.id, label: g.system ? `${g.name} (${t('people.staff.system')})` : g.name }))}
        value={[...form.accessGroupIds]}
        maxValues={FIELD_LIMITS.groupsPerStaff}
        onChange={(v) => set({ accessGroupIds: v })}
        error={groupError}
      />
      <FloorsEditor
        buildings={context.buildings}
        value={form.floors}
        onChange={(floorsByBuilding) => set({ floors: floorsByBuilding })}
        refused={refusedFloors}
      />
      <TagsInput
        label={t('people.staff.addFaces')}
        description={t('people.staff.faceRule', { count: detail?.faces.length ?? 0 })}
        value={[...form.faceUrls]}
        maxTags={FIELD_LIMITS.facesPerStaff}
        onChange={(v) => set({ faceUrls: v })}
        error={joined(faceErrors, 'faceUrls')}
      />
      {staffAccessId !== null && (
        <TagsInput
          label={t('people.staff.removeFaces')}
          description={t('people.staff.removeFacesHelp')}
          value={[...form.removeFaceUrls]}
          maxTags={FIELD_LIMITS.facesPerStaff}
          onChange={(v) => set({ removeFaceUrls: v })}
        />
      )}
      <Group justify="space-between">
        {staffAccessId !== null ? (
          <Button color="red" variant="light" onClick={() => setConfirmDelete(true)}>
            {t('people.delete')}
          </Button>
        ) : (
          <span />
        )}
        <Button onClick={save} disabled={invalid || saving.isPending} loading={saving.isPending} data-testid="save-staff">
          {t('people.save')}
        </Button>
      </Group>
      {gate.asking && (
        <ConfirmDuplicates duplicates={gate.asking.duplicates} recipient={form.name.trim()} yesLabel={t('duplicates.yesShare')} onAnswer={gate.answer} />
      )}
      {confirmDelete && staffAccessId !== null && (
        <DeleteStaffDialog
          scope={scope}
          ids={[staffAccessId]}
          names={[form.name]}
          onClose={(deleted) => {
            setConfirmDelete(false)
            if (deleted) showPeopleScreen({ kind: 'staffList' })
          }}
        />
      )}
    </Stack>
  )
}
