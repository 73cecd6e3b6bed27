/**
 * How large one IPC message can get. The headless host refuses WebSocket frames over
 * MAX_FRAME_BYTES (4 MiB, ./wire.ts); every message Fieldkey itself produces should stay under a
 * quarter of that, whatever the size of the project or the file being imported.
 *
 * Inputs (renderer → main) are bounded by their zod schemas: strings, arrays and numbers all have
 * maxima, and test/unit/shared/ipc-limits.test.ts computes each channel's largest valid input as
 * JSON (every character escaped to six bytes) and holds it under MAX_FRAME_BYTES / 4. The largest
 * are `staff:update` (at most 790 KB, a staff draft with every list full) and
 * `staff:importAppend`, capped by its serialized size at IMPORT_CHUNK_BYTES (256 KiB,
 * ./schemas/people.ts). Exceptions, outside the people import:
 * `accessGroups:create` / `accessGroups:update` allow 2,000 doors × 128 relay ids of 100
 * characters, far past the frame limit in theory (a real group is a few KB).
 *
 * Results and events (main → renderer):
 * - paged, at most 500 items a page: `staff:page`, `staff:credentials`,
 *   `persons:page`, `persons:recyclePage`, `staff:importResults`, `devices:list`,
 *   `sends:permissions`, `sends:tasks`, `accessGroups:members`, `staff:importRuns`, `checklist:doors`,
 *   `report:people` (the handover pack's people with masked PINs, cards, groups and doors; a page
 *   also stops at PACK_PAGE_BYTES, 512 KiB, ../report/types.ts, since a person's doors grow with the site),
 *   `activity:page` (each entry a few hundred bytes: names and counts, never a list);
 * - fixed size (one item, counts, progress): `app:*`, `network:*`, `activity:changed`, `staff:importJob`,
 *   `staff:importBegin|Append|Run`, `staff:importCancel`, `project:siteZone`,
 *   `project:setSiteZone`, `project:settleClockChange`, `connections:requestRate|setMaxRate`, `checklist:record`, `report:savePdf` (a file name), `staff:context` (groups and buildings,
 *   the staff only counted), `staff:importProgress`, `sync:*`, details and outcomes;
 *   `staff:selectionSummary` and `persons:selectionSummary` (a count and three names),
 *   `staff|persons:bulkDelete`, `…:bulkDeleteCancel` and `…:bulkDeleteProgress` (counts and the
 *   first five failed names: a selection reaches main as a filter or at most 500 ids);
 * - `persons:biometrics`: one face picture of at most FACE_PICTURE_MAX_BYTES (512 KiB,
 *   ../people/face-picture-limit.ts) as a data: URL, about 700 KB;
 * - `persons:doors`: one person's doors, at most MAX_PERSON_DOORS (500, ../people/person-doors.ts);
 * - one list per project that grows with the site and is not paged: `accessGroups:list`,
 *   `accessGroups:siteTree`, `accessGroups:residents`, `devices:buildings`, `devices:channels`,
 *   `persons:organisations`, `outbox:list` and `outbox:changed`, `checklist:summary` (one row per building), `sends:channels`, `sends:preview`,
 *   `sends:grid`, `sends:report`. They scale with buildings, doors and residents rather than with
 *   a file an installer imports, but a very large site can still pass the limit.
 */

/** The size of a value as one JSON message on the wire, in UTF-8 bytes. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length
}
