import type { Weekday } from './days'

/**
 * A schedule as the installer sees and types it: wall-clock times (`HH:mm` or `HH:mm:ss`) in the
 * site's time zone (never the computer's). `never` is one window between two local dates and times.
 */
export type LocalSchedule =
  | { readonly repeat: 'daily'; readonly start: string; readonly finish: string }
  | { readonly repeat: 'weekly'; readonly days: readonly Weekday[]; readonly start: string; readonly finish: string }
  | { readonly repeat: 'never'; readonly startDate: string; readonly start: string; readonly finishDate: string; readonly finish: string }

export type RepeatKind = LocalSchedule['repeat']

/** What is wrong with a schedule, for a message that says what to fix. */
export type ScheduleProblem =
  | { readonly kind: 'badTime'; readonly field: 'start' | 'finish' }
  | { readonly kind: 'badDate'; readonly field: 'startDate' | 'finishDate' }
  | { readonly kind: 'sameStartAndFinish' }
  | { readonly kind: 'noDays' }
  | { readonly kind: 'finishBeforeStart' }
  | { readonly kind: 'unknownZone'; readonly timeZone: string }

/**
 * What the conversion did that the installer should know, rendered by the UI as sentences.
 * Nothing is shifted silently: every change of day or clock is one of these.
 */
export type ScheduleNote =
  /** Always: the zone and offset used; the cloud keeps UTC. */
  | { readonly kind: 'storedAsUtc'; readonly timeZone: string; readonly offsetMinutes: number }
  /** The window covers every hour of the day: kept as 00:00–23:59 UTC, which no zone or clock change moves. */
  | { readonly kind: 'wholeDay' }
  /** The local window ends after midnight: it closes the next day. */
  | { readonly kind: 'overnight'; readonly finish: string }
  /** In UTC the window crosses midnight although (or because) the local one does not. */
  | { readonly kind: 'utcOvernight'; readonly utcStart: string; readonly utcFinish: string }
  /** In UTC the window starts on the day before (-1) or after (+1) the local day: the stored days move. */
  | { readonly kind: 'daysShifted'; readonly by: -1 | 1; readonly localDays: readonly Weekday[]; readonly utcDays: readonly Weekday[] }
  /** The zone changes its clocks within a year: afterwards the same UTC window opens at another local time. */
  | { readonly kind: 'clockChange'; readonly at: string; readonly start: string; readonly finish: string }
  /** A one-off time that does not exist (clocks jump forward): taken `shiftMinutes` later. */
  | { readonly kind: 'gap'; readonly field: 'start' | 'finish'; readonly requested: string; readonly used: string; readonly shiftMinutes: number }
  /** A one-off time that happens twice (clocks go back): the first one is taken. */
  | { readonly kind: 'ambiguous'; readonly field: 'start' | 'finish'; readonly time: string }

export type ToUtcResult =
  | { readonly ok: true; readonly utc: ApiSchedule; readonly notes: readonly ScheduleNote[] }
  | { readonly ok: false; readonly problems: readonly ScheduleProblem[] }

/** The API's form: repeat mode, day strings, UTC times (`HH:mm:ss`, or `YYYY-MM-DD HH:mm:ss` for never). */
export interface ApiSchedule {
  readonly repeatMode: 'never' | 'daily' | 'weekly'
  readonly availableDays: readonly string[]
  readonly startTime: string
  readonly finishTime: string
}

export type FromUtcResult =
  | { readonly ok: true; readonly local: LocalSchedule; readonly notes: readonly ScheduleNote[] }
  /** A schedule the cloud holds that this app cannot read (unknown repeat mode, odd times). */
  | { readonly ok: false }
