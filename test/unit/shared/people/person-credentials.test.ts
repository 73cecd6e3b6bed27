import { describe, expect, it } from 'vitest'
import { certTypeChoice } from '../../../../src/shared/people/cert-types'
import { personDoorsOf } from '../../../../src/shared/people/person-doors'
import { biometricsOf, faceStatus } from '../../../../src/shared/people/person-face'
import { auth, bad, info, ok, record } from '../../../fixtures/sends'

const face = { imagePath: 'saas/building/building_faceImg/a.jpg', imageUrl: 'https://x.example/a.jpg', checked: true, imageRating: 87.26, pass: true }

describe('a person’s face in the installer’s terms', () => {
  it('no picture is no face, whatever the rating fields say', () => {
    expect(faceStatus({ ...face, imagePath: '', imageUrl: '', imageRating: 90 })).toEqual({ kind: 'none' })
  })

  it('a checked picture passed or failed by the cloud, with its rating rounded to one place', () => {
    expect(faceStatus(face)).toEqual({ kind: 'enrolled', rating: 87.3, verdict: 'passed' })
    expect(faceStatus({ ...face, pass: false })).toEqual({ kind: 'enrolled', rating: 87.3, verdict: 'failed' })
  })

  it('an unchecked picture is "not checked" even when `pass` is false, and a zero rating is no rating', () => {
    expect(faceStatus({ ...face, checked: false, pass: false, imageRating: 0 })).toEqual({ kind: 'enrolled', rating: null, verdict: 'notChecked' })
  })
})

describe('biometrics from the `feature` string', () => {
  it('reads any separator and case, counts words it has no name for instead of showing them', () => {
    expect(biometricsOf({ feature: 'Fingerprint; palm,FACE', imagePath: '', imageUrl: '' })).toEqual({ kinds: ['face', 'fingerprint'], others: 1 })
  })

  it('a face picture is a face even when `feature` is empty or the placeholder', () => {
    expect(biometricsOf({ feature: '_', imagePath: 'a.jpg', imageUrl: '' })).toEqual({ kinds: ['face'], others: 0 })
    expect(biometricsOf({ feature: '', imagePath: '', imageUrl: '' })).toEqual({ kinds: [], others: 0 })
  })
})

describe('certificate types', () => {
  it('the placeholder and blanks are none; listed codes are chosen; others are kept as the cloud has them', () => {
    expect(certTypeChoice('_')).toEqual({ kind: 'none' })
    expect(certTypeChoice(' ')).toEqual({ kind: 'none' })
    expect(certTypeChoice('ID_CARD_CN')).toEqual({ kind: 'listed', type: 'ID_CARD_CN' })
    expect(certTypeChoice('PASSPORT')).toEqual({ kind: 'listed', type: 'PASSPORT' })
    expect(certTypeChoice('1')).toEqual({ kind: 'unlisted', code: '1' })
  })
})

describe('a person’s doors', () => {
  const lobby = auth({
    personId: 'p1',
    name: 'Li Na',
    accessControlChannelId: 'ch-lobby',
    accessControlChannelName: 'Lobby',
    totalCardNum: 2,
    authCardNum: 1,
    cardIssueStatus: 'pending',
    totalFaceNum: 1,
    authFaceNum: 1,
  })
  const garage = auth({
    personId: 'p1',
    name: 'Li Na',
    accessControlChannelId: 'ch-garage',
    accessControlChannelName: 'Garage',
    authEndTime: 1_800_000_000_000,
  })

  it('lists each permission by door name, permanent ones without an end, with per-credential counts and issue state', () => {
    const doors = personDoorsOf([lobby, garage], new Map())
    expect(doors.map((d) => [d.channelName, d.validUntil])).toEqual([
      ['Garage', 1_800_000_000_000],
      ['Lobby', null],
    ])
    expect(doors[1]?.credentials).toEqual([
      { credential: 'card', held: 2, allowed: 1, issue: 'pending' },
      { credential: 'face', held: 1, allowed: 1, issue: 'sent' },
      { credential: 'fingerprint', held: 0, allowed: 0, issue: 'sent' },
    ])
    expect(doors.every((d) => d.lastSend === null)).toBe(true)
  })

  it('the latest send to a door gives one result per credential type; types outside its policy are "not sent"', () => {
    const rec = record('p1', 'Li Na', 'failed')
    const sends = new Map([
      [
        'ch-lobby',
        {
          taskId: 't9',
          startedAt: 100,
          finishedAt: 200,
          record: rec,
          info: info(rec.authTaskRecordId, { card: ok(), face: bad() }),
          policy: 'cardFace' as const,
        },
      ],
    ])
    const [, lobbyDoor] = personDoorsOf([lobby, garage], sends)
    expect(lobbyDoor?.lastSend).toMatchObject({ taskId: 't9', finishedAt: 200, cells: { card: 'succeeded', face: 'failed', password: 'notSent' } })
  })

  it('without issue info a settled record gives its state to the credentials the policy carried', () => {
    const rec = record('p1', 'Li Na', 'succeeded')
    const [door] = personDoorsOf(
      [lobby],
      new Map([['ch-lobby', { taskId: 't1', startedAt: 1, finishedAt: 2, record: rec, info: null, policy: 'card' as const }]]),
    )
    expect(door?.lastSend?.cells).toEqual({ card: 'succeeded', face: 'notSent', password: 'notSent' })
  })
})
