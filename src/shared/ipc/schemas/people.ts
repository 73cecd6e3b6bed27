import { z } from 'zod'
import { jsonBytes } from '../limits'
import { intentKey } from './intent'
import { projectScope } from './project'

const id = z.string().trim().min(1).max(100)
const text = (max: number) => z.string().trim().max(max)

const MAX_STAFF_NAME = 64
export const MAX_BULK_ROWS = 50_000
const MAX_DELETE_BATCH = 500

/** Floors are numbers, as the staff editor and the import file give them. */
const floor = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,2}$/)
const floorAccess = z.object({ buildingId: id, floors: z.array(floor).max(200).readonly() }).strict()

const staffDraftInput = z
  .object({
    name: text(MAX_STAFF_NAME).min(1),
    pinCodes: z
      .array(z.string().regex(/^\d{4,8}$/))
      .max(20)
      .readonly(),
    rfCards: z
      .array(z.string().regex(/^[0-9A-Za-z]{1,32}$/))
      .max(20)
      .readonly(),
    faceUrls: z.array(z.string().url().startsWith('https://').max(2000)).max(10).readonly(),
    accessGroupIds: z.array(id).min(1).max(100).readonly(),
    floorAccesses: z.array(floorAccess).max(200).readonly(),
  })
  .strict()

const staffEditInput = staffDraftInput.extend({ removeFaceUrls: z.array(z.string().url().max(2000)).max(10).readonly() }).strict()

export const staffPageQuery = projectScope
  .extend({
    search: z.string().max(100).optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict()

export const staffCredentialsQuery = projectScope
  .extend({
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(500),
  })
  .strict()

export const byStaff = projectScope.extend({ staffAccessId: id }).strict()
export const createStaffInput = projectScope.extend({ draft: staffDraftInput, intentKey }).strict()
export const updateStaffInput = byStaff.extend({ edit: staffEditInput, intentKey }).strict()
export const deleteStaffInput = projectScope.extend({ staffAccessIds: z.array(id).min(1).max(MAX_DELETE_BATCH).readonly(), intentKey }).strict()

const bulkRow = z.object({ line: z.number().int().min(1).max(10_000_000), draft: staffDraftInput }).strict()

/**
 * An import reaches main in chunks under one job id: `staff:importBegin` (how many rows) →
 * `staff:importAppend` (at most IMPORT_CHUNK_ROWS rows and IMPORT_CHUNK_BYTES of JSON each) →
 * `staff:importRun`.
 *
 * A row count alone cannot bound a chunk: one staff draft at every field's schema maximum
 * (10 face URLs of 2,000 characters, 100 group ids and 200 buildings of 100 characters, each
 * character escaped to six bytes, 200 buildings × 200 floors) is up to about 700 KB of JSON by
 * itself, so even 2 such rows would pass 1 MiB. A chunk is therefore also capped by its
 * serialized size: the largest append message is IMPORT_CHUNK_BYTES plus a few hundred bytes of
 * envelope, a sixteenth of the WebSocket frame limit. A row that alone passes the cap is rejected
 * by the import check before anything is sent; a typical row is about 150 bytes, so a chunk
 * usually carries the full IMPORT_CHUNK_ROWS.
 */
export const IMPORT_CHUNK_ROWS = 1_000
export const IMPORT_CHUNK_BYTES = 256 * 1024

export const importBeginInput = projectScope
  .extend({
    total: z.number().int().min(1).max(MAX_BULK_ROWS),
    concurrency: z.number().int().min(1).max(8).default(4),
  })
  .strict()

export const importAppendInput = z
  .object({
    jobId: z.string().uuid(),
    rows: z
      .array(bulkRow)
      .min(1)
      .max(IMPORT_CHUNK_ROWS)
      .readonly()
      .refine((rows) => jsonBytes(rows) <= IMPORT_CHUNK_BYTES, { message: `at most ${IMPORT_CHUNK_BYTES} bytes of rows per chunk` }),
  })
  .strict()

export const bulkJobRef = z.object({ jobId: z.string().uuid() }).strict()

export const MAX_RESULTS_PAGE = 500
export const bulkResultsQuery = bulkJobRef
  .extend({
    offset: z.number().int().min(0).max(MAX_BULK_ROWS).default(0),
    limit: z.number().int().min(1).max(MAX_RESULTS_PAGE).default(200),
    filter: z.enum(['all', 'failed', 'queued']).default('all'),
  })
  .strict()

export const urlImportInput = projectScope
  .extend({
    fileName: text(200).min(1),
    fileUrl: z
      .string()
      .url()
      .max(2000)
      .refine((u) => /^https?:\/\//i.test(u), { message: 'http(s) URL' }),
  })
  .strict()

export const urlImportRef = projectScope.extend({ taskId: id }).strict()

// ------------------------------------------------------------------------------- Tuya persons

const sex = z.enum(['unknown', 'male', 'female'])

const personsFilterInput = z
  .object({
    structureId: id.optional(),
    searchScope: z.enum(['direct', 'withSubOrganisations']).optional(),
    name: text(100).optional(),
    enabled: z.boolean().optional(),
    sex: sex.optional(),
    mobile: text(40).optional(),
    email: text(200).optional(),
    certType: text(40).optional(),
    certNo: text(100).optional(),
    personCode: text(100).optional(),
  })
  .strict()

export const personsPageQuery = projectScope
  .extend({
    filter: personsFilterInput.default({}),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict()

export const recyclePageQuery = projectScope
  .extend({
    search: z.string().max(100).optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict()

const personDraftInput = z
  .object({
    name: text(64).min(1),
    structureId: id,
    enabled: z.boolean(),
    sex,
    mobileCountry: z
      .string()
      .trim()
      .regex(/^(\+\d{1,4})?$/),
    mobile: z
      .string()
      .trim()
      .regex(/^\d{0,20}$/),
    email: z.union([z.literal(''), z.string().trim().email().max(200)]),
    certType: text(40),
    certNo: text(100),
    personCode: text(100),
  })
  .strict()

export const byPerson = projectScope.extend({ personId: id }).strict()
export const addPersonInput = projectScope.extend({ draft: personDraftInput, intentKey }).strict()
export const editPersonInput = byPerson.extend({ draft: personDraftInput, intentKey }).strict()
export const personsRef = projectScope.extend({ personIds: z.array(id).min(1).max(MAX_DELETE_BATCH).readonly(), intentKey }).strict()
