import { describe, expect, it } from 'vitest'
import { packIssues } from '@shared/report/details'
import { packFileName, safeFileStem, siteDate } from '@shared/report/file-name'
import { maskPin } from '@shared/report/pin-mask'

describe('a PIN on paper', () => {
  it('shows its last two digits only', () => {
    expect(maskPin('123434')).toBe('••34')
    expect(maskPin(' 9012 ')).toBe('••12')
  })
  it('shows nothing of a PIN too short to hide', () => {
    expect(maskPin('12')).toBe('••')
    expect(maskPin('')).toBe('••')
  })
})

describe("the pack's file name", () => {
  it('is the project name, the word handover and the site date', () => {
    expect(packFileName('Harbour View', 'handover', '2026-12-06', 'zip')).toBe('Harbour View handover 2026-12-06.zip')
    expect(packFileName('海景花园', '交接', '2026-12-06', 'pdf')).toBe('海景花园 交接 2026-12-06.pdf')
  })
  it('keeps no character a file system refuses, and no folder part', () => {
    const name = packFileName('../AB: Tower "1"/2 *new*?', 'handover', '2026-12-06', 'zip')
    expect(name).toBe('AB Tower 1 2 new handover 2026-12-06.zip')
    expect(name).not.toMatch(/[<>:"/\\|?*]/)
    expect(safeFileStem('  ..hidden.  ')).toBe('hidden')
  })
  it('stays short with a very long project name, keeping the date', () => {
    const name = packFileName('x'.repeat(500), 'handover', '2026-12-06', 'zip')
    expect(name.length).toBeLessThanOrEqual(124)
    expect(name.endsWith(' handover 2026-12-06.zip')).toBe(true)
  })
  it('falls back to the word when the name has nothing usable', () => {
    expect(packFileName('///', 'handover', '2026-12-06', 'zip')).toBe('handover 2026-12-06.zip')
  })
})

describe("the site's date", () => {
  // 2026-12-06 20:30 UTC is already the 7th in Shanghai and still the 6th in New York.
  const at = Date.UTC(2026, 11, 6, 20, 30)
  it("is the building's calendar day, not the laptop's", () => {
    expect(siteDate(at, 'Asia/Shanghai')).toBe('2026-12-07')
    expect(siteDate(at, 'America/New_York')).toBe('2026-12-06')
  })
})

describe('the cover before the pack is produced', () => {
  const ok = { preparedBy: 'Li Na', handedTo: 'Sam Lee', siteAddress: '1 Harbour Rd', language: 'en' as const }
  it('needs prepared by, handed to and the address', () => {
    expect(packIssues(ok)).toEqual([])
    expect(packIssues({ ...ok, preparedBy: '  ', handedTo: '' })).toEqual([
      { field: 'preparedBy', rule: 'required' },
      { field: 'handedTo', rule: 'required' },
    ])
  })
  it('bounds each field', () => {
    expect(packIssues({ ...ok, siteAddress: 'a'.repeat(201) })).toEqual([{ field: 'siteAddress', rule: 'tooLong', max: 200 }])
  })
})
