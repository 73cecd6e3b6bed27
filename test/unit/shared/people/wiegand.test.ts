import { describe, expect, it } from 'vitest'
import { cardReadings } from '../../../../src/shared/people/card'
import { wiegandOf } from '../../../../src/shared/people/wiegand'

describe('Wiegand facility,card', () => {
  it('reads an 8-bit facility as Wiegand 26 and gives the number a reader sends', () => {
    expect(wiegandOf('123,45678')).toEqual({ kind: 'card', format: 'wiegand26', facility: 123, card: 45678, value: 8_106_606n })
    // 123 = 0x7B, 45678 = 0xB26E: the reader sends 0x7BB26E.
    expect(cardReadings('8106606', 'decimal')?.hex).toBe('007BB26E')
  })

  it('reads a 16-bit facility as Wiegand 34', () => {
    expect(wiegandOf(' 1000 ， 1 ')).toMatchObject({ kind: 'card', format: 'wiegand34', value: 65_536_001n })
  })

  it('says when a part is too large for either format, and leaves other text alone', () => {
    expect(wiegandOf('123,65536')).toEqual({ kind: 'outOfRange', facility: 123, card: 65536 })
    expect(wiegandOf('70000,1')).toEqual({ kind: 'outOfRange', facility: 70000, card: 1 })
    expect(wiegandOf('3735928559')).toBeNull()
    expect(wiegandOf('DE,AD')).toBeNull()
  })
})
