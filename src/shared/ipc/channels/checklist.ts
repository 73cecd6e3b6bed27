import type { ChecklistDoor, ChecklistSummary, DoorCheck } from '../../domain/checklist'
import type { Page } from '../../page'
import { invoke } from '../define'
import { checklistDoorsQuery, checklistRecordInput } from '../schemas/checklist'
import { projectScope } from '../schemas/project'

/** The installer's per-door commissioning record, kept on this computer only. */
export const checklistInvokes = {
  /** A page of the project's doors from the cache, each with its groups, last send and test. */
  'checklist:doors': invoke<Page<ChecklistDoor>>()(checklistDoorsQuery),
  /** Keeps the installer's test of one door (or clears it); answers what is now kept. */
  'checklist:record': invoke<{ readonly check: DoorCheck | null }>()(checklistRecordInput),
  /** Doors tested, faulty and offline per building. */
  'checklist:summary': invoke<ChecklistSummary>()(projectScope),
} as const
