import { describe, expect, it } from 'vitest'
import { camelDeep, camelKey, snakeDeep, snakeKey } from '../../../../../src/main/clouds/tuya/case'
import { decodeCode } from '../../../../../src/main/clouds/tuya/codes'
import { parseEnvelope } from '../../../../../src/main/clouds/tuya/envelope'
import { THROTTLE_CODES, TOKEN_CODES, tuyaError } from '../../../../../src/main/clouds/tuya/errors'
import { iteratePages } from '../../../../../src/main/clouds/tuya/paging'
import { queryValues, wireQuery } from '../../../../../src/main/clouds/tuya/query'
import {
  TUYA_TASK_OUTCOME_FILTER_CODES,
  TUYA_TASK_OUTCOME_RESULT_CODES,
  TUYA_TASK_PROGRESS_FILTER_CODES,
  TUYA_TASK_PROGRESS_RESULT_CODES,
} from '../../../../../src/shared/domain/tuya'
import { SHARED_STRINGS, type StringTree } from '../../../../../src/shared/i18n/shared-strings'
import type { TuyaPage } from '../../../../../src/shared/domain/tuya'

describe('Tuya casing', () => {
  it('converts keys both ways, deeply, leaving values alone', () => {
    expect(camelKey('access_control_channel_id')).toBe('accessControlChannelId')
    expect(camelKey('i18n_code')).toBe('i18nCode')
    expect(snakeKey('recordListVOList')).toBe('record_list_v_o_list')
    expect(camelKey(snakeKey('recordListVOList'))).toBe('recordListVOList')
    const wire = { result: { list: [{ person_id: '1', cert_type: '_', structure_ids: ['a_b'] }], has_more: true } }
    expect(camelDeep(wire)).toEqual({ result: { list: [{ personId: '1', certType: '_', structureIds: ['a_b'] }], hasMore: true } })
    expect(snakeDeep(camelDeep(wire))).toEqual(wire)
  })
})

describe('Tuya query string', () => {
  it('snake_cases names, joins arrays with commas, drops absent values, encodes only on the wire', () => {
    const values = queryValues({ projectId: 'p', channelIds: ['a', 'b'], name: 'Ana Novak', page: 2, containSub: false, email: undefined })
    expect(values).toEqual({ project_id: 'p', channel_ids: 'a,b', name: 'Ana Novak', page: '2', contain_sub: 'false' })
    expect(wireQuery(values)).toBe('?channel_ids=a%2Cb&contain_sub=false&name=Ana%20Novak&page=2&project_id=p')
  })
})

describe('Tuya envelope', () => {
  it('reads success and failure shapes, numeric or string codes and t', () => {
    expect(parseEnvelope('{"success":true,"result":{"a":1},"t":1,"tid":"x"}')).toEqual({ success: true, result: { a: 1 }, t: 1, tid: 'x' })
    expect(parseEnvelope('{"code":1010,"msg":"token invalid","success":false,"t":"2","tid":"y"}')).toEqual({
      success: false,
      code: '1010',
      msg: 'token invalid',
      t: 2,
      tid: 'y',
    })
    expect(parseEnvelope('<html>bad gateway</html>')).toBeNull()
    expect(parseEnvelope('{"nope":1}')).toBeNull()
  })
})

describe('Tuya error codes', () => {
  it('maps each documented code to an AppError with the vendor code and tid', () => {
    expect(tuyaError('1004', 'sign invalid', 't1')).toMatchObject({
      code: 'auth',
      messageKey: 'errors.tuya.1004',
      retryable: false,
      vendor: { vendor: 'tuya', code: '1004', requestId: 't1' },
    })
    expect(tuyaError('1013', 'x', undefined)).toMatchObject({ code: 'clock_skew', messageKey: 'errors.tuya.1013' })
    expect(tuyaError('1106', 'x', undefined)).toMatchObject({ code: 'forbidden', messageKey: 'errors.tuya.1106' })
    expect(tuyaError('1108', 'x', undefined)).toMatchObject({ code: 'forbidden', messageKey: 'errors.tuya.1108' })
    for (const code of ['1110', '1111', '1112'])
      expect(tuyaError(code, 'x', undefined)).toMatchObject({ code: 'rate_limited', messageKey: 'errors.tuya.1110', retryable: true })
    expect(tuyaError('1109', 'param is illegal', undefined)).toMatchObject({ code: 'invalid_input', params: { detail: 'param is illegal' } })
    expect(tuyaError('99999', 'new', undefined)).toMatchObject({ code: 'server', retryable: false })
    expect([...TOKEN_CODES]).toEqual(['1010', '1011', '1012'])
    expect(THROTTLE_CODES.has('1110')).toBe(true)
  })

  it('has English and Chinese text for every Tuya message key', () => {
    const keys = [
      '1004',
      'token',
      '1013',
      '1106',
      '1108',
      '1110',
      '1114',
      '2001',
      'quota',
      'dataCenter',
      'param',
      'outcomeUnknown',
      'unexpectedAnswer',
      'wrongServer',
    ].map((k) => `errors.tuya.${k}`)
    for (const language of ['en', 'zh-CN'] as const) {
      const tuya = (SHARED_STRINGS[language].errors as StringTree).tuya as StringTree
      expect(
        Object.keys(tuya)
          .map((k) => `errors.tuya.${k}`)
          .sort(),
        language,
      ).toEqual([...keys].sort())
    }
  })
})

describe('Tuya task enums: the same state, two numberings', () => {
  it('decodes results by the result enum and encodes filters by the filter enum', () => {
    expect(decodeCode(TUYA_TASK_PROGRESS_RESULT_CODES, 4)).toEqual({ known: true, value: 'completed', code: 4 })
    expect(TUYA_TASK_PROGRESS_FILTER_CODES.completed).toBe(1)
    expect(decodeCode(TUYA_TASK_OUTCOME_RESULT_CODES, 2)).toEqual({ known: true, value: 'succeeded', code: 2 })
    expect(TUYA_TASK_OUTCOME_FILTER_CODES.succeeded).toBe(1)
    expect(decodeCode(TUYA_TASK_OUTCOME_RESULT_CODES, 9)).toEqual({ known: false, code: 9 })
  })
})

describe('Tuya paging', () => {
  const pages = (total: number, pageSize: number, log: number[], active: { now: number; max: number }) => async (p: { page: number; pageSize: number }) => {
    log.push(p.page)
    active.now++
    active.max = Math.max(active.max, active.now)
    await new Promise((r) => setTimeout(r, 1))
    active.now--
    const start = (p.page - 1) * pageSize
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => start + i)
    return { items, total, hasMore: start + pageSize < total, page: p.page, pageSize } satisfies TuyaPage<number>
  }

  it('yields every page in order with bounded concurrency', async () => {
    const log: number[] = []
    const active = { now: 0, max: 0 }
    const seen: number[] = []
    for await (const page of iteratePages(pages(23, 5, log, active), { pageSize: 5, concurrency: 2 })) seen.push(...page.items)
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => i))
    expect(log.sort()).toEqual([1, 2, 3, 4, 5])
    expect(active.max).toBeLessThanOrEqual(2)
  })

  it('stops at the first page when it says there is no more', async () => {
    const log: number[] = []
    for await (const page of iteratePages(pages(3, 5, log, { now: 0, max: 0 }), { pageSize: 5 })) expect(page.items).toHaveLength(3)
    expect(log).toEqual([1])
  })
})
