import { z } from 'zod'
import { FIELD_LIMITS as L } from '../../field-limits'
import { PERSON_DELETE_BATCH, SELECTION_MAX_IDS, STAFF_DELETE_BATCH } from '../../people/bulk-delete'
import { jsonBytes } from '../limits'
import { confirmedDuplicates } from './duplicates'
import { intentKey } from './intent'
import { projectScope } from './project'

const id = z.string().trim().min(1).max(L.cloudId)
const text = (max: number) => z.string().trim().max(max)

export const MAX_BULK_ROWS = L.importRows
const MAX_DELETE_BATCH = 500

/** Floors are numbers, as the staff editor and the import file give them. */
const floor = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,2}$/)
const floorAccess = z.object({ buildingId: id, floors: z.array(floor).max(L.floorBuildings).readonly() }).strict()

const staffDraftInput = z
  .object({
    name: text(L.staffName).min(1),
    pinCodes: z
      .array(z.string().regex(new RegExp(`^\\d{${L.pinMin},${L.pinMax}}$`)))
      .max(L.pinsPerStaff)
      .readonly(),
    rfCards: z
      .array(z.string().regex(new RegExp(`^[0-9A-Za-z]{1,${L.cardMax}}$`)))
      .max(L.cardsPerStaff)
      .readonly(),
    faceUrls: z.array(z.string().url().startsWith('https://').max(L.faceUrl)).max(L.facesPerStaff).readonly(),
    accessGroupIds: z.array(id).min(1).max(L.groupsPerStaff).readonly(),
    floorAccesses: z.array(floorAccess).max(L.floorBuildings).readonly(),
  })
  .strict()

const staffEditInput = staffDraftInput.extend({ removeFaceUrls: z.array(z.string().url().max(L.faceUrl)).max(L.facesPerStaff).readonly() }).strict()

export const staffPageQuery = projectScope
  .extend({
    search: z.string().max(L.search).optional(),
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
export const createStaffInput = projectScope.extend({ draft: staffDraftInput, confirmedDuplicates, intentKey }).strict()
export const updateStaffInput = byStaff.extend({ edit: staffEditInput, confirmedDuplicates, intentKey }).strict()
/** One call's worth: more staff go through `staff:bulkDelete`, which runs in batches. */
export const deleteStaffInput = projectScope.extend({ staffAccessIds: z.array(id).min(1).max(STAFF_DELETE_BATCH).readonly(), intentKey }).strict()

const staffSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ids'), staffAccessIds: z.array(id).min(1).max(SELECTION_MAX_IDS).readonly() }).strict(),
  z.object({ kind: z.literal('matching'), search: z.string().max(L.search), except: z.array(id).max(SELECTION_MAX_IDS).readonly() }).strict(),
  z.object({ kind: z.literal('importRun'), runId: z.string().uuid() }).strict(),
])
export const staffSelectionInput = projectScope.extend({ selection: staffSelection }).strict()
export const bulkDeleteRef = z.object({ jobId: z.string().uuid() }).strict()

export const importRunsQuery = projectScope
  .extend({
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(20),
  })
  .strict()

const bulkRow = z.object({ line: z.number().int().min(1).max(10_000_000), draft: staffDraftInput, confirmedDuplicates }).strict()

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

/**
 * Creates an import keeps in flight at once (the most a caller may ask). Enough that the
 * transport's rate limiter, not this count, paces a large import: at the cloud's latency each
 * create waits on its answer, so fewer in flight would leave the allowed rate unused
 * (docs/architecture.md, "Writes at the rate limit").
 */
export const IMPORT_CONCURRENCY = 16

export const importBeginInput = projectScope
  .extend({
    total: z.number().int().min(1).max(MAX_BULK_ROWS),
    /** The file's name, kept with the import run so it can be undone later by name. */
    fileName: text(L.importFileName).min(1).optional(),
    concurrency: z.number().int().min(1).max(IMPORT_CONCURRENCY).default(IMPORT_CONCURRENCY),
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
    fileName: text(L.importFileName).min(1),
    fileUrl: z
      .string()
      .url()
      .max(L.importUrl)
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
    search: text(L.search).optional(),
    name: text(L.search).optional(),
    enabled: z.boolean().optional(),
    sex: sex.optional(),
    mobile: text(L.search).optional(),
    email: text(L.email).optional(),
    certType: text(L.certType).optional(),
    certNo: text(L.certNo).optional(),
    personCode: text(L.personCode).optional(),
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
    search: z.string().max(L.search).optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict()

const personDraftInput = z
  .object({
    name: text(L.personName).min(1),
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
      .regex(new RegExp(`^\\d{0,${L.mobileDigits}}$`)),
    email: z.union([z.literal(''), z.string().trim().email().max(L.email)]),
    certType: text(L.certType),
    certNo: text(L.certNo),
    personCode: text(L.personCode),
  })
  .strict()

export const byPerson = projectScope.extend({ personId: id }).strict()
export const addPersonInput = projectScope.extend({ draft: personDraftInput, intentKey }).strict()
export const editPersonInput = byPerson.extend({ draft: personDraftInput, intentKey }).strict()
export const personsRef = projectScope.extend({ personIds: z.array(id).min(1).max(MAX_DELETE_BATCH).readonly(), intentKey }).strict()
/** One call's worth: more persons go through `persons:bulkDelete`, which runs in batches. */
export const deletePersonsRef = projectScope.extend({ personIds: z.array(id).min(1).max(PERSON_DELETE_BATCH).readonly(), intentKey }).strict()

const personSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ids'), personIds: z.array(id).min(1).max(SELECTION_MAX_IDS).readonly() }).strict(),
  z.object({ kind: z.literal('matching'), filter: personsFilterInput, except: z.array(id).max(SELECTION_MAX_IDS).readonly() }).strict(),
])
export const personSelectionInput = projectScope.extend({ selection: personSelection }).strict()
