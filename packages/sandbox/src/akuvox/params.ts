import { z } from 'zod'
import { IMPORT_TYPES, REPEAT_MODES } from './enums'
import { CommandFailure } from './failure'

/*
 * The `param` of every command, exactly as the seed tables give it (000–002; `get_user_list`
 * from docs/clouds.md#akuvox-commands): required fields and their types. Fields the tables do not list are
 * ignored, as a real server would. Value rules beyond types (ids that exist, time formats,
 * PIN digits) are checked by the handlers.
 */

const MAX_PAGE_SIZE = 500
/** BEST GUESS: the seed states no maximum for `batch_delete_*`; the sandbox takes 100 ids a call. */
export const MAX_BATCH_DELETE = 100

const id = z.string().min(1)
const text = z.string().min(1)
const integer = z.number().int()
const strings = z.array(z.string())
const paging = { page_size: integer.min(1).max(MAX_PAGE_SIZE), page_index: integer.min(1) }
const project = { project_id: id }
const relayRef = z.object({ relay_id: id })

const groupFields = {
  ...project,
  access_group_name: text,
  devices: z.array(z.object({ building_id: id, device_id: id, mac: text, relays: z.array(relayRef), security_relays: z.array(relayRef) })),
  repeat_mode: z.enum(REPEAT_MODES),
  available_days: strings.optional(),
  start_time: text,
  finish_time: text,
}

const staffFields = {
  ...project,
  staff_access_name: text,
  pin_codes: z.array(z.object({ number: text })).optional(),
  rf_cards: z.array(z.object({ number: text })).optional(),
  access_groups: z.array(z.object({ access_group_id: id })),
  floor_accesses: z.array(z.object({ building_id: id, floor_access: strings })).optional(),
}

export const paramSchemas = {
  get_project_list: z.object(paging),
  get_project_info: z.object(project),
  get_import_result: z.object({ ...project, import_type: z.enum(IMPORT_TYPES), task_id: id }),
  get_access_group_list: z.object({ ...project, ...paging }),
  get_access_group_info: z.object({ ...project, access_group_id: id }),
  get_access_group_device_list: z.object(project),
  create_access_group_info: z.object(groupFields),
  update_access_group_info: z.object({ ...groupFields, access_group_id: id }),
  delete_access_group_info: z.object({ ...project, access_group_id: id }),
  batch_delete_access_group_info: z.object({ ...project, access_groups: z.array(z.object({ access_group_id: id })).min(1) }),
  create_access_group_account_info: z.object({ ...project, access_group_id: id, account_id: id, residence_id: id }),
  delete_access_group_account_info: z.object({ ...project, access_group_id: id, residence_id: id, building_id: id, account_id: id }),
  get_staff_access_list: z.object({ ...project, ...paging }),
  get_staff_access_info: z.object({ ...project, staff_access_id: id }),
  create_staff_access_info: z.object({ ...staffFields, faces: z.array(z.object({ face_picture_url: text })).optional() }),
  update_staff_access_info: z.object({
    ...staffFields,
    staff_access_id: id,
    faces: z.array(z.object({ face_picture_url: text, is_deleted: z.boolean() })).optional(),
  }),
  delete_staff_access_info: z.object({ ...project, staff_access_id: id }),
  batch_delete_staff_access_info: z.object({
    ...project,
    staff_accesses: z
      .array(z.object({ staff_access_id: id }))
      .min(1)
      .max(MAX_BATCH_DELETE),
  }),
  import_staff_access_info: z.object({ ...project, file_name: text, file_url: text }),
  get_user_list: z.object({ ...project, ...paging }),
} as const

export type SandboxCommand = keyof typeof paramSchemas
export type ParamsOf<C extends SandboxCommand> = z.output<(typeof paramSchemas)[C]>

export function isSandboxCommand(command: string): command is SandboxCommand {
  return Object.hasOwn(paramSchemas, command)
}

/** Validates `param` for `command`, or throws the failure a strict server would answer. */
export function parseParams<C extends SandboxCommand>(command: C, param: Record<string, unknown>): ParamsOf<C> {
  const parsed = paramSchemas[command].safeParse(param)
  if (parsed.success) return parsed.data as ParamsOf<C>
  const issue = parsed.error.issues[0]
  if (!issue) throw new CommandFailure('invalid_param', 'param is invalid')
  throw new CommandFailure('invalid_param', describeIssue(issue, param))
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a String',
  number: 'an Integer',
  int: 'an Integer',
  boolean: 'a Boolean',
  array: 'an array',
  object: 'an Object',
}

function describeIssue(issue: z.core.$ZodIssue, param: Record<string, unknown>): string {
  const where = `param${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(param, issue.path) === undefined ? `${where} is required` : `${where} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`
    case 'too_small':
      return issue.origin === 'string'
        ? `${where} must not be empty`
        : issue.origin === 'array'
          ? `${where} must not be empty`
          : `${where} must be at least ${String(issue.minimum)}`
    case 'too_big':
      return `${where} must be at most ${String(issue.maximum)}`
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map(String).join(', ')}`
    default:
      return `${where} is invalid`
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}
