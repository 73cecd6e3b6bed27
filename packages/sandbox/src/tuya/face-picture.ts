import { deflateSync } from 'node:zlib'

/**
 * Face pictures the sandbox serves at `GET /face-pictures/<imagePath>` on its own origin, as a
 * signed picture URL on the cloud's domain would be: no Tuya signature needed. Each is a small
 * PNG (a face on a coloured ground) drawn from the image path, so a changed picture looks
 * different. The seed gives `imageUrl` without saying where it points; docs/clouds.md.
 */
export const FACE_PICTURE_PREFIX = '/face-pictures/'

/** The picture URL a person with this image path is answered with. */
export function facePictureUrl(origin: string, imagePath: string): string {
  return imagePath ? `${origin}${FACE_PICTURE_PREFIX}${imagePath.split('/').map(encodeURIComponent).join('/')}` : ''
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

const SIZE = 96

/** A PNG of a simple face, its colours from `key`. */
export function facePicturePng(key: string): Buffer {
  const h = hash(key)
  const ground = [140 + (h & 0x3f), 160 + ((h >> 6) & 0x3f), 180 + ((h >> 12) & 0x3f)]
  const skin = [225 - ((h >> 18) & 0x3f), 190 - ((h >> 20) & 0x3f), 160 - ((h >> 22) & 0x3f)]
  const dark = [50, 40, 35]
  const rows: Buffer[] = []
  const c = SIZE / 2
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 3)
    for (let x = 0; x < SIZE; x++) {
      const inHead = (x - c) ** 2 / 30 ** 2 + (y - c + 4) ** 2 / 36 ** 2 <= 1
      const eye = (x - c + 11) ** 2 + (y - c + 8) ** 2 <= 16 || (x - c - 11) ** 2 + (y - c + 8) ** 2 <= 16
      const mouth = Math.abs(y - (c + 16)) <= 1 && Math.abs(x - c) <= 10
      const colour = inHead ? (eye || mouth ? dark : skin) : ground
      row.set(colour, 1 + x * 3)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
