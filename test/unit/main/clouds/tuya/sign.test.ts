import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex, signRequest, stringToSign } from '../../../../../src/main/clouds/tuya/sign'
import { expectedSign } from '@fieldkey/sandbox/tuya/signature'

// docs/clouds.md#tuya-signing-test-vectors: the values of Tuya's signing page and the signs public test suites assert.
const V = {
  clientId: '1KAD46OrT9HafiKdsXeg',
  secret: '4OHBOnWOqaEC1mWXOpVL3yV50s0qGSRC',
  t: '1588925778000',
  nonce: '5138cc3a9033d69856923fd07b491173',
  accessToken: '3f4eda2bdec17232f67c0b188af3eec1',
  signedHeaders: [
    ['area_id', '29a33e8796834b1efa6'],
    ['call_id', '8afdb70ab2ed11eb85290242ac130003'],
  ] as const,
}
const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

const token = { method: 'GET', path: '/v1.0/token', query: { grant_type: '1' }, body: '' }
const business = { method: 'GET', path: '/v2.0/apps/schema/users', query: { page_size: '50', page_no: '1' }, body: '' }

describe('Tuya signer: published vectors', () => {
  it('hashes an empty body as empty and `{}` as its own bytes', () => {
    expect(sha256Hex('')).toBe(EMPTY_SHA)
    expect(sha256Hex('{}')).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a')
  })

  it('builds the documented stringToSign with signature headers', () => {
    expect(stringToSign({ ...token, signedHeaders: V.signedHeaders })).toBe(
      `GET\n${EMPTY_SHA}\narea_id:29a33e8796834b1efa6\ncall_id:8afdb70ab2ed11eb85290242ac130003\n\n/v1.0/token?grant_type=1`,
    )
  })

  it('token API with Signature-Headers', () => {
    expect(signRequest({ ...V, ...token, accessToken: undefined })).toBe('9E48A3E93B302EEECC803C7241985D0A34EB944F40FB573C7B5C2A82158AF13E')
  })

  it('business API with Signature-Headers (query sorted by the signer)', () => {
    expect(signRequest({ ...V, ...business })).toBe('AE4481C692AA80B25F3A7E12C3A5FD9BBF6251539DD78E565A1A72A508A88784')
  })

  it('token API without signature headers', () => {
    expect(signRequest({ ...V, ...token, signedHeaders: [], accessToken: undefined })).toBe('3206F74CBFC2869794FD3013C44F18166BE22AB1FB5FF66F513212264F67F681')
  })

  it('business API without signature headers', () => {
    expect(signRequest({ ...V, ...business, signedHeaders: undefined })).toBe('F858D3153DBD4FFA94D59D56B00E2945430F33F0403B8BE575F3A13B1F2D3B47')
  })

  it('legacy vector from the Node SDK (HMAC primitive and upper-case hex)', () => {
    const legacy = createHmac('sha256', 'this-is-mock-secretKey')
      .update('this-is-mock-accessKey' + 'c5b8e7f847d1382d242e90a93be291cc' + '1615274964146')
      .digest('hex')
      .toUpperCase()
    expect(legacy).toBe('625F3177068C99E176760A64D598D0D6066798B19C2C5C374A424D4CE7E277FA')
  })

  it("the sandbox's independent verifier reproduces the same vectors from a received request", () => {
    const headers = { 'signature-headers': 'area_id:call_id', area_id: '29a33e8796834b1efa6', call_id: '8afdb70ab2ed11eb85290242ac130003' }
    const empty = Buffer.alloc(0)
    expect(expectedSign({ method: 'GET', target: '/v1.0/token?grant_type=1', headers, body: empty }, V.clientId, V.secret, '', V.t, V.nonce)).toBe(
      '9E48A3E93B302EEECC803C7241985D0A34EB944F40FB573C7B5C2A82158AF13E',
    )
    expect(
      expectedSign(
        { method: 'GET', target: '/v2.0/apps/schema/users?page_size=50&page_no=1', headers, body: empty },
        V.clientId,
        V.secret,
        V.accessToken,
        V.t,
        V.nonce,
      ),
    ).toBe('AE4481C692AA80B25F3A7E12C3A5FD9BBF6251539DD78E565A1A72A508A88784')
    expect(
      expectedSign(
        { method: 'GET', target: '/v2.0/apps/schema/users?page_no=1&page_size=50', headers: {}, body: empty },
        V.clientId,
        V.secret,
        V.accessToken,
        V.t,
        V.nonce,
      ),
    ).toBe('F858D3153DBD4FFA94D59D56B00E2945430F33F0403B8BE575F3A13B1F2D3B47')
  })

  it('signs decoded query values and changes with every input', () => {
    const base = { ...V, method: 'POST', path: '/p', query: { name: 'Ana Novak' }, body: '{"a":1}', signedHeaders: [] }
    const sign = signRequest(base)
    expect(stringToSign(base).endsWith('/p?name=Ana Novak')).toBe(true)
    for (const changed of [
      { body: '{"a":2}' },
      { query: { name: 'Ana Novac' } },
      { t: '1588925778001' },
      { nonce: 'x' },
      { accessToken: 'other' },
      { method: 'PUT' },
    ]) {
      expect(signRequest({ ...base, ...changed })).not.toBe(sign)
    }
  })
})
