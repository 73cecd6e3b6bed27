/** Characters no file system accepts in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
const MAX_STEM = 120

/** Text made safe as (part of) a file name: unsafe characters become spaces, runs of spaces one, no dot or space at either end. */
export function safeFileStem(text: string): string {
  return text
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
}

/**
 * The pack's file name: `<project name> handover <YYYY-MM-DD>.<ext>`, safe on every desktop:
 * unsafe characters become spaces, runs of spaces one, no leading or trailing dot or space, and
 * the project's part cut so the whole stays short. `handover` is the document language's word.
 */
export function packFileName(projectName: string, handover: string, siteDate: string, ext: 'zip' | 'pdf'): string {
  const clean = safeFileStem
  const tail = ` ${clean(handover)} ${siteDate}`
  const project = clean(projectName)
    .slice(0, Math.max(1, MAX_STEM - tail.length))
    .trim()
  return `${project || clean(handover)}${project ? tail : ` ${siteDate}`}.${ext}`
}

/** The calendar date of an instant in a zone, as YYYY-MM-DD (the site's date, not the laptop's). */
export function siteDate(at: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
