import { describe, expect, it } from 'vitest'
import type { AkuvoxStaffAccessSummary } from '../../../../src/shared/domain/akuvox'
import { staffMatch, staffSearchTerms } from '../../../../src/shared/search/staff-search'

const ANA: AkuvoxStaffAccessSummary = {
  staffAccessId: 's1',
  staffAccessName: 'Ana Lima',
  createdTime: '2025-01-01 00:00:00',
  faces: [],
  pinCodes: [{ pinCodeId: 'p1', number: '480134' }],
  rfCards: [{ rfCardId: 'c1', number: '0A1B2C3D' }],
  accessGroupNames: ['Lobby cleaners'],
  floorAccesses: [{ buildingName: 'Tower A', floors: ['3', '12'] }],
}

const match = (typed: string) => {
  const terms = staffSearchTerms(typed)
  if (!terms) throw new Error('no terms')
  return staffMatch(ANA, terms)
}

describe('which field found a staff access', () => {
  it('says nothing when the name matches', () => {
    expect(match('lima')).toBeNull()
  })

  it('names the card as the staff holds it, whichever format was typed', () => {
    expect(match('0a:1b:2c:3d')).toEqual({ kind: 'card', card: '0A1B2C3D' })
    expect(match('169552957')).toEqual({ kind: 'card', card: '0A1B2C3D' })
  })

  it('finds a PIN only whole and shows its last two digits, never the PIN', () => {
    expect(match('480134')).toEqual({ kind: 'pin', lastDigits: '34' })
    expect(match('4801')).toBeNull()
  })

  it('finds group names by a part in any case, and floors by their number', () => {
    expect(match('LOBBY')).toEqual({ kind: 'group', group: 'Lobby cleaners' })
    expect(match('12')).toEqual({ kind: 'floor', floor: '12', building: 'Tower A' })
    expect(match('7')).toBeNull()
  })

  it('has no terms for an empty search', () => {
    expect(staffSearchTerms('   ')).toBeNull()
  })
})
