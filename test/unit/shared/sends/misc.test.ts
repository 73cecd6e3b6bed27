import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TuyaAuthTask } from '../../../../src/shared/domain/tuya'
import { POLL_BACKOFF, nextDelay } from '../../../../src/shared/sends/backoff'
import { toCsv } from '../../../../src/shared/csv/write'
import { isFailedRecord, isFinalRecord, isSettled, matchesTask } from '../../../../src/shared/sends/task-state'
import { PERMANENT_END, matchesPermission, matchesValidity } from '../../../../src/shared/sends/validity'
import { zipFiles } from '../../../../src/shared/sends/zip'
import { auth, record } from '../../../fixtures/sends'

const DAY = 86_400_000
/** A wall-clock time at a fixed UTC offset, as epoch ms (independent of the machine's zone). */
const at = (iso: string) => Date.parse(iso)

describe('validity filters', () => {
  const ends = (authEndTime: number) => auth({ personId: 'p', name: 'P', authEndTime })

  it("permanent is the cloud's 2050-12-31 23:59:59 (UTC+8) end", () => {
    expect(PERMANENT_END).toBe(at('2050-12-31T23:59:59+08:00'))
    const now = at('2026-11-23T12:00:00Z')
    expect(matchesValidity(ends(PERMANENT_END), 'permanent', now)).toBe(true)
    expect(matchesValidity(ends(PERMANENT_END - 1000), 'permanent', now)).toBe(false)
    expect(matchesValidity(ends(PERMANENT_END), 'within30Days', now)).toBe(false)
  })

  it('expired: ended before now, to the millisecond', () => {
    const now = at('2026-11-23T12:00:00Z')
    expect(matchesValidity(ends(now - 1), 'expired', now)).toBe(true)
    expect(matchesValidity(ends(now), 'expired', now)).toBe(false)
    expect(matchesValidity(ends(now - 1), 'within7Days', now)).toBe(false)
  })

  it('expiring within 7/15/30 days counts elapsed time across a month end', () => {
    // 23:30 on 31 January in Beijing is still 31 January 15:30 UTC; 7 days later is 7 February.
    const now = at('2027-01-31T23:30:00+08:00')
    const feb7 = at('2027-02-07T23:29:59+08:00')
    const feb8 = at('2027-02-07T23:30:00+08:00')
    expect(matchesValidity(ends(feb7), 'within7Days', now)).toBe(true)
    expect(matchesValidity(ends(feb8), 'within7Days', now)).toBe(false)
    expect(matchesValidity(ends(feb8), 'within15Days', now)).toBe(true)
    // February 2027 has 28 days: 30 days after 31 January is 2 March.
    expect(matchesValidity(ends(at('2027-03-02T23:29:59+08:00')), 'within30Days', now)).toBe(true)
    expect(matchesValidity(ends(at('2027-03-02T23:30:00+08:00')), 'within30Days', now)).toBe(false)
  })

  it('gives the same answer for the same instant written in different zones', () => {
    const nowBeijing = at('2026-12-31T08:00:00+08:00')
    const nowLondon = at('2026-12-31T00:00:00Z')
    const nowNewYork = at('2026-12-30T19:00:00-05:00')
    expect(new Set([nowBeijing, nowLondon, nowNewYork]).size).toBe(1)
    const end = nowLondon + 15 * DAY - 1
    for (const now of [nowBeijing, nowLondon, nowNewYork]) {
      expect(matchesValidity(ends(end), 'within15Days', now)).toBe(true)
      expect(matchesValidity(ends(end), 'within7Days', now)).toBe(false)
    }
  })

  it('the permissions filter combines search, channel, person, validity and issue statuses', () => {
    const now = at('2026-11-23T00:00:00Z')
    const rows = [
      auth({ personId: 'a', name: '张伟', personCode: 'E-1', cardIssueStatus: 'pending', authEndTime: now + 3 * DAY }),
      auth({ personId: 'b', name: 'Bob', accessControlChannelId: 'ch2', accessControlChannelName: 'Exit', faceIssueStatus: 'pending' }),
    ]
    const names = (f: Parameters<typeof matchesPermission>[1]) => rows.filter((r) => matchesPermission(r, f, now)).map((r) => r.name)
    expect(names({ search: '张' })).toEqual(['张伟'])
    expect(names({ search: ' exit ' })).toEqual(['Bob'])
    expect(names({ channelId: 'ch2' })).toEqual(['Bob'])
    expect(names({ personId: 'a' })).toEqual(['张伟'])
    expect(names({ validity: 'within7Days' })).toEqual(['张伟'])
    expect(names({ validity: 'permanent' })).toEqual(['Bob'])
    expect(names({ cardIssueStatus: 'pending' })).toEqual(['张伟'])
    expect(names({ faceIssueStatus: 'pending', validity: 'permanent' })).toEqual(['Bob'])
    expect(names({ faceIssueStatus: 'pending', validity: 'expired' })).toEqual([])
  })
})

describe('tracking backoff', () => {
  it('grows while nothing moves, up to the maximum; resets when something does', () => {
    const waits = [POLL_BACKOFF.minMs]
    for (let i = 0; i < 6; i++) waits.push(nextDelay(waits.at(-1) ?? 0, false))
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000])
    expect(nextDelay(8000, true)).toBe(500)
    expect(nextDelay(0, false)).toBe(500)
    expect(nextDelay(300, false, { minMs: 100, maxMs: 1000, factor: 3 })).toBe(900)
  })
})

describe('task and record states', () => {
  const task = (over: Partial<TuyaAuthTask>): TuyaAuthTask => ({
    authTaskId: 't',
    taskStartTime: at('2026-11-20T10:00:00Z'),
    taskFinishTime: null,
    accessControlChannelName: 'Entrance',
    accessControlChannelNo: '1',
    accessChannelPositionPath: 'Block A',
    businessDeviceName: 'Gate reader',
    authNum: 3,
    successNum: 0,
    kind: { known: true, value: 'increment', code: 2 },
    progress: { known: true, value: 'running', code: 2 },
    outcome: { known: true, value: 'notStarted', code: 0 },
    ...over,
  })

  it('settled = completed or terminated', () => {
    expect(isSettled(task({}))).toBe(false)
    expect(isSettled(task({ progress: { known: true, value: 'completed', code: 4 } }))).toBe(true)
    expect(isSettled(task({ progress: { known: true, value: 'terminated', code: 3 } }))).toBe(true)
    expect(isSettled(task({ progress: { known: false, code: 9 } }))).toBe(false)
  })

  it('records: final and failed', () => {
    expect(['initialised', 'unknown', 'terminated', 'failed', 'succeeded'].map((s) => isFinalRecord(record('a', 'A', s as 'failed')))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ])
    expect(['initialised', 'unknown', 'terminated', 'failed', 'succeeded'].map((s) => isFailedRecord(record('a', 'A', s as 'failed')))).toEqual([
      false,
      false,
      true,
      true,
      false,
    ])
    expect(isFailedRecord(record('a', 'A', { code: 42 }))).toBe(true)
  })

  it('task filters: search, state, kind, outcome, permissions, start window', () => {
    const running = task({ authTaskId: 'r' })
    const done = task({
      authTaskId: 'd',
      authNum: 0,
      businessDeviceName: '东门读头',
      taskStartTime: at('2026-11-22T10:00:00Z'),
      kind: { known: true, value: 'full', code: 1 },
      progress: { known: true, value: 'completed', code: 4 },
      outcome: { known: true, value: 'partial', code: 2 },
    })
    const ids = (f: Parameters<typeof matchesTask>[1]) => [running, done].filter((t) => matchesTask(t, f)).map((t) => t.authTaskId)
    expect(ids({})).toEqual(['r', 'd'])
    expect(ids({ search: '东门' })).toEqual(['d'])
    expect(ids({ search: 'block a' })).toEqual(['r', 'd'])
    expect(ids({ state: 'running' })).toEqual(['r'])
    expect(ids({ state: 'finished' })).toEqual(['d'])
    expect(ids({ kind: 'full' })).toEqual(['d'])
    expect(ids({ outcome: 'partial' })).toEqual(['d'])
    expect(ids({ withPermissions: true })).toEqual(['r'])
    expect(ids({ startFrom: at('2026-11-21T00:00:00Z') })).toEqual(['d'])
    expect(ids({ startTo: at('2026-11-21T00:00:00Z') })).toEqual(['r'])
  })
})

describe('CSV', () => {
  it('quotes commas, quotes and newlines, keeps Chinese, starts with a BOM, ends rows with CRLF', () => {
    const csv = toCsv(
      ['name', 'note', 'n'],
      [
        ['张伟', 'Gate, east', 3],
        ['Li "Lee" Na', 'line one\nline two', 0],
        ['plain', 'a\rb', -1],
      ],
    )
    expect(csv).toBe('\uFEFFname,note,n\r\n张伟,"Gate, east",3\r\n"Li ""Lee"" Na","line one\nline two",0\r\nplain,"a\rb","\'-1"\r\n')
  })

  it("reads back as the same cells with Python's csv module", () => {
    const rows = [
      ['张伟', 'a,b'],
      ['"q"', 'x\ny'],
    ]
    const dir = mkdtempSync(join(tmpdir(), 'fk-csv-'))
    writeFileSync(join(dir, 'a.csv'), toCsv(['名字', 'note'], rows))
    const out = execFileSync(
      'python3',
      ['-c', 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))', join(dir, 'a.csv')],
      { encoding: 'utf8' },
    )
    expect(JSON.parse(out)).toEqual([['名字', 'note'], ...rows])
  })
})

describe('zip writer', () => {
  it('zips the same files at the same moment to the same bytes; a date before 1980 becomes 1980-01-01', () => {
    const files = [{ name: '名单.csv', text: toCsv(['name'], [['东门']]) }]
    expect(zipFiles(files, new Date(2026, 0, 2, 3, 4, 6))).toEqual(zipFiles(files, new Date(2026, 0, 2, 3, 4, 6)))
    const dir = mkdtempSync(join(tmpdir(), 'fk-zip-'))
    writeFileSync(join(dir, 'old.zip'), zipFiles(files, new Date(1970, 0, 1)))
    expect(execFileSync('unzip', ['-l', join(dir, 'old.zip')], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } })).toContain('1980-01-01 00:00')
  })

  it('writes an archive unzip and Python open, with UTF-8 names and exact contents', () => {
    const files = [
      { name: 'summary.csv', text: toCsv(['site', 'people'], [['Tower 1', 12]]) },
      { name: 'channels/通道.csv', text: toCsv(['name'], [['东门']]) },
      { name: 'empty.txt', text: '' },
    ]
    const dir = mkdtempSync(join(tmpdir(), 'fk-zip-'))
    const zip = join(dir, 'bundle.zip')
    writeFileSync(zip, zipFiles(files, new Date(2026, 10, 23, 14, 5, 30)))
    const test = execFileSync('python3', ['-m', 'zipfile', '-t', zip], { encoding: 'utf8' })
    expect(test).toContain('Done testing')
    const listing = execFileSync('unzip', ['-l', zip], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } })
    for (const f of files) expect(listing).toContain(f.name)
    expect(listing).toMatch(/3 files/)
    // A real DOS date (the local time it was made), not the invalid 1980-00-00.
    expect(listing).toContain('2026-11-23 14:05')
    expect(execFileSync('unzip', ['-tq', zip], { encoding: 'utf8' })).toMatch(/No errors detected/)
    execFileSync('python3', ['-m', 'zipfile', '-e', zip, join(dir, 'out')])
    for (const f of files) expect(readFileSync(join(dir, 'out', f.name), 'utf8')).toBe(f.text)
  })
})
