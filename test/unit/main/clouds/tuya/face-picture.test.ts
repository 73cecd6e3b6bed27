import { describe, expect, it } from 'vitest'
import { facePictureRefusal, pictureType } from '../../../../../src/main/clouds/tuya/face-picture'

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
