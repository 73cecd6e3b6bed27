import { Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import type { ConnectionSummary, Vendor } from '@shared/domain/connection'
import { REGIONS } from '@shared/domain/regions'
import { IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useResultMutation } from '../../query/use-result-mutation'
import { addConnection, editConnection } from '../../stores/connections/actions'
import { closeDialog, useUiStore } from '../../stores/ui/store'
import { LengthHint } from '../../components/LengthHint'
import { issueText } from '../../lib/input-issues'
import { placeError } from '../../lib/place-error'
import {
  CONNECTION_LABELS,
  CONNECTION_LIMITS,
  CONNECTION_PLACES,
  CUSTOM,
  type ConnectionFormValues,
  type ConnectionProblem,
  initialValues,
  toAddInput,
  toEditInput,
  validate,
} from './connection-form'
import { useConnection } from './connection-queries'

/** The one dialog for adding or editing a connection of either vendor. */
export function ConnectionDialog() {
  const dialog = useUiStore((s) => s.dialog)
  const existing = useConnection(dialog?.kind === 'edit' ? dialog.id : undefined)
  if (!dialog) return null
  const vendor: Vendor = dialog.kind === 'add' ? dialog.vendor : (existing?.vendor ?? 'akuvox')
  // Keyed so each opening starts from fresh values.
  return <ConnectionForm key={dialog.kind === 'add' ? `add-${vendor}` : dialog.id} vendor={vendor} existing={existing} />
}

function ConnectionForm({ vendor, existing }: { readonly vendor: Vendor; readonly existing: ConnectionSummary | undefined }) {
  const { t } = useTranslation()
  const editing = existing !== undefined
  const problemText = (field: keyof ConnectionFormValues, problem: ConnectionProblem): string => {
    if (problem === 'urlInvalid') return t('connection.urlInvalid')
    if (problem === 'required') return t('connection.required', { field: t(CONNECTION_LABELS[field]) })
    return issueText(t, { path: [field], kind: 'tooLong', limit: CONNECTION_LIMITS[field as keyof typeof CONNECTION_LIMITS] }, CONNECTION_LABELS[field])
  }
  const change = useResultMutation(
    (values: ConnectionFormValues) => (existing ? editConnection(toEditInput(existing, values)) : addConnection(toAddInput(vendor, values))),
    {
      onDone: (saved) => {
        notifications.show({ color: 'green', message: t(existing ? 'connection.saved' : 'connection.added', { label: saved.label }) })
        closeDialog()
      },
    },
  )
  const saving = change.isPending
  const form = useForm<ConnectionFormValues>({
    initialValues: initialValues(vendor, existing),
    validate: (values) => {
      const found = validate(values, vendor, editing) as Record<keyof ConnectionFormValues, ConnectionProblem>
      return Object.fromEntries(Object.entries(found).map(([field, problem]) => [field, problemText(field as keyof ConnectionFormValues, problem)]))
    },
  })

  const submit = form.onSubmit((values) => {
    if (saving) return
    change.mutate(values, {
      // Each refused field is marked with the rule in its own words; the rest goes to the alert.
      onError: (error) => form.setErrors(placeError(t, error.appError, CONNECTION_PLACES).inline),
    })
  })

  const regionOptions = [
    ...REGIONS[vendor].map((r) => ({ value: r.id, label: t(`regions.${r.labelKey}`) })),
    { value: CUSTOM, label: t('connection.customServer') },
  ]
  const secretProps = (field: keyof ConnectionFormValues) => ({
    ...form.getInputProps(field),
    placeholder: editing ? t('connection.keepSecret') : undefined,
    withAsterisk: !editing,
    autoComplete: 'new-password',
  })

  return (
    <Modal
      opened
      onClose={closeDialog}
      title={editing ? t('connection.editTitle', { label: existing.label }) : t(`connection.addTitle.${vendor}`)}
      size="lg"
      closeOnClickOutside={!saving}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('connection.label')}
            description={<LengthHint value={form.values.label} max={CONNECTION_LIMITS.label} help={t('connection.labelHelp')} />}
            withAsterisk
            data-autofocus
            {...form.getInputProps('label')}
          />
          <Select label={t('connection.region')} data={regionOptions} allowDeselect={false} {...form.getInputProps('region')} />
          {form.values.region === CUSTOM && (
            <TextInput
              label={t('connection.customUrl')}
              description={t('connection.customUrlHelp')}
              placeholder="https://"
              withAsterisk
              {...form.getInputProps('baseUrl')}
            />
          )}
          {vendor === 'akuvox' ? (
            <>
              <TextInput label={t('connection.clientId')} withAsterisk autoComplete="off" {...form.getInputProps('clientId')} />
              <PasswordInput label={t('connection.clientSecret')} {...secretProps('clientSecret')} />
              <TextInput label={t('connection.username')} withAsterisk autoComplete="off" {...form.getInputProps('username')} />
              <PasswordInput label={t('connection.password')} {...secretProps('password')} />
            </>
          ) : (
            <>
              <TextInput label={t('connection.accessId')} withAsterisk autoComplete="off" {...form.getInputProps('accessId')} />
              <PasswordInput label={t('connection.accessSecret')} {...secretProps('accessSecret')} />
              <TextInput
                label={t('connection.projectId')}
                description={t('connection.projectIdHelp')}
                withAsterisk
                autoComplete="off"
                {...form.getInputProps('projectId')}
              />
            </>
          )}
          <Group gap="xs" wrap="nowrap">
            <IconLock size={16} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('connection.secretsNote')}
            </Text>
          </Group>
          {change.appError && placeError(t, change.appError, CONNECTION_PLACES).alert && (
            <ErrorAlert error={placeError(t, change.appError, CONNECTION_PLACES).alert!} />
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={closeDialog} disabled={saving}>
              {t('connection.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('connection.saveAndTest')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
