import { ACTIVITY_COLUMNS, activityRows } from '@shared/activity/activity-rows'
import { type ChecklistColumn, checklistRows } from '@shared/checklist/rows'
import type { PackPerson } from '@shared/report/types'
import { deviceTypeLabel, sendKindText } from '../../../i18n/labels'
import { utcScheduleText } from '../../access-groups/schedule-text'
import { activityWords } from '../../activity/describe-activity'
import { checklistWords } from '../../checklist/door-text'
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
  /**
   * Each column's share of the page in percent, for tables whose lists of doors would otherwise
   * push them past the paper's edge; none: the table sizes its columns to their content.
   */
  readonly widths?: (ctx: PackContext) => readonly number[]
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
  widths: () => [18, 20, 52, 10],
  empty: ({ t }) => t('sends.pack.noGroups'),
}

/** The people's columns; PINs, cards and groups are Akuvox's (a Tuya person's credentials are not cached, and Tuya has no groups). */
const PEOPLE_COLUMNS: readonly {
  readonly header: (vendor: 'akuvox' | 'tuya') => string
  readonly cell: (ctx: PackContext, p: PackPerson) => string
  /** Share of the page in percent on an Akuvox site, and on a Tuya site (where null leaves the column out). */
  readonly width: { readonly akuvox: number; readonly tuya: number | null }
}[] = [
  { header: () => 'sends.pack.name', cell: (_, p) => p.name, width: { akuvox: 12, tuya: 20 } },
  { header: () => 'sends.pack.personKind', cell: (ctx, p) => ctx.t(`sends.pack.personKinds.${p.kind}`), width: { akuvox: 9, tuya: 10 } },
  {
    header: (vendor) => (vendor === 'akuvox' ? 'sends.pack.building' : 'sends.pack.organisation'),
    cell: (ctx, p) => p.place || ctx.t('sends.pack.none'),
    width: { akuvox: 12, tuya: 25 },
  },
  { header: () => 'sends.pack.pins', cell: (ctx, p) => listText(ctx, p.pins), width: { akuvox: 8, tuya: null } },
  { header: () => 'sends.pack.cards', cell: (ctx, p) => listText(ctx, p.cards), width: { akuvox: 12, tuya: null } },
  { header: () => 'sends.pack.faces', cell: (_, p) => String(p.faces), width: { akuvox: 9, tuya: 8 } },
  { header: () => 'sends.pack.accessGroups', cell: (ctx, p) => listText(ctx, p.groups), width: { akuvox: 12, tuya: null } },
  { header: () => 'sends.pack.doors', cell: (ctx, p) => listText(ctx, p.doors), width: { akuvox: 26, tuya: 37 } },
]

const peopleColumns = (ctx: PackContext) =>
  PEOPLE_COLUMNS.flatMap((c) => {
    const width = c.width[ctx.data.vendor]
    return width === null ? [] : [{ ...c, width }]
  })

const people: PackSection = {
  id: 'people',
  file: 'people.csv',
  applies: always,
  heading: ({ t, people, peopleTotal }) =>
    people.length < peopleTotal ? t('sends.pack.peopleFirst', { count: people.length, total: peopleTotal }) : t('sends.pack.people'),
  columns: (ctx) => peopleColumns(ctx).map((c) => ctx.t(c.header(ctx.data.vendor))),
  rows: (ctx) => {
    const columns = peopleColumns(ctx)
    return ctx.people.map((p) => columns.map((c) => c.cell(ctx, p)))
  },
  widths: (ctx) => peopleColumns(ctx).map((c) => c.width),
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

/**
 * The door checklist's columns in the pack, with each one's share of the page: the latest send is
 * Tuya's (Akuvox doors have none), the groups that open a door Akuvox's.
 */
const checklistColumns = (ctx: PackContext): readonly { readonly column: ChecklistColumn; readonly width: number }[] =>
  ctx.data.vendor === 'akuvox'
    ? [
        { column: 'building', width: 8 },
        { column: 'device', width: 13 },
        { column: 'door', width: 11 },
        { column: 'state', width: 9 },
        { column: 'groups', width: 20 },
        { column: 'result', width: 10 },
        { column: 'method', width: 8 },
        { column: 'note', width: 12 },
        { column: 'testedAt', width: 9 },
      ]
    : [
        { column: 'building', width: 8 },
        { column: 'device', width: 13 },
        { column: 'door', width: 13 },
        { column: 'state', width: 9 },
        { column: 'lastSend', width: 16 },
        { column: 'result', width: 10 },
        { column: 'method', width: 8 },
        { column: 'note', width: 14 },
        { column: 'testedAt', width: 9 },
      ]

/** The installer's test of each door, worded in the document's language and the site's zone. */
const checklist: PackSection = {
  id: 'checklist',
  file: 'door-checklist.csv',
  applies: always,
  heading: ({ t }) => t('sends.pack.checklist'),
  columns: (ctx) => checklistColumns(ctx).map(({ column }) => ctx.t(`sends.pack.checklistColumns.${column}`)),
  rows: (ctx) => {
    const columns = checklistColumns(ctx)
    return checklistRows(ctx.records.checklist, checklistWords(ctx.t, ctx.details.language, ctx.zone, ctx.data.generatedAt)).map((row) =>
      columns.map(({ column }) => row[column]),
    )
  },
  widths: (ctx) => checklistColumns(ctx).map(({ width }) => width),
  empty: ({ t }) => t('sends.pack.noChecklist'),
}

/** The log's columns in the pack: it is one project's, so its connection and project go without saying. */
const PACK_ACTIVITY_COLUMNS = ACTIVITY_COLUMNS.filter((c) => c !== 'connection' && c !== 'project')

/** The appendix: what was changed through Fieldkey on this project, newest first. */
const activity: PackSection = {
  id: 'activity',
  file: 'activity-log.csv',
  applies: always,
  heading: ({ t, records }) =>
    records.activity.length < records.activityTotal
      ? t('sends.pack.activityNewest', { count: records.activity.length, total: records.activityTotal })
      : t('sends.pack.activity'),
  columns: ({ t }) => PACK_ACTIVITY_COLUMNS.map((c) => t(`sends.pack.activityColumns.${c}`)),
  rows: (ctx) =>
    activityRows(
      ctx.records.activity,
      activityWords(ctx.t, ctx.details.language, () => ctx.zone),
    ).map((row) => PACK_ACTIVITY_COLUMNS.map((c) => row[c])),
  widths: () => [13, 11, 24, 20, 8, 15, 9],
  empty: ({ t }) => t('sends.pack.noActivity'),
}

/** The pack's sections in the order they are printed and bundled; the activity log is the appendix. */
export const PACK_SECTIONS: readonly PackSection[] = [devices, doors, checklist, accessGroups, people, sendResults, outbox, activity]
