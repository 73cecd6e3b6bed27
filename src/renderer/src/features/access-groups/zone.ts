/** The installer's own time zone, as the system reports it: what the wizard shows and takes. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
