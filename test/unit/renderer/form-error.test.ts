import { describe, expect, it } from 'vitest'
import { appError } from '../../../src/shared/errors'
import { placeError } from '../../../src/renderer/src/components/form-error'

describe('where a change error is shown', () => {
  const floors = appError('invalid_input', { field: ['draft', 'floorAccesses', 1, 'floors'] })

  it('on the field it names, when the form has that field (or the list holding it)', () => {
    const placed = placeError(floors, [
      ['draft', 'name'],
      ['draft', 'floorAccesses'],
    ])
    expect(placed.on(['draft', 'floorAccesses'])).toBe(floors)
    expect(placed.on(['draft', 'name'])).toBeNull()
    expect(placed.form).toBeNull()
  })

  it('on the form, when no field of the form takes it or it names none', () => {
    expect(placeError(floors, [['draft', 'name']]).form).toBe(floors)
    expect(placeError(floors, [['edit', 'floorAccesses']]).form).toBe(floors)
    const network = appError('network')
    expect(placeError(network, [['draft', 'name']])).toMatchObject({ form: network })
    expect(placeError(network, [['draft', 'name']]).on(['draft', 'name'])).toBeNull()
  })

  it('nowhere when there is no error', () => {
    expect(placeError(null, [['draft', 'name']]).form).toBeNull()
  })
})
