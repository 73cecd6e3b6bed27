import { deviceTypeLabel, sendKindText } from '../../../i18n/labels'
import { utcScheduleText } from '../../access-groups/schedule-text'
import { describeOperation } from '../../project/describe-operation'
import { type PackContext, listText, stateText } from './pack-context'

/**
 * One section of the handover pack: a table the document prints and the CSV bundle holds as one
 * file, both from the same columns and rows. A new section (the door checklist, the activity log)
 * is one more entry in PACK_SECTIONS.
 */
export interface PackSection {
  readonly id: string
  /** The CSV file's name in the bundle. */
  readonly file: string
  readonly applies: (ctx: PackContext) => boolean
  readonly heading: (ctx: PackContext) => string
  readonly columns: (ctx: PackContext) => readonly string[]
  readonly rows: (ctx: PackContext) => readonly (readonly string[])[]
  /** The column that gets the room on paper (long lists of doors), when one does. */
  readonly wide?: number
  /** Said instead of an empty table. */
  readonly empty: (ctx: PackContext) => string
}

const always = () => true

const devices: PackSection = {
  id: 'devices',
  file: 'devices.csv',
  applies: always,
  heading: ({ t }) => t('sends.pack.devices'),
  columns: ({ t }) => [t('sends.pack.device'), t('sends.pack.type'), t('sends.pack.building'), t('sends.pack.state'), t('sends.pack.lastSeen')],
  rows: (ctx) =>
    ctx.data.devices.map((d) => [
      d.name,
      deviceTypeLabel(ctx.t, d.deviceType),
      d.buildingName ?? ctx.t('sends.pack.none'),
      stateText(ctx, d.online),
      ctx.when(d.lastSeenAt),
    ]),
  empty: ({ t }) => t('sends.pack.noDevices'),
}

const doors: PackSection = {
  id: 'doors',
  file: 'doors.csv',
  applies: always,
  heading: ({ t }) => t('sends.pack.doors'),
  columns: ({ t, data }) => [
    t('sends.pack.door'),
    t('sends.pack.device'),
    t('sends.pack.doorKind'),
    t('sends.pack.state'),
    ...(data.vendor === 'akuvox' ? [t('sends.pack.openedBy')] : []),
  ],
  rows: (ctx) =>
    ctx.data.doors.map((d) => [
      d.name,
      d.deviceName,
      ctx.t(`sends.pack.doorKinds.${d.kind}`),
      stateText(ctx, d.online),
      ...(ctx.data.vendor === 'akuvox' ? [listText(ctx, d.groups)] : []),
    ]),
  empty: ({ t }) => t('sends.pack.noDoors'),
}

const accessGroups: PackSection = {
  id: 'accessGroups',
  file: 'access-groups.csv',
  applies: (ctx) => ctx.data.vendor === 'akuvox',
  heading: ({ t, zone }) => t('sends.pack.groups', { zone }),
  columns: ({ t }) => [t('sends.pack.group'), t('sends.pack.schedule'), t('sends.pack.doors'), t('sends.pack.users')],
  rows: (ctx) =>
    ctx.data.accessGroups.map((g) => [
      g.summary.accessGroupName,
      utcScheduleText(ctx.t, g.summary, ctx.zone, ctx.data.generatedAt),
      listText(ctx, g.doors),
      String(g.summary.userCount),
    ]),
  wide: 2,
  empty: ({ t }) => t('sends.pack.noGroups'),
}

const people: PackSection = {
  id: 'people',
  file: 'people.csv',
  applies: always,
  heading: ({ t }) => t('sends.pack.people'),
  columns: ({ t }) => [
    t('sends.pack.name'),
    t('sends.pack.personKind'),
    t('sends.pack.place'),
    t('sends.pack.pins'),
    t('sends.pack.cards'),
    t('sends.pack.faces'),
    t('sends.pack.accessGroups'),
    t('sends.pack.doors'),
  ],
  rows: (ctx) =>
    ctx.people.map((p) => [
      p.name,
      ctx.t(`sends.pack.personKinds.${p.kind}`),
      p.place || ctx.t('sends.pack.none'),
      listText(ctx, p.pins),
      listText(ctx, p.cards),
      String(p.faces),
      listText(ctx, p.groups),
      listText(ctx, p.doors),
    ]),
  wide: 7,
  empty: ({ t }) => t('sends.pack.noPeople'),
}

const sendResults: PackSection = {
  id: 'sendResults',
  file: 'send-results.csv',
  applies: (ctx) => ctx.data.vendor === 'tuya',
  heading: ({ t }) => t('sends.pack.sendResults'),
  columns: ({ t }) => [t('sends.pack.channel'), t('sends.pack.device'), t('sends.pack.state'), t('sends.pack.lastSend'), t('sends.pack.failures')],
  rows: (ctx) =>
    ctx.data.channels.map((c) => [
      c.name,
      c.deviceName,
      stateText(ctx, c.online),
      c.lastSend
        ? ctx.t('sends.pack.sendText', {
            kind: sendKindText(ctx.t, c.lastSend.task.kind),
            when: ctx.when(c.lastSend.task.taskStartTime),
            success: c.lastSend.task.successNum,
            total: c.lastSend.task.authNum,
          })
        : ctx.t('sends.pack.none'),
      listText(ctx, c.failedNames),
    ]),
  empty: ({ t }) => t('sends.pack.noChannels'),
}

const outbox: PackSection = {
  id: 'outbox',
  file: 'outbox.csv',
  applies: always,
  heading: ({ t }) => t('sends.pack.outbox'),
  columns: ({ t }) => [t('sends.pack.operation'), t('sends.pack.created'), t('sends.pack.state')],
  rows: (ctx) => ctx.data.outbox.map((e) => [describeOperation(ctx.t, e.operation), ctx.when(e.createdAt), ctx.t(`project.outbox.state.${e.state}`)]),
  empty: ({ t }) => t('sends.pack.outboxEmpty'),
}

/** The pack's sections in the order they are printed and bundled. */
export const PACK_SECTIONS: readonly PackSection[] = [devices, doors, accessGroups, people, sendResults, outbox]
