import type { CallResult, CallSpec, TuyaRequester } from './request'
import { TOKEN_CODES, vendorCode } from './errors'
import type { TokenManager } from './token'

/**
 * A business call with a token: on 1010/1011/1012 one refresh-or-new-token, then one retry
 * (the gateway refused before doing anything, so even a write may go again).
 */
export class TuyaApi {
  constructor(
    private readonly requester: TuyaRequester,
    private readonly tokens: TokenManager,
    readonly projectId: string,
  ) {}

  async call(spec: CallSpec): Promise<CallResult> {
    const token = await this.tokens.accessToken(spec.signal)
    try {
      return await this.requester.send(spec, token)
    } catch (error) {
      const code = vendorCode(error)
      if (code === undefined || !TOKEN_CODES.has(code)) throw error
      await this.tokens.recover(code, token, spec.signal)
      return this.requester.send(spec, await this.tokens.accessToken(spec.signal))
    }
  }

  /** Server time as the client estimates it (for reconciling sends). */
  get now(): number {
    return this.requester.serverNow()
  }
}
