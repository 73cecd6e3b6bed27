import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { FIELD_LIMITS } from '@shared/field-limits'
import { type PackDetails, type PackField, packIssues } from '@shared/report/details'
import { packFileName, siteDate } from '@shared/report/file-name'
import { LANGUAGES, type Language, isLanguage } from '@shared/i18n/languages'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppInfo } from '../../app/app-queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { LengthHint } from '../../components/LengthHint'
import type { SendsScope } from '../../stores/sends/store'
import { useOverview } from '../project/project-queries'
import { useSiteZone } from '../site-zone/site-zone-queries'
import { PackDocument } from './pack/PackDocument'
import { packContext } from './pack/pack-context'
import { projectTitle } from './pack/pack-cover'
import { packZip } from './pack/pack-zip'
import { usePackPeople, usePackRecords, useReport, useSavePackPdf } from './sends-queries'

/** Print styles: only the pack is printed (window.print and Electron's printToPDF alike; Playwright's page.pdf in tests). */
const PRINT_CSS = `@page { size: A4; margin: 14mm 12mm } @media print { body * { visibility: hidden } [data-report], [data-report] * { visibility: visible } [data-report] { position: absolute; left: 0; top: 0; width: 100%; box-sizing: border-box } [data-report] tr { break-inside: avoid } }`

const FIELDS: readonly PackField[] = ['preparedBy', 'handedTo', 'siteAddress']

/** The handover pack of the open project: the cover's details checked first, then generated from the cache, saved as PDF or a CSV zip. */
export function ReportPage({ scope }: { readonly scope: SendsScope }) {
  const { t, i18n } = useTranslation()
  const [details, setDetails] = useState<PackDetails>({
    preparedBy: '',
    handedTo: '',
    siteAddress: '',
    language: isLanguage(i18n.language) ? i18n.language : 'en',
  })
  const [shownIssues, setShownIssues] = useState(false)
  const [confirming, setConfirming] = useState(false)
  // The details the pack was produced with, and a count that asks again on each Produce.
  const [produced, setProduced] = useState<{ readonly details: PackDetails; readonly n: number } | null>(null)
  const report = useReport(scope, produced === null ? null : produced.details.preparedBy.trim())
  const people = usePackPeople(scope, produced?.n ?? null)
  const records = usePackRecords(scope, produced?.n ?? null)
  const siteZone = useSiteZone(scope)
  const zone = siteZone.data?.siteZone?.zone ?? null
  const desktop = useAppInfo().data?.runtime === 'electron'
  const savePdf = useSavePackPdf((saved) => {
    if (saved.saved) notifications.show({ color: 'green', message: t('sends.pack.saved', { file: saved.fileName }) })
  })

  const issues = packIssues(details)
  const fieldError = (field: PackField): string | undefined => {
    const issue = shownIssues ? issues.find((i) => i.field === field) : undefined
    if (!issue) return undefined
    const label = t(`sends.pack.${field}`)
    return issue.rule === 'required' ? t('sends.pack.required', { field: label }) : t('sends.pack.tooLong', { field: label, max: issue.max })
  }
  const produce = () => {
    setShownIssues(true)
    if (issues.length === 0 && zone !== null) setConfirming(true)
  }
  const generate = () => {
    setConfirming(false)
    setProduced((p) => ({ details, n: (p?.n ?? 0) + 1 }))
    void report.refetch()
  }

  const docT = useMemo(() => i18n.getFixedT(produced?.details.language ?? 'en'), [i18n, produced?.details.language])
  const ctx =
    report.data && people.data && records.data && produced && zone
      ? packContext(report.data, people.data.items, records.data, produced.details, docT, zone, people.data.total)
      : null
  const fileName = (ext: 'zip' | 'pdf') =>
    ctx ? packFileName(projectTitle(ctx), docT('sends.pack.fileWord'), siteDate(ctx.data.generatedAt, ctx.zone), ext) : ''
  const download = () => {
    if (!ctx) return
    const bytes = packZip(ctx)
    const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/zip' }))
    const a = document.createElement('a')
    a.href = url
    a.download = fileName('zip')
    a.click()
    URL.revokeObjectURL(url)
  }
  const set = (field: keyof PackDetails) => (value: string) => setDetails((d) => ({ ...d, [field]: value }))
  const project = useOverview(scope).data?.projectName ?? t('sends.pack.thisProject')

  return (
    <Stack>
      <style>{PRINT_CSS}</style>
      <Stack gap="xs" maw={640} data-testid="pack-form">
        {FIELDS.map((field) =>
          field === 'siteAddress' ? (
            <Textarea
              key={field}
              required
              rows={2}
              label={t('sends.pack.siteAddress')}
              description={<LengthHint value={details.siteAddress} max={FIELD_LIMITS.siteAddress} help={t('sends.pack.siteAddressHelp')} />}
              value={details.siteAddress}
              onChange={(e) => set('siteAddress')(e.currentTarget.value)}
              maxLength={FIELD_LIMITS.siteAddress}
              error={fieldError(field)}
            />
          ) : (
            <TextInput
              key={field}
              required
              label={t(`sends.pack.${field}`)}
              description={<LengthHint value={details[field]} max={FIELD_LIMITS.preparedBy} help={t(`sends.pack.${field}Help`)} />}
              value={details[field]}
              onChange={(e) => set(field)(e.currentTarget.value)}
              maxLength={FIELD_LIMITS.preparedBy}
              error={fieldError(field)}
            />
          ),
        )}
        <Text size="sm" data-testid="pack-zone">
          {zone === null ? t('sends.pack.zoneMissing') : t('sends.pack.zoneIs', { zone })}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="pack-language">
            {t('sends.pack.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="pack-language"
            value={details.language}
            onChange={(v) => setDetails((d) => ({ ...d, language: v as Language }))}
            data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          />
        </Stack>
        <Group>
          <Button onClick={produce}>{t('sends.pack.generate')}</Button>
        </Group>
        {shownIssues && zone === null && (
          <Alert color="red" data-testid="pack-zone-error">
            {t('sends.pack.zoneRequired')}
          </Alert>
        )}
      </Stack>
      {report.appError && <ErrorAlert error={report.appError} onRetry={() => void report.refetch()} />}
      {people.appError && <ErrorAlert error={people.appError} onRetry={() => void people.refetch()} />}
      {records.appError && <ErrorAlert error={records.appError} onRetry={() => void records.refetch()} />}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('sends.pack.confirmTitle')}>
        <Text>{t('sends.pack.confirmBody', { project })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('sends.wizard.cancel')}
          </Button>
          <Button onClick={generate} data-autofocus>
            {t('sends.pack.confirm')}
          </Button>
        </Group>
      </Modal>
      {ctx && (
        <>
          <Stack gap={4}>
            <Group>
              {desktop ? (
                <Button variant="default" loading={savePdf.isPending} onClick={() => savePdf.run(fileName('pdf'))}>
                  {t('sends.pack.savePdf')}
                </Button>
              ) : (
                <Button variant="default" onClick={() => window.print()}>
                  {t('sends.pack.print')}
                </Button>
              )}
              <Button variant="default" onClick={download}>
                {t('sends.pack.csv')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {desktop ? t('sends.pack.savePdfHelp') : t('sends.pack.printHelp')}
            </Text>
          </Stack>
          <PackDocument ctx={ctx} />
        </>
      )}
    </Stack>
  )
}
