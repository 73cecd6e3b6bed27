import { describe, expect, it } from 'vitest'
import { AppErrorException, appError } from '../../../../../src/shared/errors'
import {
  type ConnectionFacts,
  NO_FACTS,
  SIGNED_OUT,
  classifyCall,
  deriveState,
  recordOutcome,
  sameState,
} from '../../../../../src/main/services/connections/connection-state'

const ONLINE = { online: true, since: 0 }
const fail = (code: Parameters<typeof appError>[0]) => new AppErrorException(appError(code))

function after(...calls: Array<[unknown, number]>): ConnectionFacts {
  return calls.reduce<ConnectionFacts>((facts, [error, at]) => {
    const outcome = classifyCall(error, at)
    return outcome ? recordOutcome(facts, outcome) : facts
  }, NO_FACTS)
}

describe('a connection state from the outcome of its calls', () => {
  it('before any call: not checked yet with saved tokens, signed out without', () => {
    expect(deriveState(NO_FACTS, ONLINE, true)).toEqual({ kind: 'unchecked' })
    expect(deriveState(NO_FACTS, ONLINE, false)).toEqual({ kind: 'signedOut' })
  })

  it('a call that did not reach the cloud makes it unreachable, since the first of a run of such calls', () => {
    const facts = after([null, 10], [fail('network'), 20], [fail('timeout'), 30])
    expect(deriveState(facts, ONLINE, true)).toMatchObject({ kind: 'unreachable', since: 20, at: 30, error: { code: 'timeout' } })
  })

  it('the next answer, even a refusal of the request itself, makes it signed in again', () => {
    expect(deriveState(after([fail('server'), 20], [null, 40]), ONLINE, true)).toEqual({ kind: 'signedIn', at: 40 })
    expect(deriveState(after([fail('server'), 20], [fail('not_found'), 40]), ONLINE, true)).toEqual({ kind: 'signedIn', at: 40 })
    // A new run of failures starts its own "since".
    expect(deriveState(after([fail('server'), 20], [null, 40], [fail('network'), 50]), ONLINE, true)).toMatchObject({ kind: 'unreachable', since: 50 })
  })

  it('a refused sign-in is shown as such, and outranks the network being gone', () => {
    const facts = after([null, 10], [fail('auth'), 20])
    expect(deriveState(facts, ONLINE, true)).toMatchObject({ kind: 'refused', at: 20, error: { code: 'auth' } })
    expect(deriveState(facts, { online: false, since: 30 }, true)).toMatchObject({ kind: 'refused' })
  })

  it('with no network every other state reads "offline" since the network went', () => {
    for (const facts of [NO_FACTS, after([null, 10]), after([fail('network'), 10])]) {
      expect(deriveState(facts, { online: false, since: 25 }, true)).toEqual({ kind: 'offline', since: 25 })
    }
  })

  it('signing out wins over everything; a later answer clears it', () => {
    expect(deriveState(SIGNED_OUT, { online: false, since: 1 }, true)).toEqual({ kind: 'signedOut' })
    const outcome = classifyCall(null, 5)
    expect(outcome).not.toBeNull()
    expect(deriveState(recordOutcome(SIGNED_OUT, outcome!), ONLINE, true)).toEqual({ kind: 'signedIn', at: 5 })
  })

  it('a cancelled call or our own failure says nothing about the cloud', () => {
    expect(classifyCall(fail('cancelled'), 1)).toBeNull()
    expect(classifyCall(new Error('a bug'), 1)).toBeNull()
    expect(deriveState(after([null, 10], [fail('cancelled'), 20]), ONLINE, true)).toEqual({ kind: 'signedIn', at: 10 })
  })

  it('an address that answers but is not the cloud counts as the cloud not reached', () => {
    expect(classifyCall(fail('not_a_cloud'), 1)?.kind).toBe('unreachable')
    expect(classifyCall(fail('redirect_refused'), 1)?.kind).toBe('unreachable')
    expect(classifyCall(fail('clock_skew'), 1)?.kind).toBe('refused')
  })

  it('a newer answer is not news; a change of kind or of the run of failures is', () => {
    expect(sameState({ kind: 'signedIn', at: 1 }, { kind: 'signedIn', at: 2 })).toBe(true)
    const e = appError('network')
    expect(sameState({ kind: 'unreachable', since: 1, at: 1, error: e }, { kind: 'unreachable', since: 1, at: 9, error: e })).toBe(true)
    expect(sameState({ kind: 'unreachable', since: 1, at: 1, error: e }, { kind: 'unreachable', since: 5, at: 5, error: e })).toBe(false)
    expect(sameState({ kind: 'signedIn', at: 1 }, { kind: 'offline', since: 1 })).toBe(false)
  })
})
