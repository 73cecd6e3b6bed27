import { type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AppErrorException } from '@shared/errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HttpTransport } from '../../../../../src/main/clouds/http'
import { facePictureRefusal, fetchFacePicture, pictureType } from '../../../../../src/main/clouds/tuya/face-picture'
import { silentLogger } from '../../../../../src/main/log/logger'

/** A loopback "cloud" whose picture answers are scripted by path. */
const answers: Record<string, (res: ServerResponse) => void> = {
  '/jpeg': (res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])),
  '/html': (res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end('<html>sign in</html>'),
  '/big': (res) => res.writeHead(200).end(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(600 * 1024)])),
  '/moved': (res) => res.writeHead(302, { location: 'https://elsewhere.example/face.jpg' }).end(),
  '/gone': (res) => res.writeHead(404).end(),
}
let hits: string[] = []
let base = ''
const server = createServer((req, res) => {
  hits.push(req.url ?? '')
  ;(answers[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(500).end()))(res)
})
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const transport = new HttpTransport({ fetch: (url, init) => fetch(url, init), logger: silentLogger, sleep: async () => undefined })
const refusal = (path: string, from = base) =>
  fetchFacePicture(transport, from, `${base}${path}`).then(
    () => null,
    (e: unknown) => (e as AppErrorException).error,
  )

describe('reading a face picture', () => {
  it('answers the bytes and their type from the bytes themselves, not the server’s Content-Type', async () => {
    const picture = await fetchFacePicture(transport, base, `${base}/jpeg`)
    expect(picture.mime).toBe('image/jpeg')
    expect(Array.from(picture.bytes)).toEqual([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
  })

  it('refuses what is not a picture, what is over 512 KiB, a redirect and a missing picture, each in its own words', async () => {
    expect(await refusal('/html')).toMatchObject({ messageKey: 'errors.facePicture.notPicture' })
    expect(await refusal('/big')).toMatchObject({ messageKey: 'errors.facePicture.tooLarge', params: { kilobytes: 512 } })
    expect(await refusal('/moved')).toMatchObject({ code: 'forbidden', messageKey: 'errors.facePicture.elsewhere' })
    expect(await refusal('/gone')).toMatchObject({ code: 'not_found', messageKey: 'errors.facePicture.gone' })
  })

  it('never calls a host other than the configured cloud’s', async () => {
    hits = []
    expect(await refusal('/jpeg', 'http://127.0.0.1:1')).toMatchObject({ code: 'forbidden', messageKey: 'errors.facePicture.elsewhere' })
    expect(hits).toEqual([])
  })
})

describe('where a face picture may be read from', () => {
  const cloud = 'https://openapi.tuyacn.com'

  it('the configured origin, and https hosts of the cloud’s own domain (a signed picture URL)', () => {
    expect(facePictureRefusal('https://openapi.tuyacn.com/face/a.jpg', cloud)).toBeNull()
    expect(facePictureRefusal('https://images.tuyacn.com/saas/a.jpg?sign=abc', cloud)).toBeNull()
    expect(facePictureRefusal('http://127.0.0.1:4100/face-pictures/a.jpg', 'http://127.0.0.1:4100')).toBeNull()
  })

  it('refuses another host, a look-alike domain, plain http on the domain, credentials in the URL and another loopback port', () => {
    for (const url of [
      'https://evil.example/a.jpg',
      'https://tuyacn.com.evil.example/a.jpg',
      'https://eviltuyacn.com/a.jpg',
      'http://images.tuyacn.com/a.jpg',
      'https://user:pw@images.tuyacn.com/a.jpg',
    ])
      expect(facePictureRefusal(url, cloud), url).toMatchObject({ code: 'forbidden', messageKey: 'errors.facePicture.elsewhere' })
    expect(facePictureRefusal('http://127.0.0.1:9/a.jpg', 'http://127.0.0.1:4100')).toMatchObject({ code: 'forbidden' })
  })

  it('says so when the cloud gave no address at all', () => {
    expect(facePictureRefusal('saas/building/a.jpg', cloud)).toMatchObject({ messageKey: 'errors.facePicture.notAddress' })
  })
})

describe('what the bytes are', () => {
  it('knows JPEG, PNG and WebP by their first bytes and nothing else', () => {
    expect(pictureType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(pictureType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe('image/png')
    expect(pictureType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp')
    expect(pictureType(new TextEncoder().encode('<html>not a picture</html>'))).toBeNull()
    expect(pictureType(new Uint8Array([]))).toBeNull()
  })
})
