import { describe, expect, it } from 'vitest'
import { siteZoneInput } from '../../../../src/shared/ipc/schemas/project'
import { SiteZoneService } from '../../../../src/main/services/project/site-zone-service'
import { ConnectionsRepo } from '../../../../src/main/store/connections-repo'
import { SiteZonesRepo } from '../../../../src/main/store/site-zones-repo'
import { storeWithConnection } from '../../../helpers/store'

const SCOPE = { connectionId: 'c1', projectId: 'p1' }

function service(laptop = 'America/New_York') {
  const db = storeWithConnection('fk-zone-')
  let clock = 1_000
  const connections = new ConnectionsRepo(db)
  const zones = new SiteZoneService({ zones: new SiteZonesRepo(db), connections, laptopZone: () => laptop, now: () => clock++ })
  return { db, connections, zones }
}

describe('the site time zone of a project', () => {
  it('is none until set, with the laptop zone proposed; a cloud region adds its own zone first', () => {
    const { zones, connections } = service()
    expect(zones.view(SCOPE)).toEqual({ siteZone: null, suggestions: [{ source: 'laptop', zone: 'America/New_York' }] })
    const c1 = connections.get('c1')
    if (!c1) throw new Error('c1')
    connections.update({ ...c1, server: { kind: 'region', region: 'cn' }, baseUrl: 'https://api.ccloud.akubela.com' })
    expect(zones.view(SCOPE).suggestions).toEqual([
      { source: 'region', zone: 'Asia/Shanghai', regionLabelKey: 'akuvox.cn' },
      { source: 'laptop', zone: 'America/New_York' },
    ])
  })

  it('is kept per project, and the settled clock change is forgotten when the zone changes', () => {
    const { zones } = service()
    expect(zones.set(SCOPE, 'Europe/Berlin')).toEqual({ zone: 'Europe/Berlin', setAt: 1_000, clockChangeSettledAt: null })
    expect(zones.view({ ...SCOPE, projectId: 'p2' }).siteZone).toBeNull()
    expect(zones.settleClockChange(SCOPE, 5_000).clockChangeSettledAt).toBe(5_000)
    expect(zones.settleClockChange(SCOPE, 4_000).clockChangeSettledAt).toBe(5_000)
    expect(zones.set(SCOPE, 'Europe/Berlin').clockChangeSettledAt).toBe(5_000)
    expect(zones.set(SCOPE, 'Asia/Shanghai')).toMatchObject({ zone: 'Asia/Shanghai', clockChangeSettledAt: null })
  })

  it('cannot settle a clock change before a zone is set', () => {
    const { zones } = service()
    expect(() => zones.settleClockChange(SCOPE, 5_000)).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'not_found' }) }))
  })

  it('goes with its connection', () => {
    const { zones, connections, db } = service()
    zones.set(SCOPE, 'Asia/Shanghai')
    connections.delete('c1')
    expect(db.get('SELECT count(*) AS n FROM site_zones')).toEqual({ n: 0 })
  })

  it('takes only zones the runtime knows, in their canonical spelling', () => {
    expect(siteZoneInput.parse({ ...SCOPE, connectionId: '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70', zone: 'asia/shanghai' }).zone).toBe('Asia/Shanghai')
    for (const zone of ['Mars/Olympus', '+08:00', '', 'UTC+8']) {
      expect(siteZoneInput.safeParse({ connectionId: '6f1c1d34-2a0b-4e56-9a1e-2b3c4d5e6f70', projectId: 'p1', zone }).success, zone).toBe(false)
    }
  })
})
