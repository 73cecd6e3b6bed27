import * as XLSX from '@e965/xlsx'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { ParsedFile } from '../../../src/renderer/src/features/people/import/parse-csv'
import { PickStep } from '../../../src/renderer/src/features/people/import/PickStep'
import { withViewport } from './people-fixtures'
import { renderUi } from './render'

withViewport()

function workbookFile(sheets: Record<string, string[][]>, name: string): File {
  const book = XLSX.utils.book_new()
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet)
  return new File([XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer], name)
}

const input = () => document.querySelector('input[type=file]') as HTMLInputElement

describe('picking a workbook', () => {
  it('asks for the sheet in words when there are several, and goes on with the one chosen', async () => {
    const parsed = vi.fn<(file: ParsedFile) => void>()
    await renderUi(<PickStep onParsed={parsed} />)
    const file = workbookFile(
      {
        Notes: [['from the manager']],
        Staff: [
          ['staff_access_name', 'access_groups'],
          ['王小明', 'Gym'],
        ],
      },
      'list.xlsx',
    )
    await userEvent.upload(input(), file)
    expect((await screen.findByTestId('choose-sheet')).textContent).toBe('This workbook has 2 sheets: choose the one that holds the staff.')
    expect(parsed).not.toHaveBeenCalled()
    await userEvent.click(screen.getByTestId('sheet-select'))
    await userEvent.click(await screen.findByRole('option', { name: 'Staff', hidden: true }))
    await vi.waitFor(() => expect(parsed).toHaveBeenCalledOnce())
    expect(parsed.mock.calls[0]?.[0].records[0]?.cells).toEqual(['王小明', 'Gym'])
  })

  it('says a file named .xlsx that is not one is not a workbook, with what to do', async () => {
    await renderUi(<PickStep onParsed={() => undefined} />, 'zh-CN')
    await userEvent.upload(input(), new File(['name,groups\n'], 'list.xlsx'))
    expect((await screen.findByTestId('read-failure')).textContent).toContain('该文件不是工作簿')
  })
})
