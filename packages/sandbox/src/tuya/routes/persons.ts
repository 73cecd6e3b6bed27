import { fail } from '../errors'
import { structurePath, structureWithDescendants } from '../generate'
import { ID_KIND, mintId } from '../ids'
import type { SbPerson } from '../model'
import { paginate } from '../params'
import { personWire } from '../wire'
import { type Route, type RouteContext, checkProject, contains } from './route'

function activePerson(ctx: RouteContext, personId: string): SbPerson {
  const person = ctx.site.persons.get(personId)
  if (!person || person.deletedAt !== null) throw fail(1000, `person ${personId}`)
  return person
}

function structureExists(ctx: RouteContext, structureId: string | undefined): void {
  if (structureId !== undefined && !ctx.site.structures.has(structureId)) throw fail(1109, `organisation ${structureId} does not exist`)
}

/** Shared filters of the person list and the recycle bin (seed 003). */
function filtered(ctx: RouteContext, deleted: boolean): readonly SbPerson[] {
  const p = ctx.params
  checkProject(ctx, false)
  const structureId = p.string('structureId')
  structureExists(ctx, structureId)
  const searchType = p.int('searchType', { allowed: [1, 2] }) ?? 2
  const scope = structureId === undefined ? null : searchType === 1 ? new Set([structureId]) : structureWithDescendants(ctx.site, structureId)
  const enabled = p.int('enabled', { allowed: [1, 2] })
  const sex = p.int('sex', { allowed: [0, 1, 2] })
  const [name, mobile, email, certType, certNo, feature, personCode] = ['name', 'mobile', 'email', 'certType', 'certNo', 'feature', 'personCode'].map((k) =>
    p.string(k),
  )
  const snapshotName = deleted ? p.string('structureSnapshotName') : undefined
  if (deleted) p.bool('isExportQuery')
  return ctx.lists.persons.get(`${deleted ? 'recycled' : 'persons'} ${p.filterKey()}`, () =>
    [...ctx.site.persons.values()].filter(
      (x) =>
        (x.deletedAt !== null) === deleted &&
        (!scope || scope.has(x.structureId)) &&
        // `enabled` filters only when given (the documented default "1" describes new persons).
        (enabled === undefined || x.enabled === (enabled === 1)) &&
        (sex === undefined || x.sex === sex) &&
        contains(x.name, name) &&
        contains(x.mobile, mobile) &&
        contains(x.email, email) &&
        (certType === undefined || x.certType === certType) &&
        (certNo === undefined || x.certNo === certNo) &&
        (feature === undefined || contains([x.imagePath ? 'face' : '', x.fingerprints ? 'fingerprint' : ''].join(','), feature)) &&
        (personCode === undefined || x.personCode === personCode) &&
        (snapshotName === undefined || contains(x.snapshot.join('\\ '), snapshotName)),
    ),
  )
}

/** The writable fields of add/edit, as given. */
function applyFields(ctx: RouteContext, person: SbPerson): void {
  const p = ctx.params
  const str = (k: 'name' | 'mobileCountry' | 'mobile' | 'email' | 'certArea' | 'certType' | 'certNo' | 'imagePath' | 'personCode' | 'uploadType'): void => {
    const v = p.string(k)
    if (v !== undefined) person[k] = v
  }
  for (const k of ['name', 'mobileCountry', 'mobile', 'email', 'certArea', 'certType', 'certNo', 'imagePath', 'personCode', 'uploadType'] as const) str(k)
  const enabled = p.int('enabled', { allowed: [1, 2] })
  if (enabled !== undefined) person.enabled = enabled === 1
  const sex = p.int('sex', { allowed: [0, 1, 2] })
  if (sex !== undefined) person.sex = sex
  const rating = ctx.params.int('imageRating')
  if (rating !== undefined) person.imageRating = rating
}

/** BEST GUESS: the seed states no maximum for a delete's `personIdList`; the sandbox takes 100. */
const MAX_DELETE_PERSONS = 100

function personIds(ctx: RouteContext): string[] {
  const ids = [...(ctx.params.list('personIdList') ?? []), ...[ctx.params.string('personId')].filter((x): x is string => x !== undefined)]
  if (ids.length === 0) throw fail(1100, 'personIdList')
  return [...new Set(ids)]
}

export const personRoutes: readonly Route[] = [
  {
    method: 'GET',
    template: '/personnel/recycle-list',
    reads: true,
    handle: (ctx) => paginate(filtered(ctx, true), ctx.params.page(), (x) => personWire(ctx.site, x, ctx.origin)),
  },
  {
    method: 'GET',
    template: '/personnel',
    reads: true,
    handle: (ctx) => paginate(filtered(ctx, false), ctx.params.page(), (x) => personWire(ctx.site, x, ctx.origin)),
  },
  {
    method: 'POST',
    template: '/personnel',
    handle: (ctx) => {
      checkProject(ctx, false)
      const structureId = ctx.params.string('structureId') ?? ctx.site.rootStructureId
      structureExists(ctx, structureId)
      ctx.params.string('name', { required: true })
      const given = ctx.params.string('personId')
      if (given !== undefined && ctx.site.persons.has(given)) throw fail(1109, `person ${given} already exists`)
      const person: SbPerson = {
        personId: given ?? mintId(ctx.site, ID_KIND.person),
        name: '',
        enabled: true,
        sex: 0,
        mobileCountry: '',
        mobile: '',
        email: '',
        certArea: '',
        certType: '',
        certNo: '',
        imagePath: '',
        imageRating: 0,
        personCode: '',
        uploadType: '',
        structureId,
        cards: 0,
        fingerprints: 0,
        hasPassword: false,
        deletedAt: null,
        snapshot: [],
      }
      applyFields(ctx, person)
      ctx.site.persons.set(person.personId, person)
      return true
    },
  },
  {
    method: 'PUT',
    template: '/personnel',
    handle: (ctx) => {
      checkProject(ctx, false)
      const person = activePerson(ctx, ctx.params.string('personId', { required: true }))
      const structureId = ctx.params.string('structureId')
      structureExists(ctx, structureId)
      const origin = ctx.params.string('originStructureId')
      if (origin !== undefined && origin !== person.structureId) throw fail(1109, 'originStructureId is not where the person is')
      const before = person.imagePath
      applyFields(ctx, person)
      if (structureId !== undefined) person.structureId = structureId
      // A new face must reach the devices again: the person's face permissions become pending.
      if (person.imagePath !== before) for (const a of ctx.site.auths.values()) if (a.personId === person.personId) a.face = 0
      return true
    },
  },
  {
    method: 'GET',
    template: '/personnel/{personId}/actions/detail',
    reads: true,
    handle: (ctx) => {
      checkProject(ctx, false)
      return personWire(ctx.site, activePerson(ctx, ctx.path.personId ?? ''), ctx.origin)
    },
  },
  {
    method: 'PUT',
    template: '/personnel/actions/disable',
    handle: (ctx) => {
      checkProject(ctx, false)
      const people = personIds(ctx).map((id) => activePerson(ctx, id))
      for (const person of people) person.enabled = false
      return true
    },
  },
  {
    method: 'DELETE',
    template: '/personnel/actions/delete',
    handle: (ctx) => {
      checkProject(ctx, false)
      const ids = personIds(ctx)
      if (ids.length > MAX_DELETE_PERSONS) throw fail(1109, `personIdList holds ${ids.length} ids, at most ${MAX_DELETE_PERSONS}`)
      const people = ids.map((id) => activePerson(ctx, id))
      for (const person of people) {
        person.deletedAt = ctx.now
        person.snapshot = structurePath(ctx.site, person.structureId)
      }
      return true
    },
  },
  {
    method: 'GET',
    template: '/personnel/{personId}/recycle-detail',
    reads: true,
    handle: (ctx) => {
      checkProject(ctx, false)
      const person = ctx.site.persons.get(ctx.path.personId ?? '')
      if (!person || person.deletedAt === null) throw fail(1000, `deleted person ${ctx.path.personId}`)
      return personWire(ctx.site, person, ctx.origin)
    },
  },
  {
    method: 'PUT',
    template: '/personnel/actions/recover',
    handle: (ctx) => {
      checkProject(ctx, false)
      const target = ctx.params.string('targetStructureId')
      structureExists(ctx, target)
      const people = personIds(ctx).map((id) => {
        const person = ctx.site.persons.get(id)
        if (!person || person.deletedAt === null) throw fail(1000, `deleted person ${id}`)
        return person
      })
      for (const person of people) {
        person.deletedAt = null
        person.snapshot = []
        if (target !== undefined) person.structureId = target
        // Back from the bin, the person's permissions must be pushed again.
        for (const a of ctx.site.auths.values()) if (a.personId === person.personId) Object.assign(a, { card: 0, face: 0, password: 0 })
      }
      return true
    },
  },
]
