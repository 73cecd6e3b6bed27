import { Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import type { ConnectionSummary, Vendor } from '@shared/domain/connection'
import { REGIONS } from '@shared/domain/regions'
import type { AppError } from '@shared/errors'
import { IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { addConnection, editConnection } from '../../stores/connections/actions'
import { closeDialog, useUiStore } from '../../stores/ui/store'
import { useConnection } from './connection-queries'
import { CUSTOM, type ConnectionFormValues, initialValues, toAddInput, toEditInput, validate } from './connection-form'

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
  const [error, setError] = useState<AppError | null>(null)
  const [saving, setSaving] = useState(false)
  const form = useForm<ConnectionFormValues>({
    initialValues: initialValues(vendor, existing),
    validate: (values) => {
      const found = validate(values, vendor, editing)
      return Object.fromEntries(
        Object.entries(found).map(([field, key]) => [field, key === 'urlInvalid' ? t('connection.urlInvalid') : t('connection.required', { field: t(key) })]),
      )
    },
  })

  const submit = form.onSubmit(async (values) => {
    setSaving(true)
    setError(null)
    const result = existing ? await editConnection(toEditInput(existing, values)) : await addConnection(toAddInput(vendor, values))
    setSaving(false)
    if (!result.ok) {
      setError(result.error)
      const field = result.error.params?.field
      if (typeof field === 'string') form.setFieldError(fieldOf(field), ' ')
      return
    }
    notifications.show({ color: 'green', message: t(existing ? 'connection.saved' : 'connection.added', { label: result.value.label }) })
    closeDialog()
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
      title={editing ? t('connection.editTitle', { label: existing.label }) : t('connection.addTitle', { vendor: t(`vendors.${vendor}`) })}
      size="lg"
      closeOnClickOutside={!saving}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('connection.label')} description={t('connection.labelHelp')} withAsterisk data-autofocus {...form.getInputProps('label')} />
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
          {error && <ErrorAlert error={error} />}
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

/** Main names fields by their contract path (`credentials.clientSecret`); the form by its own. */
function fieldOf(path: string): keyof ConnectionFormValues {
  const last = path.split('.').at(-1) ?? path
  if (last === 'region') return 'region'
  if (path.startsWith('server')) return 'baseUrl'
  return last as keyof ConnectionFormValues
}
