import { Alert, Radio, Stack, Text } from '@mantine/core'
import type { TuyaSendCertificates, TuyaSendKind } from '@shared/domain/tuya'
import { SEND_POLICIES } from '@shared/sends/policy'
import { useTranslation } from 'react-i18next'

export interface PolicyStepProps {
  readonly kind: TuyaSendKind
  readonly certificates: TuyaSendCertificates
  readonly onKind: (k: TuyaSendKind) => void
  readonly onCertificates: (c: TuyaSendCertificates) => void
}

/** Incremental or full, and the credential policy (authIssueCertificate 1–4) in words. */
export function PolicyStep({ kind, certificates, onKind, onCertificates }: PolicyStepProps) {
  const { t } = useTranslation()
  return (
    <Stack data-testid="policy-step">
      <Radio.Group label={t('sends.wizard.kindLabel')} value={kind} onChange={(v) => onKind(v === 'full' ? 'full' : 'increment')}>
        <Stack gap="xs" mt="xs">
          <Radio value="increment" label={t('sends.kind.increment')} description={t('sends.wizard.incrementHelp')} />
          <Radio value="full" label={t('sends.kind.full')} description={t('sends.wizard.fullHelp')} />
        </Stack>
      </Radio.Group>
      {kind === 'full' && (
        <Alert color="orange" data-testid="full-warning">
          {t('sends.wizard.fullWarning')}
        </Alert>
      )}
      <Radio.Group label={t('sends.wizard.policyLabel')} value={certificates} onChange={(v) => onCertificates(SEND_POLICIES.find((p) => p === v) ?? 'card')}>
        <Stack gap="xs" mt="xs">
          {SEND_POLICIES.map((p) => (
            <Radio key={p} value={p} label={t(`sends.policy.${p}`)} description={t('sends.wizard.policyHelp', { words: t(`sends.policy.${p}`) })} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="xs" c="dimmed">
        {t('sends.wizard.passwordNote')}
      </Text>
    </Stack>
  )
}
