import type { ChecklistRowWords } from '@shared/checklist/rows'
import type { ChecklistDoor, DoorCheck, DoorSend } from '@shared/domain/checklist'
import type { TFunction } from 'i18next'
import { formatDateTime, formatWhen } from '../../i18n/format'
import { doorCheckMethodLabel, doorCheckResultLabel, listLabel, onlineLabel, outcomeText, progressText } from '../../i18n/labels'
import { utcScheduleText } from '../access-groups/schedule-text'

/** How and when a door was tested ("Card · 14:05", in the site's time when it is known); its result has a badge of its own. */
export function testLine(t: TFunction, language: string, check: DoorCheck, timeZone: string | undefined): string {
  return t('checklist.row.tested', {
    method: doorCheckMethodLabel(t, check.method),
    time: formatWhen(check.testedAt, language, timeZone ? { timeZone } : {}),
  })
}

/** The building a door is in, or "No building". */
export const buildingText = (t: TFunction, door: Pick<ChecklistDoor, 'buildingName'>): string => door.buildingName ?? t('checklist.progress.noBuilding')

/** "Started 14:05: Succeeded", or its progress while it runs. */
export function sendLine(t: TFunction, language: string, send: DoorSend, timeZone: string | undefined): string {
  const time = formatWhen(send.startedAt, language, timeZone ? { timeZone } : {})
  return send.finishedAt === null
    ? t('checklist.door.sendRunning', { time, progress: progressText(t, send.progress) })
    : t('checklist.door.sendLine', { time, outcome: outcomeText(t, send.outcome) })
}

/**
 * A checklist row's words for an export or the handover pack: in the language `t` speaks, with
 * schedules and times in the site's zone (`at`: the moment schedules are read for).
 */
export function checklistWords(t: TFunction, language: string, zone: string, at: number): ChecklistRowWords {
  return {
    state: (d) => onlineLabel(t, d.online),
    groups: (d) =>
      listLabel(
        t,
        d.groups.map((g) => `${g.name}: ${utcScheduleText(t, g.schedule, zone, at)}`),
      ),
    lastSend: (d) => (d.lastSend ? sendLine(t, language, d.lastSend, zone) : t('sends.pack.none')),
    result: (d) => (d.check ? doorCheckResultLabel(t, d.check.result) : t('checklist.row.untested')),
    method: (d) => (d.check ? doorCheckMethodLabel(t, d.check.method) : ''),
    testedAt: (d) => (d.check ? formatDateTime(d.check.testedAt, language, { timeZone: zone }) : ''),
  }
}
