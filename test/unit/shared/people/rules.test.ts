import { describe, expect, it } from 'vitest'
import { cardProblem, cardReadings, sameCardForms } from '../../../../src/shared/people/card'
import { decodeCsv } from '../../../../src/shared/people/encoding'
import { faceUrlProblem } from '../../../../src/shared/people/face-url'
import { pinProblem } from '../../../../src/shared/people/pin'

describe('PIN rules (4–8 digits)', () => {
  it('accepts 4 to 8 digits, trims stray spaces', () => {
    expect(pinProblem('1234')).toBeNull()
    expect(pinProblem(' 12345678 ')).toBeNull()
  })
  it('names what is wrong', () => {
    expect(pinProblem('123')).toEqual({ kind: 'tooShort', min: 4 })
    expect(pinProblem('123456789')).toEqual({ kind: 'tooLong', max: 8 })
    expect(pinProblem('12a4')).toEqual({ kind: 'notDigits' })
    expect(pinProblem('  ')).toEqual({ kind: 'empty' })
  })
})

describe('card formats', () => {
  it('shows decimal, hex and reversed byte order side by side', () => {
    expect(cardReadings('169552957', 'decimal')).toEqual({ decimal: '169552957', hex: '0A1B2C3D', reversedHex: '3D2C1B0A', reversedDecimal: '1026300682' })
    expect(cardReadings('0a:1b:2c:3d', 'hex')?.decimal).toBe('169552957')
    expect(cardReadings('0A1B', 'decimal')).toBeNull()
  })
  it('knows the same card in another format', () => {
    expect(sameCardForms('169552957').has('0A1B2C3D')).toBe(true)
    expect(sameCardForms('0A1B2C3D').has('3D2C1B0A')).toBe(true)
  })
  it('checks the stored text', () => {
    expect(cardProblem('0A1B2C3D')).toBeNull()
    expect(cardProblem('12#4')).toEqual({ kind: 'notAlphanumeric' })
    expect(cardProblem('1'.repeat(33))).toEqual({ kind: 'tooLong', max: 32 })
  })
})

describe('face URLs', () => {
  it('https only', () => {
    expect(faceUrlProblem('https://example.com/a.jpg')).toBeNull()
    expect(faceUrlProblem('http://example.com/a.jpg')).toEqual({ kind: 'notHttps' })
    expect(faceUrlProblem('face.jpg')).toEqual({ kind: 'notUrl' })
  })
})

describe('encoding sniffer', () => {
  const text = 'staff_access_name,access_groups\n张三,Gym\n'
  const utf8 = new TextEncoder().encode(text)
  it('UTF-8 with and without BOM', () => {
    expect(decodeCsv(utf8)).toEqual({ ok: true, text, encoding: 'utf-8', bom: false })
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text, encoding: 'utf-8', bom: true })
  })
  it('UTF-16 LE and BE, with and without BOM', () => {
    const le = new Uint8Array(text.length * 2)
    const be = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      le[2 * i] = c & 0xff
      le[2 * i + 1] = c >> 8
      be[2 * i] = c >> 8
      be[2 * i + 1] = c & 0xff
    }
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ ok: true, text, encoding: 'utf-16le', bom: true })
    expect(decodeCsv(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ ok: true, text, encoding: 'utf-16be', bom: true })
    expect(decodeCsv(le)).toMatchObject({ ok: true, text, encoding: 'utf-16le', bom: false })
  })
  it('GB18030 when the bytes are not UTF-8', () => {
    // "张三" in GB18030/GBK: D5 C5 C8 FD
    const gb = new Uint8Array([...new TextEncoder().encode('name\n'), 0xd5, 0xc5, 0xc8, 0xfd, 0x0a])
    expect(decodeCsv(gb)).toMatchObject({ ok: true, text: 'name\n张三\n', encoding: 'gb18030' })
  })
  it('an Excel workbook or an empty file gets a clear reason', () => {
    expect(decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({ ok: false, reason: 'spreadsheet' })
    expect(decodeCsv(new Uint8Array())).toEqual({ ok: false, reason: 'empty' })
  })
})
