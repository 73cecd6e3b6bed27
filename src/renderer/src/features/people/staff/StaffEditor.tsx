import { Alert, Button, Group, Loader, MultiSelect, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core'
import type { AkuvoxStaffAccess } from '@shared/domain/akuvox'
import { CARD_MAX_LENGTH, cardProblem, normaliseCard } from '@shared/people/card'
import { faceUrlProblem } from '@shared/people/face-url'
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH, normalisePin, pinProblem } from '@shared/people/pin'
import type { StaffEdit } from '@shared/people/staff'
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { loadStaff, runWrite, showPeopleScreen } from '../../../stores/people/actions'
import { type PeopleScope, usePeopleStore } from '../../../stores/people/store'
import { retryAll } from '../../../query/use-result-query'
import { useStaffContext, useStaffDetail } from '../people-queries'
import { CardHelper } from './CardHelper'
import { DeleteStaffDialog } from './DeleteStaffDialog'
import { credentialClashes } from './duplicates'
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

/** Create or edit one staff access: credentials checked as typed, clashes with other staff shown. */
export function StaffEditor({
  scope,
  staffAccessId,
  created = false,
}: {
  readonly scope: PeopleScope
  readonly staffAccessId: string | null
  readonly created?: boolean
}) {
  const { t } = useTranslation()
  const contextRead = useStaffContext(scope)
  const context = contextRead.data ?? null
  const busy = usePeopleStore((s) => s.busy)
  const detailRead = useStaffDetail(scope, staffAccessId)
  const detail = detailRead.data ?? null
  // The installer's edits, over the staff access as read (a new one starts empty).
  const [edited, setForm] = useState<Form | null>(null)
  const read = useMemo(() => (staffAccessId === null ? EMPTY : detail && formOf(detail)), [staffAccessId, detail])
  const form = edited ?? read
  const loadError = detailRead.appError ?? contextRead.appError
  const [saved, setSaved] = useState<'saved' | 'queued' | null>(created ? 'saved' : null)
  const [confirmDelete, setConfirmDelete] = useState(false)

  const clashes = useMemo(
    () => (form && context ? credentialClashes(form.pinCodes, form.rfCards, context.staff, staffAccessId) : []),
    [form, context, staffAccessId],
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
    return bad ? [t(`people.problem.face.${bad.kind}`, { value: u })] : []
  })
  const floors = parseFloors(form.floors)
  const nameError = form.name.trim() === '' ? t('people.staff.nameRequired') : null
  const groupError = form.accessGroupIds.length === 0 ? t('people.staff.groupRequired') : null
  const invalid = nameError !== null || groupError !== null || pinErrors.length + cardErrors.length + faceErrors.length > 0 || !floors.ok

  const save = async () => {
    if (invalid || !floors.ok) return
    const edit: StaffEdit = {
      name: form.name.trim(),
      pinCodes: form.pinCodes.map(normalisePin),
      rfCards: form.rfCards.map(normaliseCard),
      faceUrls: form.faceUrls,
      removeFaceUrls: form.removeFaceUrls,
      accessGroupIds: form.accessGroupIds,
      floorAccesses: floors.value,
    }
    const { removeFaceUrls: _remove, ...draft } = edit
    const result = await runWrite(
      (s) => (staffAccessId === null ? api.staff.create({ ...s, draft }) : api.staff.update({ ...s, staffAccessId, edit })),
      loadStaff,
    )
    if (result?.ok) {
      setSaved(result.value.kind)
      if (staffAccessId === null && result.value.kind === 'saved')
        showPeopleScreen({ kind: 'staffEdit', staffAccessId: result.value.staffAccessId, created: true })
    }
  }

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
        <Alert color={saved === 'saved' ? 'green' : 'yellow'} role="status">
          {t(saved === 'saved' ? 'people.savedCloud' : 'people.queued')}
        </Alert>
      )}
      <TextInput
        label={t('people.staff.name')}
        required
        value={form.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        error={nameError}
        maxLength={64}
      />
      <TagsInput
        label={t('people.staff.pinCodes')}
        description={t('people.staff.pinRule', { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH })}
        value={[...form.pinCodes]}
        onChange={(v) => set({ pinCodes: v.map(normalisePin) })}
        error={pinErrors.length > 0 ? pinErrors.join(' ') : null}
        data-testid="pin-input"
      />
      <TagsInput
        label={t('people.staff.rfCards')}
        description={t('people.staff.cardRule')}
        value={[...form.rfCards]}
        onChange={(v) => set({ rfCards: v.map(normaliseCard) })}
        error={cardErrors.length > 0 ? cardErrors.join(' ') : null}
        data-testid="card-input"
      />
      {clashes.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('people.staff.clashTitle')} role="alert" data-testid="duplicate-warning">
          <Stack gap={2}>
            {clashes.map((c) => (
              <Text size="sm" key={`${c.kind}/${c.value}`}>
                {c.kind === 'pin'
                  ? t('people.staff.pinClash', { value: c.value, name: c.staffName })
                  : c.exact
                    ? t('people.staff.cardClash', { value: c.value, name: c.staffName })
                    : t('people.staff.cardFormClash', { value: c.value, name: c.staffName, stored: c.storedAs })}
              </Text>
            ))}
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
        onChange={(v) => set({ accessGroupIds: v })}
        error={groupError}
      />
      <FloorsEditor buildings={context.buildings} value={form.floors} onChange={(floorsByBuilding) => set({ floors: floorsByBuilding })} />
      <TagsInput
        label={t('people.staff.addFaces')}
        description={t('people.staff.faceRule', { count: detail?.faces.length ?? 0 })}
        value={[...form.faceUrls]}
        onChange={(v) => set({ faceUrls: v })}
        error={faceErrors.length > 0 ? faceErrors.join(' ') : null}
      />
      {staffAccessId !== null && (
        <TagsInput
          label={t('people.staff.removeFaces')}
          description={t('people.staff.removeFacesHelp')}
          value={[...form.removeFaceUrls]}
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
        <Button onClick={() => void save()} disabled={invalid} loading={busy} data-testid="save-staff">
          {t('people.save')}
        </Button>
      </Group>
      {confirmDelete && staffAccessId !== null && (
        <DeleteStaffDialog
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
