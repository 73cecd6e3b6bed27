/**
 * The crash test's child process (bundled by the test, run with plain Node): syncs one project
 * into the given database and exits, saying `page` on stdout as each page lands. The parent
 * SIGKILLs it after a seeded number of pages.
 * argv: <database path> <connection id> <project id>; env FK_SANDBOX_INFO: the sandboxes' info.
 */
import type { SandboxesInfo } from '@fieldkey/sandbox'
import { openTestStore, syncService } from './harness'

async function main(): Promise<void> {
  const [path, connectionId, projectId] = process.argv.slice(2)
  const info = JSON.parse(process.env.FK_SANDBOX_INFO ?? '{}') as SandboxesInfo
  if (!path || !connectionId || !projectId) throw new Error('usage: crash-child <db> <connection> <project>')
  const db = openTestStore(info, path)
  process.stdout.write('started\n')
  await syncService(db, info, { push: () => process.stdout.write('page\n') }).syncProject(connectionId, projectId)
  db.close()
  process.stdout.write('done\n')
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
