import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DuplicateRef } from '../../../src/shared/duplicates/rule-book'
import type { AkuvoxStaffAccessUpdate } from '../../../src/shared/domain/akuvox'
import type { StaffDraft } from '../../../src/shared/people/staff'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import { clientFor } from '../../../src/main/services/connections/client-for'
import { type PeopleHarness, adminGet, peopleHarness, secondClients } from './harness'

interface SandboxStaff {
  readonly project_id: string
  readonly id: string
  readonly name: string
  readonly pinCodes: readonly { readonly number: string }[]
  readonly accessGroupIds: readonly string[]
  readonly floorAccesses: readonly { readonly buildingId: string; readonly floors: readonly string[] }[]
}

/**
 * A staff edit queued offline meets a newer record in the cloud: replay reports the conflict,
 * the review shows it field by field, and the resolution the installer picks is what the
 * sandbox holds afterwards (read from the sandbox's own state, not from Fieldkey).
 */
let sandboxes: RunningSandboxes
let h: PeopleHarness
const sandboxStaff = async (id: string): Promise<SandboxStaff | undefined> =>
  (await adminGet<SandboxStaff[]>(sandboxes, '/akuvox/state/staff')).find((s) => s.id === id)
const pins = (s: SandboxStaff | undefined) => new Set(s?.pinCodes.map((p) => p.number))

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 23 })
  const state = await adminGet<{ projects: { project_id: string }[] }>(sandboxes, '/akuvox/state')
  h = peopleHarness(sandboxes, state.projects[0]?.project_id ?? '')
  await h.staff.refresh(h.akuvox)
})
afterAll(() => sandboxes.close())

/** A staff access 张伟 with one PIN, one group and two floors, created online. */
const sharedPins = (pins: readonly string[]): DuplicateRef[] => pins.map((value) => ({ kind: 'pin', value }))

async function zhangWei(name: string): Promise<{ readonly id: string; readonly draft: StaffDraft }> {
  const ctx = h.staff.context(h.akuvox)
  const group = ctx.accessGroups.find((g) => !g.system)
  const building = ctx.buildings[0]
  const draft: StaffDraft = {
    name,
    pinCodes: ['123456'],
    rfCards: [],
    faceUrls: [],
    accessGroupIds: group ? [group.id] : [],
    floorAccesses: building ? [{ buildingId: building.id, floors: ['1', '2'] }] : [],
  }
  // Every test's 张伟 has the same PINs: each shares them knowingly with the ones before.
  const saved = await h.staff.create(h.akuvox, draft, sharedPins(draft.pinCodes))
  if (saved.kind !== 'saved') throw new Error('create did not reach the sandbox')
  return { id: saved.staffAccessId, draft }
}

/** Offline, the installer adds PIN 909090 (and more, in `mine`); meanwhile, in the cloud, someone else edits the same staff access. */
async function conflictOf(
  name: string,
  cloud: (input: AkuvoxStaffAccessUpdate) => AkuvoxStaffAccessUpdate,
  mine: Partial<StaffDraft> = {},
): Promise<{ id: string; entryId: number }> {
  const { id, draft } = await zhangWei(name)
  h.online = false
  const edit = { ...draft, pinCodes: ['123456', '909090'], ...mine, removeFaceUrls: [] }
  const queued = await h.staff.update(h.akuvox, id, edit, sharedPins(edit.pinCodes))
  h.online = true
  if (queued.kind !== 'queued') throw new Error('the edit was not queued')
  const other = clientFor(await secondClients(sandboxes)(h.akuvox.connectionId), 'akuvox')
  const { accessGroupIds, floorAccesses } = draft
  await other.updateStaffAccess(
    cloud({ projectId: h.akuvox.projectId, staffAccessId: id, staffAccessName: name, pinCodes: ['123456'], accessGroupIds, floorAccesses }),
  )
  expect(await h.outbox.replay([queued.outboxId])).toMatchObject([{ kind: 'conflict', id: queued.outboxId }])
  return { id, entryId: queued.outboxId }
}

describe('a queued staff edit in conflict with the cloud', () => {
  it('merges: the cloud’s rename is kept and both PINs (mine 909090, theirs 111111) are in the sandbox', async () => {
    const { id, entryId } = await conflictOf('张伟', (input) => ({ ...input, staffAccessName: '张伟（夜班）', pinCodes: ['123456', '111111'] }))
    const review = h.outbox.review(entryId)
    const field = (key: string) => review?.fields.find((f) => f.key === key)
    expect(field('staffName')).toMatchObject({ base: '张伟', mine: '张伟', theirs: '张伟（夜班）', merged: '张伟（夜班）', conflict: false })
    expect(field('pinCodes')).toMatchObject({ base: ['123456'], mine: ['123456', '909090'], theirs: ['123456', '111111'] })
    expect(new Set(field('pinCodes')?.merged as readonly string[])).toEqual(new Set(['123456', '909090', '111111']))
    // Names, not ids: the group and the building as the cache and the cloud know them.
    const group = h.staff.context(h.akuvox).accessGroups.find((g) => !g.system)
    expect(review?.names[group?.id ?? '']).toBe(group?.name)

    expect(h.outbox.resolve(entryId, { kind: 'merge', keepMine: [] })).toBe(true)
    expect(await h.outbox.replay([entryId])).toEqual([{ kind: 'applied', id: entryId }])
    // The activity log follows the entry: queued, merged by the installer, then done.
    expect(h.logged.filter((c) => c.outboxId === entryId).map((c) => c.result)).toEqual(['queued', 'merged', 'done'])
    const after = await sandboxStaff(id)
    expect(after?.name).toBe('张伟（夜班）')
    expect(pins(after)).toEqual(new Set(['123456', '909090', '111111']))
    expect(after?.floorAccesses.flatMap((f) => f.floors).sort()).toEqual(['1', '2'])
  })

  it('a name both sides changed is the installer’s to choose: the cloud’s name by default, theirs when they keep it', async () => {
    const first = await conflictOf('李娜', (input) => ({ ...input, staffAccessName: '李娜（保洁）' }), { name: '李娜（夜班）' })
    expect(h.outbox.review(first.entryId)?.fields.find((f) => f.key === 'staffName')).toMatchObject({
      mine: '李娜（夜班）',
      theirs: '李娜（保洁）',
      merged: '李娜（保洁）',
      conflict: true,
    })
    expect(h.outbox.resolve(first.entryId, { kind: 'merge', keepMine: [] })).toBe(true)
    await h.outbox.replay([first.entryId])
    expect((await sandboxStaff(first.id))?.name).toBe('李娜（保洁）')
    expect(pins(await sandboxStaff(first.id))).toEqual(new Set(['123456', '909090']))

    const second = await conflictOf('赵敏', (input) => ({ ...input, staffAccessName: '赵敏（保洁）' }), { name: '赵敏（夜班）' })
    expect(h.outbox.resolve(second.entryId, { kind: 'merge', keepMine: ['staffName'] })).toBe(true)
    await h.outbox.replay([second.entryId])
    expect((await sandboxStaff(second.id))?.name).toBe('赵敏（夜班）')
  })

  it('"use mine for everything" sends the installer’s record whole: the cloud’s rename and PIN are replaced', async () => {
    const { id, entryId } = await conflictOf('王芳', (input) => ({ ...input, staffAccessName: '王芳（前台）', pinCodes: ['123456', '111111'] }))
    expect(h.outbox.resolve(entryId, { kind: 'mine' })).toBe(true)
    expect(await h.outbox.replay([entryId])).toEqual([{ kind: 'applied', id: entryId }])
    const after = await sandboxStaff(id)
    expect(after?.name).toBe('王芳')
    expect(pins(after)).toEqual(new Set(['123456', '909090']))
  })
})
