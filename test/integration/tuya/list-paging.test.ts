import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { type TuyaHarness, collect, startTuyaHarness } from '../../helpers/tuya'

/**
 * The sandbox keeps each list query's filtered result until the site changes (so paging a large
 * list is not quadratic). These check the cache is invisible: a warm page equals the same page
 * read cold from an identical site, and every change shows on the next read.
 */
let warm: TuyaHarness

beforeAll(async () => {
  warm = await startTuyaHarness({ scale: 60 })
})
afterAll(() => warm.close())

describe('Tuya sandbox list paging', () => {
  it('a page read after the ones before it equals the same page read first', async () => {
    // Same seed and a stopped clock: two identical sites of this test's own (the other tests
    // change theirs), one read page after page (warm), one asked for a later page first (cold).
    const at = Date.now()
    const clock = { now: () => at }
    const [warm, cold] = await Promise.all([startTuyaHarness({ scale: 60, clock }), startTuyaHarness({ scale: 60, clock })])
    onTestFinished(() => Promise.all([warm.close(), cold.close()]).then(() => undefined))
    // Each site serves face pictures from its own address; the rest of a person is the same.
    const sameSite = (page: Awaited<ReturnType<typeof warm.client.listPersons>>) => ({
      ...page,
      items: page.items.map((person) => ({ ...person, imageUrl: person.imageUrl && new URL(person.imageUrl).pathname })),
    })
    for (const page of [1, 2, 3]) {
      const persons = sameSite(await warm.client.listPersons({ page, pageSize: 7 }))
      const auths = await warm.client.listAccessAuth({ page, pageSize: 7 })
      const channels = await warm.client.listChannels({ page, pageSize: 7 })
      if (page < 3) continue
      expect(sameSite(await cold.client.listPersons({ page, pageSize: 7 }))).toEqual(persons)
      expect(await cold.client.listAccessAuth({ page, pageSize: 7 })).toEqual(auths)
      expect(await cold.client.listChannels({ page, pageSize: 7 })).toEqual(channels)
    }
  })

  it('small pages put together equal one page of everything, for filtered lists too', async () => {
    const everyone = await warm.client.listPersons({ pageSize: 1000 })
    expect(await collect(warm.client.iteratePersons({}, { pageSize: 9, concurrency: 3 }))).toEqual(everyone.items)
    const enabled = await warm.client.listPersons({ enabled: true, pageSize: 1000 })
    expect(enabled.total).toBeLessThan(everyone.total)
    expect(await collect(warm.client.iteratePersons({ enabled: true }, { pageSize: 9, concurrency: 3 }))).toEqual(enabled.items)
    const auths = await warm.client.listAccessAuth({ pageSize: 1000 })
    expect(await collect(warm.client.iterateAccessAuth({}, { pageSize: 11, concurrency: 3 }))).toEqual(auths.items)
  })

  it('a change to the site shows on the next read of a list already paged', async () => {
    const before = await warm.client.listPersons({ enabled: true, pageSize: 1000 })
    const [first] = before.items
    if (!first) throw new Error('no enabled person')
    await warm.client.disablePersons([first.personId])
    const after = await warm.client.listPersons({ enabled: true, pageSize: 1000 })
    expect(after.total).toBe(before.total - 1)
    expect(after.items.map((p) => p.personId)).not.toContain(first.personId)
    await warm.client.addPerson({ name: 'Paged Later', personCode: 'PAGED-1' })
    expect((await warm.client.listPersons({ pageSize: 1000 })).items.map((p) => p.personCode)).toContain('PAGED-1')
  })

  it('an admin device switch shows at once in the channel list and its status filter', async () => {
    const [channel] = (await warm.client.listChannels({ pageSize: 1 })).items
    if (!channel) throw new Error('no channel')
    warm.sandbox.control.setDeviceOnline(channel.deviceId, false)
    expect((await warm.client.listChannels({ pageSize: 1 })).items[0]?.online).toBe(false)
    expect((await collect(warm.client.iterateChannels({ online: false }))).map((c) => c.channelId)).toContain(channel.channelId)
    warm.sandbox.control.setDeviceOnline(channel.deviceId, true)
    expect((await collect(warm.client.iterateChannels({ online: false }))).map((c) => c.channelId)).not.toContain(channel.channelId)
  })
})
