import type { TuyaPerson } from '@shared/domain/tuya'
import type { StaffContext, StaffListing } from '@shared/people/staff'
import { beforeAll } from 'vitest'

export const SCOPE = { connectionId: '00000000-0000-4000-8000-000000000008', projectId: 'p1' }

export const STAFF_CONTEXT: StaffContext = {
  accessGroups: [
    { id: 'g-gym', name: 'Gym', system: false },
    { id: 'g-pool', name: 'Pool Gate', system: false },
    { id: 'g-res', name: 'AB01 Residents', system: true },
  ],
  buildings: [
    { id: 'b1', name: 'AB01' },
    { id: 'b2', name: 'AB02' },
  ],
  staff: [
    { staffAccessId: 's-wei', name: 'Wei Nowak', pinCodes: ['597223'], rfCards: ['D42CD005'] },
    { staffAccessId: 's-nora', name: 'Nora Rossi', pinCodes: [], rfCards: [] },
  ],
}

export const STAFF_LISTING: StaffListing = { pending: [], syncedAt: 0, total: 2 }

/** One row of a staff page, as the cache answers it. */
export const staffSummary = (name: string) => ({
  staffAccessId: `s-${name}`,
  staffAccessName: name,
  createdTime: '',
  faces: [],
  pinCodes: [],
  rfCards: [],
  accessGroupNames: ['Gym'],
  floorAccesses: [],
})

export const person = (over: Partial<TuyaPerson>): TuyaPerson => ({
  personId: 'p-1',
  name: 'Mei Tan',
  enabled: true,
  sex: 'female',
  sexStr: '',
  mobileCountry: '+86',
  mobile: '13800001234',
  email: '',
  certArea: '',
  certType: '',
  certTypeStr: '',
  certNo: '',
  feature: '',
  imageUrl: '',
  imagePath: '',
  checked: false,
  imageRating: 0,
  pass: true,
  personCode: 'E-1',
  structureIds: ['o-a'],
  structureNames: ['Building A'],
  structureName: 'Building A',
  structureSnapshots: ['Root\\ Building A'],
  ...over,
})

/** jsdom lays nothing out: the virtual lists get a viewport so that they render their rows. */
export function withViewport(): void {
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
  })
}
