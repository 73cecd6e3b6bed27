import type { RunningSandboxes } from '@fieldkey/sandbox'

/** Calls the sandbox's admin endpoint (faults, state, devices online); throws on an error answer. */
export function sandboxAdmin(cloud: () => RunningSandboxes): (method: string, path: string, body?: unknown) => Promise<unknown> {
  return async (method, path, body) => {
    const r = await fetch(`${cloud().info.admin?.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!r.ok) throw new Error(`admin ${path}: ${r.status}`)
    return r.json()
  }
}

/** A send task as the Tuya sandbox holds it (its channel id, which the cloud's task list leaves out). */
export interface TuyaSandboxTask {
  readonly authTaskId: string
  readonly channelId: string
  /** 1 full, 2 incremental. */
  readonly kind: number
  readonly certificate: number
  readonly records: readonly { readonly personId: string; readonly status: string }[]
}

/** Every send task the Tuya sandbox holds, oldest first. */
export function tuyaSandboxTasks(cloud: () => RunningSandboxes): () => Promise<TuyaSandboxTask[]> {
  const admin = sandboxAdmin(cloud)
  return async () => ((await admin('GET', '/tuya/state')) as { tasks: TuyaSandboxTask[] }).tasks
}

/** A staff access as the Akuvox sandbox holds it. */
export interface AkuvoxSandboxStaff {
  readonly project_id: string
  readonly id: string
  readonly name: string
  readonly pinCodes: readonly { readonly number: string }[]
  readonly rfCards: readonly { readonly number: string }[]
}

/** Every staff access the Akuvox sandbox holds, in every project. */
export function akuvoxSandboxStaff(cloud: () => RunningSandboxes): () => Promise<AkuvoxSandboxStaff[]> {
  const admin = sandboxAdmin(cloud)
  return async () => (await admin('GET', '/akuvox/state/staff')) as AkuvoxSandboxStaff[]
}
