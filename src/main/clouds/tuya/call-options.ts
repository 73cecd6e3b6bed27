/** Options every client method takes. */
export interface CallOptions {
  readonly signal?: AbortSignal
}
