import type { AkuvoxSchedule } from '@shared/domain/akuvox'
import { type DaysPhrase, type ScheduleNote, type ScheduleProblem, type ScheduleWords, type Weekday, scheduleWords, utcToLocal } from '@shared/schedule'
import { assertNever } from '@shared/util/assert-never'
import type { TFunction } from 'i18next'
import { offsetText } from '../site-zone/zone-text'

export const dayName = (t: TFunction, day: Weekday, form: 'short' | 'long' = 'long'): string => t(`accessGroups.days.${form}.${day}`)

export function daysText(t: TFunction, days: readonly Weekday[]): string {
  return days.map((d) => dayName(t, d, 'short')).join(t('accessGroups.words.separator'))
}

function phraseText(t: TFunction, phrase: DaysPhrase): string {
  switch (phrase.kind) {
    case 'everyDay':
    case 'weekdays':
    case 'weekend':
      return t(`accessGroups.words.${phrase.kind}`)
    case 'range':
      return t('accessGroups.words.range', { from: dayName(t, phrase.from, 'short'), to: dayName(t, phrase.to, 'short') })
    case 'list':
      return daysText(t, phrase.days)
    default:
      return assertNever(phrase, 'days phrase')
  }
}

/** "Weekdays 07:00–19:00", "每天 全天"… */
function wordsText(t: TFunction, words: ScheduleWords): string {
  if (words.kind === 'once') return t('accessGroups.words.once', { ...words })
  const days = phraseText(t, words.days)
  if (words.allDay) return t('accessGroups.words.allDay', { days })
  return t(words.overnight ? 'accessGroups.words.overnight' : 'accessGroups.words.repeating', { days, start: words.start, finish: words.finish })
}

/** A schedule as the cloud keeps it (UTC), in the installer's words and the site's time. */
export function utcScheduleText(t: TFunction, schedule: AkuvoxSchedule, timeZone: string, now: number): string {
  const local = utcToLocal(schedule, timeZone, now)
  if (!local.ok) return t('accessGroups.words.unreadable', { start: schedule.startTime, finish: schedule.finishTime })
  return wordsText(t, scheduleWords(local.local))
}

/** The UTC window the cloud keeps, to show beside the site times: "23:00–11:00 UTC". */
export function utcWindowText(t: TFunction, schedule: AkuvoxSchedule): string {
  // `HH:mm:ss`, or `YYYY-MM-DD HH:mm:ss` for a one-off window: the seconds are left out.
  const short = (text: string) => text.slice(0, -3)
  return t('accessGroups.list.utc', { start: short(schedule.startTime), finish: short(schedule.finishTime) })
}

export function noteText(t: TFunction, note: ScheduleNote): string {
  switch (note.kind) {
    case 'storedAsUtc':
      return t('accessGroups.notes.storedAsUtc', { zone: note.timeZone, offset: offsetText(note.offsetMinutes) })
    case 'wholeDay':
      return t('accessGroups.notes.wholeDay')
    case 'overnight':
      return t('accessGroups.notes.overnight', { finish: note.finish })
    case 'utcOvernight':
      return t('accessGroups.notes.utcOvernight', { start: note.utcStart, finish: note.utcFinish })
    case 'daysShifted':
      return t(note.by < 0 ? 'accessGroups.notes.daysEarlier' : 'accessGroups.notes.daysLater', {
        localDays: daysText(t, note.localDays),
        utcDays: daysText(t, note.utcDays),
      })
    case 'clockChange':
      return t('accessGroups.notes.clockChange', { date: note.at, start: note.start, finish: note.finish })
    case 'gap':
      return t('accessGroups.notes.gap', { requested: note.requested, used: note.used })
    case 'ambiguous':
      return t('accessGroups.notes.ambiguous', { time: note.time })
    default:
      return assertNever(note, 'schedule note')
  }
}

export function problemText(t: TFunction, problem: ScheduleProblem): string {
  switch (problem.kind) {
    case 'badTime':
      return t(`accessGroups.problems.badTime.${problem.field}`)
    case 'badDate':
      return t(`accessGroups.problems.badDate.${problem.field}`)
    case 'sameStartAndFinish':
    case 'noDays':
    case 'finishBeforeStart':
      return t(`accessGroups.problems.${problem.kind}`)
    case 'unknownZone':
      return t('accessGroups.problems.unknownZone', { zone: problem.timeZone })
    default:
      return assertNever(problem, 'schedule problem')
  }
}
