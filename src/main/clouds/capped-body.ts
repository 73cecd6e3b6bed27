export type CappedRead =
  | { readonly ok: true; readonly text: string }
  /** `bytes`: what Content-Length declared, or what was read before stopping. */
  | { readonly ok: false; readonly bytes: number; readonly declared: boolean }

/**
 * Reads an answer's body as text, stopping (and cancelling the stream, which ends the
 * connection) as soon as it passes `maxBytes`. A declared Content-Length over the cap is refused
 * before anything is read.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<CappedRead> {
  const declared = Number(response.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    return { ok: false, bytes: declared, declared: true }
  }
  if (!response.body) return { ok: true, text: '' }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return { ok: true, text: text + decoder.decode() }
    bytes += value.byteLength
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, bytes, declared: false }
    }
    text += decoder.decode(value, { stream: true })
  }
}

export type CappedBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly bytes: number; readonly declared: boolean }

/** `readCapped` for a binary answer: the bytes as they came, up to `maxBytes`. */
export async function readCappedBytes(response: Response, maxBytes: number): Promise<CappedBytes> {
  const declared = Number(response.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    return { ok: false, bytes: declared, declared: true }
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array(0) }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, bytes, declared: false }
    }
    chunks.push(value)
  }
  const out = new Uint8Array(bytes)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return { ok: true, bytes: out }
}
