import { describe, expect, it } from 'vitest'
import { CredentialBook } from '../../../../src/shared/duplicates/rule-book'
import { wiegandValue } from '../../../../src/shared/people/wiegand'
import { cardKey, cardKeys, looksLikeMac, macKey, mobileDigits, phoneKey, pinKey } from '../../../../src/shared/search/keys'

describe('the search normaliser', () => {
  it('reads a MAC with any separators and in any case as one key', () => {
    for (const typed of ['E3:15:CD', 'E3-15-CD', 'e315cd', 'e3.15.cd', ' E3 15 CD ']) expect(macKey(typed), typed).toBe('E315CD')
    expect(macKey('0c:11:05:e3:15:cd')).toBe('0C1105E315CD')
    expect(looksLikeMac('E3:15:CD')).toBe(true)
    expect(looksLikeMac('Lobby')).toBe(false)
    expect(looksLikeMac('0C:11:05:E3:15:CD:00')).toBe(false)
  })

  it('finds a card typed in decimal under its hex form and the other way round, as the duplicates rule book does', () => {
    // 0x0A1B2C3D = 169552957
    expect(cardKeys('0A1B2C3D').has('169552957')).toBe(true)
    expect(cardKeys('169552957').has('0A1B2C3D')).toBe(true)
    expect(cardKeys('0a:1b:2c:3d').has('0A1B2C3D')).toBe(true)
    expect(cardKeys('0a-1b-2c-3d').has('169552957')).toBe(true)
    // Bytes reversed, as some readers print them.
    expect(cardKeys('0A1B2C3D').has('3D2C1B0A')).toBe(true)
    // Search finds a stored card exactly when the rule book calls the typed one a duplicate of it.
    for (const stored of ['0A1B2C3D', '169552957', '3D2C1B0A', '12345678', 'ABCDEF']) {
      const book = new CredentialBook([{ staffAccessId: 's1', name: 'Ana', pinCodes: [], rfCards: [stored] }])
      for (const typed of ['0a:1b:2c:3d', '169552957', '12345678', '0xabcdef', '11259375', '99']) {
        const duplicate = book.duplicates({ pinCodes: [], rfCards: [typed] }, null).length > 0
        expect(cardKeys(typed).has(cardKey(stored)), `${typed} → ${stored}`).toBe(duplicate)
      }
    }
    expect(cardKeys('Lobby, 2nd floor').size).toBe(0)
  })

  it('reads a Wiegand facility,card pair as its number', () => {
    // 123 × 65536 + 45678 = 8106606 = 0x007BB26E
    expect(wiegandValue('123,45678')).toEqual({ facility: 123, card: 45678, value: 8_106_606, formats: ['w26', 'w34'] })
    expect(wiegandValue(' 300 , 1 ')).toEqual({ facility: 300, card: 1, value: 300 * 65_536 + 1, formats: ['w34'] })
    expect(wiegandValue('123,70000')).toBeNull()
    expect(wiegandValue('70000,1')).toBeNull()
    expect(wiegandValue('123;45678')).toBeNull()
    expect(cardKeys('123,45678').has('8106606')).toBe(true)
    expect(cardKeys('123,45678').has('007BB26E')).toBe(true)
  })

  it('reads a phone number with spaces, dashes and +86 as its digits', () => {
    for (const typed of ['138 1234 5678', '138-1234-5678', '+86 138 1234 5678', '0086 13812345678', '+8613812345678', '(138) 1234-5678']) {
      expect(phoneKey(typed), typed).toBe('13812345678')
    }
    // +86 is only China's prefix in front of a whole 11-digit mobile: a part of a number keeps its digits.
    expect(phoneKey('8613')).toBe('8613')
    expect(phoneKey('+44 7700 900123')).toBe('447700900123')
    expect(phoneKey('Lobby')).toBeNull()
  })

  it('takes a mobile as typed in a form: digit groups pass, letters and too many digits do not', () => {
    expect(mobileDigits('138 1234 5678')).toEqual({ digits: '13812345678', china: false })
    expect(mobileDigits('138-1234-5678')).toEqual({ digits: '13812345678', china: false })
    expect(mobileDigits('+86 138 1234 5678')).toEqual({ digits: '13812345678', china: true })
    expect(mobileDigits('')).toEqual({ digits: '', china: false })
    expect(mobileDigits('138-00x0')).toBeNull()
    expect(mobileDigits('+44 7700 900123')).toBeNull()
    expect(mobileDigits('1'.repeat(21))).toBeNull()
  })

  it('takes a PIN only whole', () => {
    expect(pinKey(' 1234 ')).toBe('1234')
    expect(pinKey('123')).toBeNull()
    expect(pinKey('12a4')).toBeNull()
  })
})
