import type { SettingsRepo } from '../../store/settings-repo'

const KEY = 'installer.name'

/** The installer's name, set once in settings: the activity log says who made each change. */
export class InstallerName {
  constructor(private readonly settings: SettingsRepo) {}

  get(): string | null {
    const name = this.settings.get(KEY)?.trim()
    return name ? name : null
  }

  set(name: string): { readonly name: string | null } {
    this.settings.set(KEY, name.trim())
    return { name: this.get() }
  }
}
