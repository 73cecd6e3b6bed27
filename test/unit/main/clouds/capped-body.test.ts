import { describe, expect, it } from 'vitest'
import { readCapped, readCappedBytes } from '../../../../src/main/clouds/capped-body'

/** A body of `chunks` × `size` bytes made on demand; counts the chunks pulled and the cancel. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled >= chunks) return controller.close()
        seen.pulled++
        controller.enqueue(new Uint8Array(size).fill(0x61))
      },
      cancel() {
        seen.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { response: new Response(stream, { headers }), seen }
}

describe('readCapped', () => {
  it('reads a body within the cap as text, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('{"name":"门禁 — Tür"}')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]))
        controller.close()
      },
    })
    expect(await readCapped(new Response(stream), 1024)).toEqual({ ok: true, text: '{"name":"门禁 — Tür"}' })
  })

  it('stops at the first chunk past the cap and cancels the rest', async () => {
    const { response, seen } = streamed(1000, 1024)
    expect(await readCapped(response, 10 * 1024)).toEqual({ ok: false, bytes: 11 * 1024, declared: false })
    expect(seen).toEqual({ pulled: 11, cancelled: true })
  })

  it('accepts a body exactly at the cap', async () => {
    const { response } = streamed(4, 256)
    expect(await readCapped(response, 1024)).toMatchObject({ ok: true })
  })

  it('refuses a declared Content-Length over the cap without reading a byte', async () => {
    const { response, seen } = streamed(1000, 1024, { 'content-length': String(1000 * 1024) })
    expect(await readCapped(response, 10 * 1024)).toEqual({ ok: false, bytes: 1000 * 1024, declared: true })
    expect(seen).toEqual({ pulled: 0, cancelled: true })
  })

  it('reads an answer without a body as empty text', async () => {
    expect(await readCapped(new Response(null, { status: 204 }), 10)).toEqual({ ok: true, text: '' })
  })
})

describe('readCappedBytes', () => {
  it('joins the chunks of a body within the cap, byte for byte', async () => {
    const { response } = streamed(3, 4)
    const read = await readCappedBytes(response, 12)
    expect(read.ok && Array.from(read.bytes)).toEqual(new Array(12).fill(0x61))
  })

  it('stops at the first chunk past the cap and cancels the rest', async () => {
    const { response, seen } = streamed(1000, 1024)
    expect(await readCappedBytes(response, 2 * 1024)).toEqual({ ok: false, bytes: 3 * 1024, declared: false })
    expect(seen).toEqual({ pulled: 3, cancelled: true })
  })

  it('refuses a declared Content-Length over the cap without reading a byte', async () => {
    const { response, seen } = streamed(10, 1024, { 'content-length': String(10 * 1024) })
    expect(await readCappedBytes(response, 1024)).toEqual({ ok: false, bytes: 10 * 1024, declared: true })
    expect(seen.pulled).toBe(0)
  })
})
