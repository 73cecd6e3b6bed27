import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { BulkRow, StaffDraft } from '../../../src/shared/people/staff'
import { type RunningSandboxes, startSandboxes } from '@fieldkey/sandbox'
import type { LoopbackServer } from '@fieldkey/sandbox/common/http-server'
import { AppErrorException } from '../../../src/shared/errors'
import { importBeginInput } from '../../../src/shared/ipc/schemas/people'
import { RECEIVING_TTL_MS } from '../../../src/main/services/people/bulk-import'
import { checkRows } from '../../../src/shared/people/import-check'
import { serveFiles } from '../../helpers/akuvox'
import { type PeopleHarness, adminGet, adminSend, allResults, countingFetch, peopleHarness, startImport, until } from './harness'

interface SandboxStaff {
  readonly project_id: string
  readonly id: string
  readonly name: string
  readonly faces: readonly { readonly id: string; readonly pictureUrl: string }[]
  readonly pinCodes: readonly { readonly number: string }[]
  readonly rfCards: readonly { readonly number: string }[]
  readonly accessGroupIds: readonly string[]
  readonly floorAccesses: readonly { readonly buildingId: string; readonly floors: readonly string[] }[]
}

let sandboxes: RunningSandboxes
let h: PeopleHarness
let files: LoopbackServer
const counter = countingFetch('create_staff_access_info')

const staffOf = async (): Promise<SandboxStaff[]> =>
  (await adminGet<SandboxStaff[]>(sandboxes, '/akuvox/state/staff')).filter((s) => s.project_id === h.akuvox.projectId)
const staffById = async (id: string): Promise<SandboxStaff | undefined> => (await staffOf()).find((s) => s.id === id)
const named = async (name: string): Promise<SandboxStaff[]> => (await staffOf()).filter((s) => s.name === name)

const csv = (lines: readonly string[]): string => `${lines.join('\r\n')}\r\n`

beforeAll(async () => {
  sandboxes = await startSandboxes({ seed: 17 })
  const state = await adminGet<{ projects: { project_id: string }[] }>(sandboxes, '/akuvox/state')
  h = peopleHarness(sandboxes, state.projects[0]?.project_id ?? '', counter.fetch)
  await h.staff.refresh(h.akuvox)
  const ctx = h.staff.context(h.akuvox)
  const group = ctx.accessGroups.find((g) => !g.system)
  const building = ctx.buildings[0]
  files = await serveFiles({
    '/staff.csv': csv([
      '\uFEFFstaff_access_name,access_groups,pin_codes,rf_cards,face_picture_urls,floor_accesses',
      `Url Import One,${group?.name},73519,AA11BB22,https://example.com/faces/u1.jpg,${building?.name}:1|2`,
      `Url Import Two,${group?.id},,,,`,
      'Url Import Bad,No Such Group,,,,',
    ]),
  })
})
afterAll(async () => {
  await files?.close()
  await sandboxes.close()
})

function draft(name: string, over: Partial<StaffDraft> = {}): StaffDraft {
  const ctx = h.staff.context(h.akuvox)
  const groups = ctx.accessGroups.filter((g) => !g.system)
  const [b1, b2] = ctx.buildings
  return {
    name,
    pinCodes: [],
    rfCards: [],
    faceUrls: [],
    accessGroupIds: groups.slice(0, 2).map((g) => g.id),
    floorAccesses: [{ buildingId: b1?.id ?? '', floors: ['1', '2'] }, ...(b2 ? [{ buildingId: b2.id, floors: ['3'] }] : [])],
    ...over,
  }
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppErrorException)
  return (error as AppErrorException).error.code
}

describe('staff access against the sandbox', () => {
  it('lists and searches the cached staff; the detail is read from the cloud with ids, faces, PINs, cards, groups and floors', async () => {
    const cloud = await staffOf()
    const listing = h.staff.listing(h.akuvox)
    expect(listing.total).toBe(cloud.length)
    expect(listing.syncedAt).not.toBeNull()
    const sample = cloud.find((s) => s.faces.length > 0 && s.pinCodes.length > 0 && s.floorAccesses.length > 0) ?? (cloud[0] as SandboxStaff)
    const page = h.staff.page(h.akuvox, sample.name, 0, 50)
    expect(page.items.map((r) => r.staffAccessId)).toContain(sample.id)
    expect(page.items.every((r) => r.staffAccessName.toLowerCase().includes(sample.name.toLowerCase()))).toBe(true)
    const detail = await h.staff.detail(h.akuvox, sample.id)
    expect(detail.staffAccessName).toBe(sample.name)
    expect(detail.pinCodes.map((p) => p.number).sort()).toEqual(sample.pinCodes.map((p) => p.number).sort())
    expect(detail.rfCards.map((c) => c.number).sort()).toEqual(sample.rfCards.map((c) => c.number).sort())
    expect(detail.faces).toHaveLength(sample.faces.length)
    expect(detail.accessGroups.map((g) => g.accessGroupId).sort()).toEqual([...sample.accessGroupIds].sort())
    expect(detail.floorAccesses.map((f) => ({ buildingId: f.buildingId, floors: [...f.floors].sort() }))).toEqual(
      sample.floorAccesses.map((f) => ({ buildingId: f.buildingId, floors: [...f.floors].sort() })),
    )
  })

  let created = ''

  it('creates a staff access with a PIN, two RF cards, a face by https URL, two groups and floors in two buildings', async () => {
    const d = draft('Ana Costa (Cleaner)', { pinCodes: ['482913'], rfCards: ['0a1b2c3d', '00FF00FF'], faceUrls: ['https://example.com/faces/ana.jpg'] })
    const outcome = await h.staff.create(h.akuvox, d)
    expect(outcome.kind).toBe('saved')
    created = outcome.kind === 'saved' ? outcome.staffAccessId : ''
    const cloud = await staffById(created)
    expect(cloud?.name).toBe('Ana Costa (Cleaner)')
    expect(cloud?.pinCodes.map((p) => p.number)).toEqual(['482913'])
    expect(cloud?.rfCards.map((c) => c.number).sort()).toEqual(['00FF00FF', '0A1B2C3D'])
    expect(cloud?.faces.map((f) => f.pictureUrl)).toEqual(['https://example.com/faces/ana.jpg'])
    expect([...(cloud?.accessGroupIds ?? [])].sort()).toEqual([...d.accessGroupIds].sort())
    expect(cloud?.floorAccesses).toEqual(d.floorAccesses)
    // The cache follows at once, so the duplicate checks see the new credentials.
    const known = h.staff.credentials(h.akuvox, 0, 500).items.find((s) => s.staffAccessId === created)
    expect(known).toMatchObject({ name: 'Ana Costa (Cleaner)', pinCodes: ['482913'] })
    expect(h.staff.listing(h.akuvox).total).toBe((await staffOf()).length)
  })

  it("flags a PIN or card another staff access of the project already holds (checked against the project's cache)", () => {
    const ctx = h.staff.context(h.akuvox)
    const group = ctx.accessGroups.find((g) => !g.system)?.name ?? ''
    const [dupPin, dupCard, fresh] = checkRows(
      [
        {
          line: 2,
          cellCount: 4,
          headerCount: 4,
          cells: { name: 'Someone Else', accessGroups: group, pinCodes: '482913', rfCards: '', faceUrls: '', floorAccesses: '' },
        },
        {
          line: 3,
          cellCount: 4,
          headerCount: 4,
          cells: { name: 'Third Person', accessGroups: group, pinCodes: '', rfCards: '0A1B2C3D', faceUrls: '', floorAccesses: '' },
        },
        {
          line: 4,
          cellCount: 4,
          headerCount: 4,
          cells: { name: 'Fresh Person', accessGroups: group, pinCodes: '90817', rfCards: '', faceUrls: '', floorAccesses: '' },
        },
      ],
      { ...ctx, staff: h.staff.credentials(h.akuvox, 0, 500).items },
    )
    expect(dupPin).toMatchObject({ kind: 'duplicate', duplicates: [{ kind: 'pin', value: '482913', holder: 'Ana Costa (Cleaner)' }] })
    expect(dupCard).toMatchObject({ kind: 'duplicate', duplicates: [{ kind: 'card', value: '0A1B2C3D', holder: 'Ana Costa (Cleaner)' }] })
    expect(fresh?.kind).toBe('ok')
  })

  it('refuses a PIN or card another staff holds unless the installer confirmed it, naming the holder; offline, a queued create holds its card too', async () => {
    const before = (await staffOf()).length
    const refused = await h.staff.create(h.akuvox, draft('Wang Wu', { rfCards: ['0A1B2C3D'] })).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AppErrorException)
    expect((refused as AppErrorException).error).toMatchObject({
      code: 'duplicate_credential',
      messageKey: 'errors.duplicate.card',
      params: { kind: 'card', value: '0A1B2C3D', holder: 'Ana Costa (Cleaner)' },
    })
    // The same card written in decimal is the same card.
    expect(await codeOf(h.staff.create(h.akuvox, draft('Wang Wu', { rfCards: [String(0x0a1b2c3d)] })))).toBe('duplicate_credential')
    // Confirming the PIN does not confirm the card.
    const pinOnly = [{ kind: 'pin' as const, value: '0A1B2C3D' }]
    expect(await codeOf(h.staff.create(h.akuvox, draft('Wang Wu', { rfCards: ['0A1B2C3D'] }), pinOnly))).toBe('duplicate_credential')
    expect((await staffOf()).length).toBe(before)

    const shared = await h.staff.create(h.akuvox, draft('Wang Wu', { rfCards: ['0a1b2c3d'] }), [{ kind: 'card', value: '0A1B2C3D' }])
    expect(shared.kind).toBe('saved')
    expect(
      (await staffOf())
        .filter((s) => s.rfCards.some((c) => c.number === '0A1B2C3D'))
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Ana Costa (Cleaner)', 'Wang Wu'])
    // An edit is asked only about what it adds: the card it already shares is not asked again.
    const id = shared.kind === 'saved' ? shared.staffAccessId : ''
    const edit = { ...draft('Wang Wu', { rfCards: ['0A1B2C3D'], pinCodes: ['482913'] }), removeFaceUrls: [] }
    const added = await h.staff.update(h.akuvox, id, edit).catch((e: unknown) => e)
    expect((added as AppErrorException).error).toMatchObject({ code: 'duplicate_credential', params: { kind: 'pin', value: '482913' } })
    expect((await h.staff.update(h.akuvox, id, { ...edit, pinCodes: [] })).kind).toBe('saved')
    await h.staff.remove(h.akuvox, [id])

    h.online = false
    try {
      const queued = await h.staff.create(h.akuvox, draft('Offline One', { pinCodes: ['60606'] }))
      expect(queued.kind).toBe('queued')
      const second = await h.staff.create(h.akuvox, draft('Offline Two', { pinCodes: ['60606'] })).catch((e: unknown) => e)
      expect((second as AppErrorException).error).toMatchObject({ code: 'duplicate_credential', params: { value: '60606', holder: 'Offline One' } })
      for (const e of h.outbox.list(h.akuvox)) h.outbox.discard(e.id)
    } finally {
      h.online = true
    }
  })

  it('updates it: new PIN, one card dropped, one group, the face removed with is_deleted and another added', async () => {
    const d = draft('Ana Costa (Supervisor)')
    const edit = {
      ...d,
      pinCodes: ['5555'],
      rfCards: ['00FF00FF'],
      accessGroupIds: d.accessGroupIds.slice(0, 1),
      faceUrls: ['https://example.com/faces/ana-2.jpg'],
      removeFaceUrls: ['https://example.com/faces/ana.jpg'],
    }
    expect(await h.staff.update(h.akuvox, created, edit)).toEqual({ kind: 'saved', staffAccessId: created })
    const cloud = await staffById(created)
    expect(cloud).toMatchObject({ name: 'Ana Costa (Supervisor)', accessGroupIds: edit.accessGroupIds })
    expect(cloud?.pinCodes.map((p) => p.number)).toEqual(['5555'])
    expect(cloud?.rfCards.map((c) => c.number)).toEqual(['00FF00FF'])
    expect(cloud?.faces.map((f) => f.pictureUrl)).toEqual(['https://example.com/faces/ana-2.jpg'])
    expect(h.staff.credentials(h.akuvox, 0, 500).items.find((s) => s.staffAccessId === created)).toMatchObject({
      name: 'Ana Costa (Supervisor)',
      pinCodes: ['5555'],
      rfCards: ['00FF00FF'],
    })
  })

  it('refuses an update of a staff access the cache does not know, and the cloud refuses a bad PIN (nothing queued)', async () => {
    expect(await codeOf(h.staff.update(h.akuvox, 'S0000', { ...draft('x'), removeFaceUrls: [] }))).toBe('not_found')
    const before = h.outbox.count()
    expect(await codeOf(h.staff.create(h.akuvox, draft('Bad Pin', { pinCodes: ['12'] })))).not.toBe('network')
    expect(h.outbox.count()).toBe(before)
    expect(await named('Bad Pin')).toEqual([])
  })

  it("the cloud's refusal of a floor the building does not have comes back on that building's floors, with the cloud's reason", async () => {
    const ctx = h.staff.context(h.akuvox)
    const [b1, b2] = ctx.buildings
    const floorAccesses = [
      { buildingId: b1?.id ?? '', floors: ['1'] },
      { buildingId: b2?.id ?? '', floors: ['1', '2', '99'] },
    ]
    const refused = await h.staff.create(h.akuvox, draft('Too High', { floorAccesses })).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AppErrorException)
    const error = (refused as AppErrorException).error
    expect(error).toMatchObject({ code: 'invalid_input', messageKey: 'errors.akuvox.refusedField', field: ['draft', 'floorAccesses', 1, 'floors'] })
    expect(error.params?.reason).toMatch(new RegExp(`building ${b2?.name} has floors 1 to \\d+, not "99"`))
    expect(error.vendor).toMatchObject({ vendor: 'akuvox', code: 'invalid_param' })
    expect(await named('Too High')).toEqual([])
  })

  it('deletes one, then batch-deletes two: gone from the cloud and the cache', async () => {
    expect(await h.staff.remove(h.akuvox, [created])).toEqual({ kind: 'deleted', staffAccessIds: [created] })
    expect(await staffById(created)).toBeUndefined()
    expect(h.staff.credentials(h.akuvox, 0, 500).items.some((s) => s.staffAccessId === created)).toBe(false)
    const ids: string[] = []
    for (const name of ['Batch One', 'Batch Two']) {
      const o = await h.staff.create(h.akuvox, draft(name))
      ids.push(o.kind === 'saved' ? o.staffAccessId : '')
    }
    expect(await h.staff.remove(h.akuvox, ids)).toEqual({ kind: 'deleted', staffAccessIds: ids })
    for (const id of ids) expect(await staffById(id)).toBeUndefined()
    expect(h.staff.page(h.akuvox, 'Batch', 0, 10).items).toEqual([])
  })
})

describe('bulk create against the sandbox', () => {
  // Each call's rows get PINs no earlier row holds: a PIN someone holds would need the installer's yes.
  let nextPin = 700000
  const rows = (count: number, prefix: string): BulkRow[] =>
    Array.from({ length: count }, (_, i) => ({ line: i + 2, draft: draft(`${prefix} ${String(i).padStart(3, '0')}`, { pinCodes: [String(nextPin++)] }) }))

  async function run(rs: readonly BulkRow[], concurrency: number) {
    const started = await startImport(h.bulk, h.akuvox, rs, concurrency)
    const job = await until(() => {
      const j = h.bulk.get(started.jobId)
      return j.state === 'finished' || j.state === 'cancelled' ? j : undefined
    }, 'the bulk job')
    return { ...job, results: allResults(h.bulk, job.jobId) }
  }

  it('creates every row with a per-row result and progress; running the same rows again creates nothing twice', async () => {
    const rs = rows(12, 'Bulk')
    const first = await run(rs, 3)
    expect(first).toMatchObject({ state: 'finished', total: 12, done: 12, created: 12, existing: 0, queued: 0, failed: 0 })
    expect(first.results.map((r) => r.line)).toEqual(rs.map((r) => r.line))
    const cloud = (await staffOf()).filter((s) => s.name.startsWith('Bulk '))
    expect(cloud).toHaveLength(12)
    for (const r of first.results) expect(cloud.map((s) => s.id)).toContain(r.kind === 'created' ? r.staffAccessId : 'none')
    expect(h.progress.at(-1)).toMatchObject({ jobId: first.jobId, state: 'finished', done: 12 })

    const again = await run(rs, 3)
    expect(again).toMatchObject({ state: 'finished', created: 0, existing: 12 })
    expect((await staffOf()).filter((s) => s.name.startsWith('Bulk '))).toHaveLength(12)
  })

  it('an import is begun, appended in order and run under one id; unknown, replaced and expired ids answer not_found', async () => {
    const code = (f: () => unknown) => {
      try {
        f()
      } catch (error) {
        return error instanceof AppErrorException ? error.error.code : 'thrown'
      }
      return 'ok'
    }
    const rs = rows(3, 'Chunked')
    const first = await h.bulk.begin(h.akuvox, 3, 2)
    expect(first).toMatchObject({ state: 'receiving', total: 3, received: 0 })
    expect(h.bulk.append(first.jobId, rs.slice(0, 2))).toMatchObject({ received: 2 })
    // A line twice, or more rows than announced, is refused and changes nothing.
    expect(code(() => h.bulk.append(first.jobId, [rs[2] as BulkRow, rs[0] as BulkRow]))).toBe('invalid_input')
    expect(code(() => h.bulk.append(first.jobId, rows(2, 'Extra')))).toBe('invalid_input')
    await expect(h.bulk.run(first.jobId)).rejects.toMatchObject({ error: { code: 'invalid_input' } })

    // Another import for the same project drops the one still receiving.
    const second = await h.bulk.begin(h.akuvox, 3, 2)
    expect(code(() => h.bulk.append(first.jobId, rs.slice(2)))).toBe('not_found')
    expect(code(() => h.bulk.get(first.jobId))).toBe('not_found')
    expect(code(() => h.bulk.get('6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70'))).toBe('not_found')

    // Left receiving longer than the limit, it is dropped.
    h.bulk.append(second.jobId, rs.slice(0, 1))
    h.ahead = RECEIVING_TTL_MS - 1_000
    expect(h.bulk.append(second.jobId, rs.slice(1, 2))).toMatchObject({ received: 2 })
    h.ahead += RECEIVING_TTL_MS + 1
    try {
      expect(code(() => h.bulk.append(second.jobId, rs.slice(2)))).toBe('not_found')
    } finally {
      h.ahead = 0
    }
    expect(await named('Chunked 000')).toEqual([])
  })

  it("a row with a PIN or card someone holds is created only with the installer's yes; without it, it fails naming the holder", async () => {
    const holder = (await staffOf()).find((s) => s.rfCards.length > 0) as SandboxStaff
    const card = holder.rfCards[0]?.number ?? ''
    const job = await run(
      [
        { line: 2, draft: draft('Shares Unasked', { rfCards: [card] }) },
        { line: 3, draft: draft('Shares Asked', { rfCards: [card] }), confirmedDuplicates: [{ kind: 'card', value: card }] },
        // A later row with a PIN an earlier row of the same run took is asked about too.
        { line: 4, draft: draft('First Of Two', { pinCodes: ['818283'] }) },
        { line: 5, draft: draft('Second Of Two', { pinCodes: ['818283'] }) },
      ],
      1,
    )
    expect(job).toMatchObject({ created: 2, failed: 2 })
    expect(job.results[0]).toMatchObject({ kind: 'failed', error: { code: 'duplicate_credential', params: { value: card, holder: holder.name } } })
    expect(job.results[1]?.kind).toBe('created')
    expect(job.results[3]).toMatchObject({ kind: 'failed', error: { code: 'duplicate_credential', params: { value: '818283', holder: 'First Of Two' } } })
    expect(await named('Shares Unasked')).toEqual([])
    expect((await named('Shares Asked'))[0]?.rfCards.map((c) => c.number)).toEqual([card])
  })

  it('identical rows in one file are created once', async () => {
    const one = draft('Twin Row', { pinCodes: ['640213'] })
    const job = await run(
      [
        { line: 2, draft: one },
        { line: 3, draft: one },
        { line: 4, draft: one },
      ],
      3,
    )
    expect(job).toMatchObject({ created: 1, existing: 2 })
    expect(await named('Twin Row')).toHaveLength(1)
  })

  it('keeps at most the given number of creates in flight, and cancel stops taking rows (those sent finish)', async () => {
    await adminSend(sandboxes, 'POST', '/faults/akuvox', { latencyMs: 40 })
    try {
      counter.reset()
      const bounded = await run(rows(10, 'Bounded'), 2)
      expect(bounded).toMatchObject({ state: 'finished', created: 10 })
      expect(counter.peak()).toBe(2)

      const rs = rows(40, 'Cancelled')
      const started = await startImport(h.bulk, h.akuvox, rs, 2)
      await until(() => (h.bulk.get(started.jobId).done >= 2 ? true : undefined), 'two rows done')
      expect(h.bulk.cancel(started.jobId).state).toBe('cancelling')
      const ended = await until(() => {
        const j = h.bulk.get(started.jobId)
        return j.state === 'cancelled' ? j : undefined
      }, 'the cancelled job')
      const job = { ...ended, results: allResults(h.bulk, ended.jobId) }
      expect(h.bulk.results(job.jobId, 'all', 0, 500).total).toBe(40)
      const cancelled = job.results.filter((r) => r.kind === 'cancelled')
      expect(cancelled.length).toBeGreaterThan(0)
      expect(job.results).toHaveLength(40)
      expect(job.created + cancelled.length).toBe(40)
      // Exactly the rows reported created exist in the cloud: none lost, none extra.
      const cloud = (await staffOf()).filter((s) => s.name.startsWith('Cancelled '))
      expect(cloud.map((s) => s.id).sort()).toEqual(job.results.flatMap((r) => (r.kind === 'created' ? [r.staffAccessId] : [])).sort())
    } finally {
      await adminSend(sandboxes, 'DELETE', '/faults/akuvox')
    }
  })

  it('started as the renderer starts it (no concurrency named), an import keeps 16 creates in flight and caches what it created in a few transactions, not one per row', async () => {
    await adminSend(sandboxes, 'POST', '/faults/akuvox', { latencyMs: 40 })
    const transaction = vi.spyOn(h.db, 'transaction')
    try {
      const rs = rows(64, 'Paced')
      const { concurrency } = importBeginInput.parse({ ...h.akuvox, connectionId: '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70', total: rs.length })
      counter.reset()
      transaction.mockClear()
      const job = await run(rs, concurrency)
      expect(job).toMatchObject({ state: 'finished', created: 64 })
      expect(counter.peak()).toBe(16)
      // One a row before; now the listing of who exists, and a batch per CREATED_BATCH_MS or CREATED_BATCH_ROWS.
      expect(transaction.mock.calls.length).toBeLessThan(rs.length / 8)
      // Every created staff is in the cache and in the run that can undo it.
      const cached = new Set(h.staff.credentials(h.akuvox, 0, 500).items.map((s) => s.staffAccessId))
      const createdIds = job.results.flatMap((r) => (r.kind === 'created' ? [r.staffAccessId] : []))
      expect(createdIds.filter((id) => !cached.has(id))).toEqual([])
      expect(h.bulk.importRuns(h.akuvox, 0, 10).items.find((r) => r.runId === job.jobId)).toMatchObject({ created: 64, remaining: 64 })
    } finally {
      transaction.mockRestore()
      await adminSend(sandboxes, 'DELETE', '/faults/akuvox')
    }
  })

  it('offline, the rows wait in the outbox (one create each) and land in order on replay; replay again creates nothing new', async () => {
    h.online = false
    const rs = rows(3, 'Offline Bulk')
    const job = await run(rs, 2)
    h.online = true
    expect(job).toMatchObject({ queued: 3, created: 0 })
    expect(await named('Offline Bulk 000')).toEqual([])
    const pending = h.staff.listing(h.akuvox).pending.filter((p) => p.name.startsWith('Offline Bulk'))
    expect(pending.map((p) => p.kind)).toEqual(['create', 'create', 'create'])
    const outcomes = await h.outbox.replay(pending.map((p) => p.outboxId))
    expect(outcomes.map((o) => o.kind)).toEqual(['applied', 'applied', 'applied'])
    const cloud = (await staffOf()).filter((s) => s.name.startsWith('Offline Bulk'))
    // Ids are minted in creation order: the order they were queued in.
    expect(cloud.map((s) => s.name)).toEqual(['Offline Bulk 000', 'Offline Bulk 001', 'Offline Bulk 002'])
  })
})

describe('bulk create offline, twice', () => {
  it('a twin row and a second run of the same rows queue nothing more; the replay creates each person once', async () => {
    const twin = draft('Offline Twin', { pinCodes: ['55443'] })
    const other = draft('Offline Single', { pinCodes: ['55442'] })
    const rows: BulkRow[] = [
      { line: 2, draft: twin },
      { line: 3, draft: other },
      { line: 4, draft: twin },
    ]
    h.online = false
    const runOnce = async () => {
      const started = await startImport(h.bulk, h.akuvox, rows, 1)
      const job = await until(() => {
        const j = h.bulk.get(started.jobId)
        return j.state === 'finished' ? j : undefined
      }, 'the offline job')
      return { ...job, results: allResults(h.bulk, job.jobId) }
    }
    const first = await runOnce()
    const second = await runOnce()
    h.online = true
    expect(first).toMatchObject({ queued: 3, created: 0 })
    const creates = h.outbox.list(h.akuvox).filter((e) => e.operation.kind === 'akuvox.staff.create')
    expect(creates).toHaveLength(2)
    const ids = creates.map((e) => e.id)
    expect(first.results.map((r) => (r.kind === 'queued' ? r.outboxId : -1))).toEqual([ids[0], ids[1], ids[0]])
    expect(second.results.map((r) => (r.kind === 'queued' ? r.outboxId : -1))).toEqual([ids[0], ids[1], ids[0]])
    expect(await h.outbox.replay(ids)).toEqual(ids.map((id) => ({ kind: 'applied', id })))
    expect(await named('Offline Twin')).toHaveLength(1)
    expect(await named('Offline Single')).toHaveLength(1)
  })
})

describe('import by URL against the sandbox', () => {
  it('starts import_staff_access_info on a file served on loopback and follows get_import_result to its outcome', async () => {
    const { taskId } = await h.staff.startUrlImport(h.akuvox, 'staff.csv', `${files.baseUrl}/staff.csv`)
    const first = await h.staff.urlImportStatus(h.akuvox, taskId)
    expect(first.importStatus).toBe('importing')
    const seen = [first.importProcess]
    for (let i = 0; i < 20; i++) {
      await adminSend(sandboxes, 'POST', '/akuvox/clock/advance', { ms: 1000 })
      const status = await h.staff.urlImportStatus(h.akuvox, taskId)
      seen.push(status.importProcess)
      if (status.importStatus !== 'importing') break
    }
    const last = await h.staff.urlImportStatus(h.akuvox, taskId)
    expect(last).toMatchObject({ importStatus: 'partial_failure', failureCount: 1 })
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(new Set(seen).size).toBeGreaterThan(2)
    const cloud = await named('Url Import One')
    expect(cloud).toHaveLength(1)
    expect(cloud[0]?.pinCodes.map((p) => p.number)).toEqual(['73519'])
    expect(await named('Url Import Two')).toHaveLength(1)
    expect(await named('Url Import Bad')).toEqual([])
    // Finishing refreshed the cache: the imported staff are searchable at once.
    expect(
      h.staff
        .page(h.akuvox, 'Url Import', 0, 10)
        .items.map((r) => r.staffAccessName)
        .sort(),
    ).toEqual(['Url Import One', 'Url Import Two'])
  })
})

describe('staff changes while the cloud is unreachable', () => {
  it('create, update and delete go to the outbox (dropped connections or offline) and replay in order when the network is back', async () => {
    const base = await h.staff.create(h.akuvox, draft('Outbox Base', { pinCodes: ['31415'] }))
    const id = base.kind === 'saved' ? base.staffAccessId : ''
    await adminSend(sandboxes, 'POST', '/faults/akuvox', { dropRate: 1 })
    let outboxIds: number[]
    try {
      const create = await h.staff.create(h.akuvox, draft('Outbox Created', { pinCodes: ['27182'] }))
      expect(create).toMatchObject({ kind: 'queued', reason: { code: 'network' } })
      h.online = false
      const update = await h.staff.update(h.akuvox, id, { ...draft('Outbox Renamed', { pinCodes: ['31415'] }), removeFaceUrls: [] })
      const remove = await h.staff.remove(h.akuvox, [id])
      expect(update).toMatchObject({ kind: 'queued', reason: null })
      expect(remove.kind).toBe('queued')
      outboxIds = [create, update].map((o) => (o.kind === 'queued' ? o.outboxId : -1)).concat(remove.kind === 'queued' ? remove.outboxIds : [])
    } finally {
      h.online = true
      await adminSend(sandboxes, 'DELETE', '/faults/akuvox')
    }
    // Nothing reached the cloud yet.
    expect(await named('Outbox Created')).toEqual([])
    expect((await staffById(id))?.name).toBe('Outbox Base')
    expect(h.staff.listing(h.akuvox).pending.map((p) => p.kind)).toEqual(['create', 'update', 'delete'])

    const outcomes = await h.outbox.replay(outboxIds)
    expect(outcomes).toEqual(outboxIds.map((o) => ({ kind: 'applied', id: o })))
    expect(await named('Outbox Created')).toHaveLength(1)
    // The update landed before the delete: the staff access is gone, not renamed and left.
    expect(await staffById(id)).toBeUndefined()
    expect(await named('Outbox Renamed')).toEqual([])
    expect(h.outbox.count(h.akuvox)).toBe(0)
  })
})

describe('a staff create whose answer and lookup were both lost', () => {
  it('is queued as unconfirmed, and its replay finds the one that landed instead of creating a second', async () => {
    await adminSend(sandboxes, 'POST', '/faults/akuvox', {
      script: [
        { kind: 'drop', when: 'after', match: 'manager-commands/create_staff_access_info' },
        ...Array.from({ length: 8 }, () => ({ kind: 'drop', match: 'manager-commands/get_staff_access_list' })),
      ],
    })
    let outcome
    try {
      outcome = await h.staff.create(h.akuvox, draft('Lost Create', { pinCodes: ['86420'] }))
    } finally {
      await adminSend(sandboxes, 'DELETE', '/faults/akuvox')
    }
    expect(outcome).toMatchObject({ kind: 'queued', reason: { code: 'network' } })
    expect(await named('Lost Create')).toHaveLength(1)
    const outboxId = outcome.kind === 'queued' ? outcome.outboxId : -1
    expect(h.outbox.list(h.akuvox).find((e) => e.id === outboxId)?.operation).toMatchObject({ kind: 'akuvox.staff.create', unconfirmed: true })
    expect(await h.outbox.replay([outboxId])).toEqual([{ kind: 'applied', id: outboxId }])
    expect(await named('Lost Create')).toHaveLength(1)
  })
})
