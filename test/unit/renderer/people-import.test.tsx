import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ColumnMapping, STAFF_FIELDS } from '@shared/people/columns'
import { checkRows } from '@shared/people/import-check'
import { type RawStaffRow, rowFromRecord } from '@shared/people/import-row'
import Papa from 'papaparse'
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PreviewStep } from '../../../src/renderer/src/features/people/import/PreviewStep'
import { STAFF_CONTEXT, withViewport } from './people-fixtures'
import { renderUi } from './render'

withViewport()

const HEADERS = ['staff_access_name', 'access_groups', 'pin_codes', 'rf_cards', 'face_picture_urls', 'floor_accesses']
const MAPPING: ColumnMapping = Object.fromEntries(STAFF_FIELDS.map((f, i) => [f, HEADERS[i] as string]))
const RECORDS = [
  ['Ana Costa', 'Gym', '482913', '0A1B2C3D', '', 'AB01:1|2'],
  ['', 'Gym', '111222', '', '', ''],
  ['Tom Berg', 'Sauna', '', '', '', ''],
  ['Eva Lund', 'Pool Gate', '12a4', 'D42CD005', '', ''],
  ['Ole Sand', 'Gym', '', '', 'http://faces.example.com/ole.jpg', ''],
]

/** The wizard's part around the preview: rows in state, checked again on every change. */
function Preview() {
  const [rows, setRows] = useState<readonly RawStaffRow[]>(() => RECORDS.map((cells, i) => rowFromRecord(i + 2, cells, HEADERS, MAPPING)))
  return (
    <PreviewStep
      rows={rows}
      checks={checkRows(rows, STAFF_CONTEXT)}
      mapping={MAPPING}
      fileName="staff.csv"
      onRows={setRows}
      onCreate={() => undefined}
      keepDuplicates={false}
      onKeepDuplicates={() => undefined}
    />
  )
}

const problems = () =>
  screen.getAllByTestId('rejected-row').map((r) => [within(r).getByText(/^Line \d+$/).textContent, within(r).getByTestId('row-problems').textContent])

/** What the export hands the browser to save, read back as text. */
let saved: { name: string; bytes: Promise<ArrayBuffer> }[] = []
beforeEach(() => {
  saved = []
  let blob: Blob | null = null
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b
    return 'blob:rejected'
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) saved.push({ name: this.download, bytes: blob.arrayBuffer() })
  })
})

describe('import preview', () => {
  it('flags each bad row with its reasons, and counts', async () => {
    await renderUi(<Preview />)
    expect(screen.getByTestId('count-ok')).toHaveTextContent('Ready: 1')
    expect(screen.getByTestId('count-rejected')).toHaveTextContent('With problems: 4')
    expect(problems()).toEqual([
      ['Line 3', 'Name is missing.'],
      ['Line 4', 'Unknown access group “Sauna”.'],
      ['Line 5', 'PIN 12a4 has characters other than digits.'],
      ['Line 6', 'Face picture “http://faces.example.com/ole.jpg” is not https.'],
    ])
    // The bad cells are marked, the good ones are not.
    expect(screen.getByRole('textbox', { name: 'PIN codes, line 5' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('textbox', { name: 'Name, line 5' })).not.toHaveAttribute('aria-invalid', 'true')
  })

  it('a fix in place clears the flag, and the rows that move up keep their own cells', async () => {
    await renderUi(<Preview />)
    const name = screen.getByRole('textbox', { name: 'Name, line 3' })
    await userEvent.type(name, 'Ines Duarte{Enter}')
    await waitFor(() => expect(screen.getByTestId('count-rejected')).toHaveTextContent('With problems: 3'))
    expect(screen.getByTestId('count-ok')).toHaveTextContent('Ready: 2')
    expect(problems().map(([line]) => line)).toEqual(['Line 4', 'Line 5', 'Line 6'])
    expect(screen.getByRole('textbox', { name: 'Name, line 4' })).toHaveValue('Tom Berg')
    expect(screen.getByRole('textbox', { name: 'Access groups, line 4' })).toHaveValue('Sauna')
    // A fix that is still wrong keeps the row flagged, with the new reason.
    const group = screen.getByRole('textbox', { name: 'Access groups, line 4' })
    await userEvent.clear(group)
    await userEvent.type(group, 'Spa')
    await userEvent.tab()
    await waitFor(() => expect(problems()[0]).toEqual(['Line 4', 'Unknown access group “Spa”.']))
    await userEvent.clear(screen.getByRole('textbox', { name: 'Access groups, line 4' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Access groups, line 4' }), 'pool gate{Enter}')
    await waitFor(() => expect(screen.getByTestId('count-rejected')).toHaveTextContent('With problems: 2'))
    // All rows: the fixed ones show as ready.
    await userEvent.click(screen.getByRole('radio', { name: 'All rows' }))
    expect(screen.getAllByTestId('preview-row').map((r) => r.textContent)).toEqual([
      'Line 2ReadyAna Costa · Gym · 482913 · 0A1B2C3D · AB01:1|2',
      'Line 3ReadyInes Duarte · Gym · 111222',
      'Line 4ReadyTom Berg · pool gate',
    ])
  })

  it('exports the rejected rows as a CSV with their line and reasons', async () => {
    await renderUi(<Preview />)
    await userEvent.click(screen.getByTestId('export-rejected'))
    expect(saved.map((s) => s.name)).toEqual(['staff-rejected.csv'])
    // Read as bytes: Blob.text() would drop the BOM that makes Excel open the file as UTF-8.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (saved[0] as { bytes: Promise<ArrayBuffer> }).bytes)
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
    expect(rows[0]).toEqual(['line', ...HEADERS, 'problems'])
    expect(rows.slice(1).map((r) => [r[0], r[1], r.at(-1)])).toEqual([
      ['3', '', 'Name is missing.'],
      ['4', 'Tom Berg', 'Unknown access group “Sauna”.'],
      ['5', 'Eva Lund', 'PIN 12a4 has characters other than digits.'],
      ['6', 'Ole Sand', 'Face picture “http://faces.example.com/ole.jpg” is not https.'],
    ])
  })

  it('has nothing to export and nothing to create when every row is already in the project or rejected', async () => {
    function AllBad() {
      const rows = [rowFromRecord(2, ['', 'Gym', '', '', '', ''], HEADERS, MAPPING)]
      return (
        <PreviewStep
          rows={rows}
          checks={checkRows(rows, STAFF_CONTEXT)}
          mapping={MAPPING}
          fileName="x.csv"
          onRows={() => undefined}
          onCreate={() => undefined}
          keepDuplicates={false}
          onKeepDuplicates={() => undefined}
        />
      )
    }
    await renderUi(<AllBad />)
    expect(screen.getByTestId('create-rows')).toBeDisabled()
    expect(screen.getByTestId('export-rejected')).toBeEnabled()
  })
})
