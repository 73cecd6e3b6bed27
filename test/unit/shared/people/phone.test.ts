import { describe, expect, it } from 'vitest'
import { addPersonInput } from '../../../../src/shared/ipc/schemas/people'
import { phoneDigits } from '../../../../src/shared/people/phone'

describe('mobile numbers as installers type them', () => {
  it('keeps the digits of a number written with spaces, dashes, dots or brackets', () => {
    expect(phoneDigits('138 1234 5678')).toBe('13812345678')
    expect(phoneDigits('138-1234-5678')).toBe('13812345678')
    expect(phoneDigits('(010) 8888.0000')).toBe('01088880000')
    expect(phoneDigits('１３８\u3000１２３４–５６７８')).toBe('13812345678')
    expect(phoneDigits('  ')).toBe('')
  })

  it('refuses letters and a number longer than the cloud keeps', () => {
    expect(phoneDigits('138-OOOO')).toBeNull()
    expect(phoneDigits('+86 138')).toBeNull()
    expect(phoneDigits('1'.repeat(21))).toBeNull()
    expect(phoneDigits('1'.repeat(20))).toBe('1'.repeat(20))
  })

  it('main takes the typed number and keeps its digits, and still refuses letters', () => {
    const draft = {
      name: 'Mei Tan',
      structureId: 'o-1',
      enabled: true,
      sex: 'unknown',
      mobileCountry: '+86',
      mobile: '138 1234-5678',
      email: '',
      certType: '',
      certNo: '',
      personCode: '',
    }
    const input = { connectionId: '00000000-0000-4000-8000-000000000000', projectId: 'p', draft, intentKey: '00000000-0000-4000-8000-000000000001' }
    const parsed = addPersonInput.safeParse(input)
    expect(parsed.success && parsed.data.draft.mobile).toBe('13812345678')
    expect(addPersonInput.safeParse({ ...input, draft: { ...draft, mobile: '138-OOOO' } }).success).toBe(false)
  })
})
