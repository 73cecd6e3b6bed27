import { Alert, Button, Group, Loader, Modal, Stack, Stepper, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { TuyaSendCertificates, TuyaSendKind } from '@shared/domain/tuya'
import type { AppError } from '@shared/errors'
import { FIELD_LIMITS } from '@shared/field-limits'
import type { ChannelRow, SendDraft } from '@shared/sends/types'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useResultMutation } from '../../../query/use-result-mutation'
import { showSendsScreen, startSend } from '../../../stores/sends/actions'
import { useSendPreview, useSendsScope } from '../sends-queries'
import { ChannelFilters } from '../ChannelFilters'
import { ChannelsTable } from '../ChannelsTable'
import { NO_CHANNEL_FILTER, areasOf, filterChannels } from '../channel-filter'
import { policyText } from '../labels'
import { SEND_NOTICE, askNotificationPermission } from '../notify'
import { PolicyStep } from './PolicyStep'
import { PreviewStep } from './PreviewStep'
import { sendKindLabel } from '../../../i18n/labels'

/** Four steps: channels (offline flagged) → kind and credentials → preview → send. */
export function SendWizard({ channels, initial }: { readonly channels: readonly ChannelRow[]; readonly initial: readonly string[] }) {
  const { t } = useTranslation()
  const [step, setStep] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set(initial))
  const [filter, setFilter] = useState(NO_CHANNEL_FILTER)
  const [kind, setKind] = useState<TuyaSendKind>('increment')
  const [certificates, setCertificates] = useState<TuyaSendCertificates>('cardFace')
  // The draft being previewed: read when the installer moves on to the preview.
  const [previewed, setPreviewed] = useState<SendDraft | null>(null)
  const preview = useSendPreview(useSendsScope(), previewed)
  const [error, setError] = useState<AppError | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const starting = useResultMutation((d: SendDraft) => startSend(d), {
    onDone: (started) => {
      setConfirming(false)
      // Made without the cloud: it waits in the outbox, and the notice says so until closed.
      if (started.outcome === 'queued')
        notifications.show({
          id: SEND_NOTICE,
          color: 'orange',
          autoClose: false,
          message: t(started.unconfirmed ? 'sends.wizard.unconfirmed' : 'sends.wizard.queued'),
        })
    },
  })
  const sending = starting.isPending
  const shownError = error ?? starting.appError
  const shown = useMemo(() => filterChannels(channels, filter), [channels, filter])
  const draft = { channelIds: [...selected], kind, certificates }
  const names = channels.filter((c) => selected.has(c.channelId)).map((c) => c.name)

  const next = () => {
    if (step === 0 && selected.size === 0) return setProblem(t('sends.wizard.chooseChannels'))
    if (step === 0 && selected.size > FIELD_LIMITS.channelsPerSend) return setProblem(t('sends.wizard.tooManyChannels', { max: FIELD_LIMITS.channelsPerSend }))
    setProblem(null)
    if (step === 1) setPreviewed(draft)
    setStep(step + 1)
  }
  const send = () => {
    if (sending) return
    askNotificationPermission()
    setError(null)
    starting.mutate(draft, { onError: () => setConfirming(false) })
  }
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])))

  return (
    <Stack data-testid="send-wizard">
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm">
        <Stepper.Step label={t('sends.wizard.steps.channels')}>
          <Stack gap="sm" data-testid="channels-step">
            <ChannelFilters filter={filter} areas={areasOf(channels)} onChange={setFilter} />
            <Text size="sm" data-testid="wizard-chosen">
              {t('sends.wizard.chosen', { count: selected.size })} · {t('sends.channels.count', { shown: shown.length, count: channels.length })}
            </Text>
            <ChannelsTable
              channels={shown}
              selected={selected}
              onToggle={toggle}
              flagOffline
              onToggleAll={(on) => setSelected(on ? new Set(shown.map((c) => c.channelId)) : new Set())}
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('sends.wizard.steps.policy')}>
          <PolicyStep kind={kind} certificates={certificates} onKind={setKind} onCertificates={setCertificates} />
        </Stepper.Step>
        <Stepper.Step label={t('sends.wizard.steps.preview')}>
          {preview.appError && <ErrorAlert error={preview.appError} onRetry={() => void preview.refetch()} />}
          {preview.isFetching && !preview.data && <Loader size="sm" aria-label={t('sends.loading')} />}
          {preview.data && <PreviewStep preview={preview.data} />}
        </Stepper.Step>
        <Stepper.Step label={t('sends.wizard.steps.send')}>
          <Stack data-testid="send-step">
            <Text fw={600}>{t('sends.wizard.sendTitle')}</Text>
            <Text>{t('sends.wizard.sendSummary', { kind: sendKindLabel(t, kind), policy: policyText(t, certificates), count: selected.size })}</Text>
            {kind === 'full' && <Alert color="orange">{t('sends.wizard.fullWarning')}</Alert>}
          </Stack>
        </Stepper.Step>
      </Stepper>
      {problem && <Text c="red">{problem}</Text>}
      {shownError && <ErrorAlert error={shownError} />}
      <Group justify="space-between">
        <Button variant="default" onClick={() => (step === 0 ? showSendsScreen({ kind: 'tasks' }) : setStep(step - 1))}>
          {step === 0 ? t('sends.wizard.cancel') : t('sends.wizard.back')}
        </Button>
        {step < 3 ? <Button onClick={next}>{t('sends.wizard.next')}</Button> : <Button onClick={() => setConfirming(true)}>{t('sends.wizard.send')}</Button>}
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('sends.wizard.confirmTitle')}>
        <Stack data-testid="send-confirm">
          <Text>
            {t('sends.wizard.confirmBody', {
              kind: t(`sends.kindPhrase.${kind}`),
              policy: policyText(t, certificates),
              count: selected.size,
              names: names.join(', '),
            })}
          </Text>
          {kind === 'full' && <Alert color="orange">{t('sends.wizard.confirmFull')}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('sends.wizard.cancel')}
            </Button>
            <Button loading={sending} disabled={sending} onClick={send} data-autofocus>
              {t('sends.wizard.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
