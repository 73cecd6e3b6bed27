import type { NetworkState } from '@shared/domain/app-info'
import type { ConnectionState } from '@shared/domain/connection'
import { type ConnectionFacts, NO_FACTS, SIGNED_OUT, classifyCall, deriveState, recordOutcome, sameState } from './connection-state'

/**
 * The one place a connection's state comes from: the outcome of its cloud calls as they finish,
 * and the network monitor. Says `onNews` when what an installer would read has changed.
 */
export class ConnectionStatusBook {
  private readonly facts = new Map<string, ConnectionFacts>()
  private readonly shown = new Map<string, ConnectionState>()

  constructor(
    private readonly network: () => NetworkState,
    private readonly now: () => number,
    private readonly onNews: () => void,
  ) {}

  /** A call of the connection ended: `error` null for success. */
  record(id: string, error: unknown): void {
    const outcome = classifyCall(error, this.now())
    if (!outcome) return
    this.facts.set(id, recordOutcome(this.facts.get(id) ?? NO_FACTS, outcome))
    this.tell(id)
  }

  signedOut(id: string): void {
    this.facts.set(id, SIGNED_OUT)
    this.tell(id)
  }

  forget(id: string): void {
    this.facts.delete(id)
    this.shown.delete(id)
  }

  /** The network came or went: every connection's state may read differently. */
  networkChanged(): void {
    if (this.facts.size > 0 || this.shown.size > 0) this.onNews()
  }

  /** The state to show now; `hasTokens` tells "not checked yet" from "signed out" before any call. */
  state(id: string, hasTokens: boolean): ConnectionState {
    const state = deriveState(this.facts.get(id) ?? NO_FACTS, this.network(), hasTokens)
    this.shown.set(id, state)
    return state
  }

  private tell(id: string): void {
    const before = this.shown.get(id)
    const after = deriveState(this.facts.get(id) ?? NO_FACTS, this.network(), true)
    if (before && sameState(before, after)) return
    this.shown.set(id, after)
    this.onNews()
  }
}
