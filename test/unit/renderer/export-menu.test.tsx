import * as XLSX from '@e965/xlsx'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { appError } from '@shared/errors'
import { staffPageQuery } from '@shared/ipc/schemas/people'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { STAFF_LISTING, SCOPE, staffSummary, withViewport } from './people-fixtures'
import { type Answers, type Call, installApi, renderUi } from './render'

withViewport()

/** 1,234 staff, the last few named in Chinese; page 3 fails when `failPage` says so. */
const ALL = Array.from({ length: 1_234 }, (_, i) => (i >= 1_230 ? `员工 ${i}` : `Staff ${String(i).padStart(5, '0')}`))
const UNAVAILABLE = "Fieldkey's core is not answering."
let failPage = false
const calls: Call[] = []
const answers: Answers = {
  'staff:page': (input) => {
    const q = staffPageQuery.parse(input)
    calls.push({ channel: 'staff:page', input })
    if (failPage && q.offset >= 1_000) return { ok: false, error: appError('unavailable') }
    const matching = q.search ? ALL.filter((n) => n.includes(q.search ?? '')) : ALL
    const items = matching.slice(q.offset, q.offset + q.limit).map((n, i) => ({ ...staffSummary(n), pinCodes: [{ pinCodeId: `p${i}`, number: '123456' }] }))
    return { ok: true, value: { total: matching.length, offset: q.offset, items } }
  },
  'staff:listing': () => ({ ok: true, value: STAFF_LISTING }),
}
installApi(answers)
const { StaffList } = await import('../../../src/renderer/src/features/people/staff/StaffList')

/** What the export hands the browser to save. */
let saved: { name: string; blob: Blob }[] = []
beforeEach(() => {
  saved = []
  calls.length = 0
  failPage = false
  let blob: Blob | null = null
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b
    return 'blob:export'
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) saved.push({ name: this.download, blob })
  })
})

describe('exporting the staff list', () => {
  it('reads every page the search finds (never one message for all) and saves them as a workbook', async () => {
    await renderUi(<StaffList scope={SCOPE} />)
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Excel workbook (.xlsx)' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const pages = calls.filter((c) => (c.input as { limit: number }).limit === 500)
    expect(pages.map((c) => (c.input as { offset: number }).offset)).toEqual([0, 500, 1_000])
    const file = saved[0] as { name: string; blob: Blob }
    expect(file.name).toMatch(/^Staff \d{4}-\d{2}-\d{2}\.xlsx$/)
    const book = XLSX.read(new Uint8Array(await file.blob.arrayBuffer()), { type: 'array' })
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Staff'] as XLSX.WorkSheet, { header: 1, raw: true, defval: '' })
    expect(rows).toHaveLength(1 + ALL.length)
    expect(rows.slice(1).map((r) => r[0])).toEqual(ALL)
    expect(rows[1]?.[2]).toBe('••••56')
    expect(await screen.findByText('1234 rows saved to ' + file.name)).toBeTruthy()
  })

  it('says in words where the installer asked when a page cannot be read, and saves nothing short', async () => {
    failPage = true
    await renderUi(<StaffList scope={SCOPE} />)
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'CSV file (.csv)' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The list could not be exported')
    expect(alert.textContent).toContain(UNAVAILABLE)
    expect(alert.textContent).not.toMatch(/unavailable|staff:page|errors\./)
    expect(saved).toHaveLength(0)
  })
})
