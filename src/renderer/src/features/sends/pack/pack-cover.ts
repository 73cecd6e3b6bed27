import { siteDate } from '@shared/report/file-name'
import type { PackContext } from './pack-context'

/** The project's name as the pack says it: its name, else the connection's label (never its id). */
export function projectTitle(ctx: Pick<PackContext, 'data'>): string {
  return ctx.data.projectName ?? ctx.data.connectionLabel
}

/** The cover's facts, label then value, as printed above the summary and written to site.csv. */
export function coverFacts(ctx: PackContext): readonly (readonly [string, string])[] {
  const { t, data, details, zone } = ctx
  return [
    [t('sends.pack.project'), projectTitle(ctx)],
    [t('sends.pack.siteAddress'), details.siteAddress.trim()],
    [t('sends.pack.zone'), zone],
    [t('sends.pack.date'), siteDate(data.generatedAt, zone)],
    [t('sends.pack.preparedBy'), details.preparedBy.trim()],
    [t('sends.pack.handedTo'), details.handedTo.trim()],
    [t('sends.pack.connection'), data.connectionLabel],
    [t('sends.pack.vendor'), t(`vendors.${data.vendor}`)],
    [t('sends.pack.cacheAsOf'), data.syncedAt === null ? t('sends.pack.notSynced') : ctx.when(data.syncedAt)],
  ]
}

/** The summary: what the property manager reads first. */
export function summaryFacts(ctx: PackContext): readonly (readonly [string, string])[] {
  const { t, data } = ctx
  const online = data.devices.filter((d) => d.online).length
  return [
    [t('sends.pack.summaryDevices'), t('sends.pack.onlineOffline', { online, offline: data.devices.length - online })],
    [t('sends.pack.summaryDoors'), String(data.doors.length)],
    [t('sends.pack.summaryTested'), testedText(ctx)],
    [t('sends.pack.summaryPeople'), String(ctx.people.length)],
    ...(data.vendor === 'akuvox' ? [[t('sends.pack.summaryGroups'), String(data.accessGroups.length)] as const] : []),
    [t('sends.pack.summaryOutbox'), String(data.outbox.length)],
  ]
}

/** "14 of 36 tested · 1 faulty · 2 offline", from the door checklist. */
function testedText({ t, records }: PackContext): string {
  const doors = records.checklist
  return t('sends.pack.testedOf', {
    tested: doors.filter((d) => d.check !== null).length,
    total: doors.length,
    faults: doors.filter((d) => d.check?.result === 'fault').length,
    offline: doors.filter((d) => !d.online).length,
  })
}
