import { describe, expect, it } from 'vitest'
import { duplicateOfRefusal, duplicateRefusal, refuseUnconfirmed } from '../../../../src/shared/duplicates/refusal'
import { CredentialBook, groupNameDuplicates, refsOf, unconfirmed } from '../../../../src/shared/duplicates/rule-book'
import { AppErrorException } from '../../../../src/shared/errors'

const lee = { staffAccessId: 's-lee', name: '李小龙 Test', pinCodes: ['482913'], rfCards: ['00BC614E'] }
const ana = { staffAccessId: 's-ana', name: 'Ana Costa', pinCodes: ['1234'], rfCards: ['0A1B2C3D'] }

describe('the duplicates rule book: PINs and cards', () => {
  const book = new CredentialBook([lee, ana])

  it('names the holder of a PIN or card a new record would share, in data', () => {
    expect(book.duplicates({ pinCodes: ['482913', '5555'], rfCards: ['00BC614E', 'FFFF0001'] }, null)).toEqual([
      { kind: 'pin', value: '482913', holder: '李小龙 Test' },
      { kind: 'card', value: '00BC614E', holder: '李小龙 Test', storedAs: '00BC614E' },
    ])
    expect(book.duplicates({ pinCodes: ['5555'], rfCards: ['FFFF0001'] }, null)).toEqual([])
  })

  it('reads a card as the reader may print it: separators and case, and the same number in another format', () => {
    expect(book.duplicates({ pinCodes: [' 48 2913'], rfCards: ['00:bc:61:4e'] }, null).map((d) => d.value)).toEqual(['482913', '00BC614E'])
    // 0x00BC614E is 12345678 in decimal: the same physical card, stored by someone else in hex.
    expect(book.duplicates({ pinCodes: [], rfCards: ['12345678'] }, null)).toEqual([
      { kind: 'card', value: '12345678', holder: '李小龙 Test', storedAs: '00BC614E' },
    ])
  })

  it('asks an edit only about what it adds: its own credentials, even shared ones, are not asked again', () => {
    const shared = new CredentialBook([lee, { staffAccessId: 's-wang', name: '王五', pinCodes: [], rfCards: ['00BC614E'] }])
    expect(shared.duplicates({ pinCodes: [], rfCards: ['00BC614E'] }, 's-wang')).toEqual([])
    expect(shared.duplicates({ pinCodes: ['482913'], rfCards: ['00BC614E'] }, 's-wang')).toEqual([{ kind: 'pin', value: '482913', holder: '李小龙 Test' }])
    expect(shared.duplicates({ pinCodes: [], rfCards: ['00BC614E'] }, null)).toHaveLength(1)
  })

  it('learns holders as they come (the earlier rows of an import), and one value repeated in the record is one duplicate', () => {
    const growing = new CredentialBook()
    expect(growing.duplicates({ pinCodes: ['7777'], rfCards: [] }, null)).toEqual([])
    growing.add({ staffAccessId: 'line:2', name: 'Row Two', pinCodes: ['7777'], rfCards: [] })
    expect(growing.duplicates({ pinCodes: ['7777', '7777'], rfCards: [] }, null)).toEqual([{ kind: 'pin', value: '7777', holder: 'Row Two' }])
  })
})

describe('the duplicates rule book: access-group names', () => {
  const groups = [
    { id: 'g1', name: 'Gym' },
    { id: 'g2', name: 'Pool Gate' },
  ]

  it('a second group with a name another has, in any case, is a duplicate; the group keeping its own name is not', () => {
    expect(groupNameDuplicates(' gym ', groups, null)).toEqual([{ kind: 'groupName', value: 'gym', holder: 'Gym' }])
    expect(groupNameDuplicates('Gym', groups, 'g1')).toEqual([])
    expect(groupNameDuplicates('Pool gate', groups, 'g1')).toEqual([{ kind: 'groupName', value: 'Pool gate', holder: 'Pool Gate' }])
    expect(groupNameDuplicates('Sauna', groups, null)).toEqual([])
  })
})

describe('confirmation and refusal', () => {
  const duplicates = new CredentialBook([lee]).duplicates({ pinCodes: ['482913'], rfCards: ['00BC614E'] }, null)

  it('a duplicate blocks until the installer confirmed that very value, whatever way it is written', () => {
    expect(unconfirmed(duplicates)).toEqual(duplicates)
    expect(unconfirmed(duplicates, refsOf(duplicates))).toEqual([])
    expect(unconfirmed(duplicates, [{ kind: 'card', value: '00 bc 61 4e' }]).map((d) => d.kind)).toEqual(['pin'])
    // A PIN confirmed is not a card confirmed, even with the same characters.
    expect(unconfirmed(duplicates, [{ kind: 'pin', value: '00BC614E' }]).map((d) => d.kind)).toEqual(['pin', 'card'])
  })

  it('main refuses with a stable code and a message naming the holder; the window reads the duplicate back to ask', () => {
    const [, card] = duplicates
    const error = duplicateRefusal(card!)
    expect(error).toMatchObject({
      code: 'duplicate_credential',
      messageKey: 'errors.duplicate.card',
      params: { kind: 'card', value: '00BC614E', holder: '李小龙 Test', storedAs: '00BC614E' },
      retryable: false,
    })
    expect(error.detail).not.toContain('00BC614E')
    expect(duplicateOfRefusal(error)).toEqual(card)
    expect(duplicateRefusal({ kind: 'groupName', value: 'gym', holder: 'Gym' }).code).toBe('duplicate_name')
    expect(duplicateOfRefusal({ code: 'conflict', messageKey: 'errors.conflict', retryable: false })).toBeNull()
    expect(() => refuseUnconfirmed(duplicates, [{ kind: 'card', value: '00BC614E' }])).toThrow(AppErrorException)
    expect(() => refuseUnconfirmed(duplicates, refsOf(duplicates))).not.toThrow()
  })
})
