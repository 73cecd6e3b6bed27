import type { SqlDatabase } from './driver'

/** The `settings` (key, value) table: small app preferences main keeps, one text value per key. */
export class SettingsRepo {
  constructor(private readonly db: SqlDatabase) {}

  get(key: string): string | undefined {
    return this.db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', key)?.value
  }

  set(key: string, value: string): void {
    this.db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', key, value)
  }
}
