/**
 * The time zone this computer is set to. Schedules never use it (they follow the site's zone);
 * the screens only say when it differs from the site's. One function, so tests can move the laptop.
 */
export function laptopTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
