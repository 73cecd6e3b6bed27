import type { FetchedFile } from './handlers/context'

const TIMEOUT_MS = 5_000
const MAX_BYTES = 1024 * 1024

/** Downloads an import file (the caller has already checked it is on loopback). */
export async function fetchImportFile(url: URL): Promise<FetchedFile> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' })
    if (!res.ok) return { ok: false, reason: `file download answered HTTP ${res.status}` }
    const bytes = await res.arrayBuffer()
    if (bytes.byteLength > MAX_BYTES) return { ok: false, reason: `file is larger than ${MAX_BYTES} bytes` }
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes) }
  } catch (error) {
    return { ok: false, reason: `file download failed: ${error instanceof Error ? error.message : String(error)}` }
  }
}
