/*
 * Key casing on the Tuya wire (docs/clouds.md "Tuya parameters and casing"): the pages document
 * camelCase names (`projectId`, `pageSize`) while their samples and seed 003/004 answers use
 * snake_case (`project_id`, `card_issue_status`). The sandbox accepts either and answers
 * snake_case, or camelCase when the admin server asks for it. Written for the sandbox alone: it
 * must not share the client's conversion, or a casing mistake would pass every test.
 */

/** `project_id` → `projectId`, `card_issue_status` → `cardIssueStatus`; a camelCase name is left as it is. */
export function toCamel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/** `projectId` → `project_id`; a snake_case name is left as it is. */
export function toSnake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** Renames the keys of every object in a JSON value (arrays and nested objects too); values are untouched. */
export function renameKeys(value: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k), renameKeys(v, rename)]))
}
