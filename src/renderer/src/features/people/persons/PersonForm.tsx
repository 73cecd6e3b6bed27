import { Alert, Button, Checkbox, Group, Loader, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core'
import type { TuyaPerson, TuyaSex } from '@shared/domain/tuya'
import { CERT_TYPES, certTypeChoice } from '@shared/people/cert-types'
import type { PersonDraft } from '@shared/people/persons'
import { IconArrowLeft } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { FormError } from '../../../components/ChangeFeedback'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useFormChange } from '../../../components/use-form-change'
import { showPeopleScreen } from '../../../stores/people/actions'
import { type PeopleScope } from '../../../stores/people/store'
import { retryAll } from '../../../query/use-result-query'
import { useOrganisations, usePersonDetail } from '../people-queries'
import { OrganisationSelect } from './OrganisationSelect'
import { FIELD_LIMITS } from '@shared/field-limits'
import { mobileDigits } from '@shared/search/keys'
import { LengthHint } from '../../../components/LengthHint'
import { sexLabel } from '../../../i18n/labels'

const EMPTY: PersonDraft = {
  name: '',
  structureId: '',
  enabled: true,
  sex: 'unknown',
  mobileCountry: '+86',
  mobile: '',
  email: '',
  certType: '',
  certNo: '',
  personCode: '',
}

function draftOf(p: TuyaPerson): PersonDraft {
  return {
    name: p.name,
    structureId: p.structureIds[0] ?? '',
    enabled: p.enabled,
    sex: p.sex,
    mobileCountry: p.mobileCountry,
    mobile: p.mobile,
    email: p.email,
    certType: p.certType === '_' ? '' : p.certType,
    certNo: p.certNo,
    personCode: p.personCode,
  }
}

const NO_CERT = 'none'

/** Add a person, or edit one (`embedded`: inside the person's detail, which has the title and Back). */
export function PersonForm({
  scope,
  personId,
  created = false,
  embedded = false,
}: {
  readonly scope: PeopleScope
  readonly personId: string | null
  readonly created?: boolean
  readonly embedded?: boolean
}) {
  const { t } = useTranslation()
  const organisationsRead = useOrganisations(scope)
  const organisations = organisationsRead.data ?? []
  const personRead = usePersonDetail(scope, personId)
  const person = personRead.data ?? null
  // The installer's edits, over the person as read (a new one starts empty).
  const [edited, setDraft] = useState<PersonDraft | null>(null)
  const read = useMemo(() => (personId === null ? EMPTY : person && draftOf(person)), [personId, person])
  const draft = edited ?? read
  const loadError = personRead.appError ?? organisationsRead.appError
  const [saved, setSaved] = useState(created)
  const saving = useFormChange(
    (clean: PersonDraft, intentKey) =>
      personId === null ? api.persons.add({ ...scope, draft: clean, intentKey }) : api.persons.edit({ ...scope, personId, draft: clean, intentKey }),
    {
      onQueued: () => showPeopleScreen({ kind: 'persons' }),
      onSaved: (outcome) => {
        if (personId === null && outcome.personIds[0]) showPeopleScreen({ kind: 'personEdit', personId: outcome.personIds[0], created: true })
        else setSaved(true)
      },
    },
  )

  if (loadError) return <ErrorAlert error={loadError} onRetry={retryAll(personRead, organisationsRead)} />
  if (!draft) return <Loader aria-label={t('people.loading')} />
  const set = (change: Partial<PersonDraft>) => setDraft({ ...draft, ...change })
  const errors = {
    name: draft.name.trim() === '' ? t('people.persons.nameRequired') : null,
    structureId: draft.structureId === '' ? t('people.persons.organisationRequired') : null,
    mobileCountry: /^(\+\d{1,4})?$/.test(draft.mobileCountry.trim()) ? null : t('people.persons.badCountry'),
    mobile: mobileDigits(draft.mobile) ? null : t('people.persons.badMobile'),
    email: draft.email.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim()) ? null : t('people.persons.badEmail'),
  }
  const invalid = Object.values(errors).some((e) => e !== null)
  const certChoice = certTypeChoice(draft.certType)
  const certOptions = [
    { value: NO_CERT, label: t('people.certTypes.none') },
    ...CERT_TYPES.map((type) => ({ value: type, label: t(`people.certTypes.${type}`) })),
    // A type the cloud holds that Fieldkey has no name for stays as it is, under the cloud's own name.
    ...(certChoice.kind === 'unlisted'
      ? [{ value: certChoice.code, label: person?.certTypeStr ? t('people.certTypes.asCloud', { name: person.certTypeStr }) : t('people.certTypes.unlisted') }]
      : []),
  ]
  const save = () => {
    if (invalid) return
    setSaved(false)
    // "138 1234 5678" goes out as its digits; a "+86" typed in front of them is the country code.
    const mobile = mobileDigits(draft.mobile)
    const mobileCountry = mobile?.china ? '+86' : draft.mobileCountry.trim()
    saving.submit({ ...draft, mobileCountry, mobile: mobile?.digits ?? '', email: draft.email.trim() })
  }
  return (
    <Stack gap="md" maw={820} data-testid="person-form">
      {!embedded && (
        <>
          <Group>
            <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => showPeopleScreen({ kind: 'persons' })}>
              {t('people.back')}
            </Button>
          </Group>
          <Title order={1} size="h2">
            {personId === null ? t('people.persons.newTitle') : t('people.persons.editTitle', { name: person?.name ?? '' })}
          </Title>
        </>
      )}
      {saved && (
        <Alert color="green" role="status">
          {t('people.savedCloud')}
        </Alert>
      )}
      <FormError error={saving.appError} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('people.persons.name')}
          required
          value={draft.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          description={<LengthHint value={draft.name} max={FIELD_LIMITS.personName} />}
          error={errors.name}
          maxLength={FIELD_LIMITS.personName}
        />
        <OrganisationSelect
          label={t('people.persons.organisation')}
          organisations={organisations}
          value={draft.structureId || null}
          onChange={(v) => set({ structureId: v ?? '' })}
          required
          error={errors.structureId}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('people.persons.country')}
            value={draft.mobileCountry}
            onChange={(e) => set({ mobileCountry: e.currentTarget.value })}
            error={errors.mobileCountry}
            maw={110}
          />
          <TextInput
            label={t('people.persons.mobile')}
            value={draft.mobile}
            onChange={(e) => set({ mobile: e.currentTarget.value })}
            error={errors.mobile}
            inputMode="tel"
            maxLength={FIELD_LIMITS.mobileText}
          />
        </Group>
        <TextInput
          label={t('people.persons.email')}
          value={draft.email}
          onChange={(e) => set({ email: e.currentTarget.value })}
          error={errors.email}
          maxLength={FIELD_LIMITS.email}
          type="email"
        />
        <Select
          label={t('people.persons.certType')}
          data={certOptions}
          value={certChoice.kind === 'none' ? NO_CERT : certChoice.kind === 'listed' ? certChoice.type : certChoice.code}
          onChange={(v) => set({ certType: v === null || v === NO_CERT ? '' : v })}
          allowDeselect={false}
          data-testid="cert-type"
        />
        <TextInput
          label={t('people.persons.certNo')}
          value={draft.certNo}
          maxLength={FIELD_LIMITS.certNo}
          onChange={(e) => set({ certNo: e.currentTarget.value })}
        />
        <TextInput
          label={t('people.persons.personCode')}
          value={draft.personCode}
          maxLength={FIELD_LIMITS.personCode}
          onChange={(e) => set({ personCode: e.currentTarget.value })}
        />
        <Select
          label={t('people.persons.sex')}
          data={(['unknown', 'male', 'female'] as const).map((s) => ({ value: s, label: sexLabel(t, s) }))}
          value={draft.sex}
          onChange={(v) => set({ sex: (v ?? 'unknown') as TuyaSex })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Checkbox label={t('people.persons.enabledLabel')} checked={draft.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
      <Group justify="flex-end">
        <Button onClick={save} disabled={invalid || saving.isPending} loading={saving.isPending} data-testid="save-person">
          {t('people.save')}
        </Button>
      </Group>
    </Stack>
  )
}
