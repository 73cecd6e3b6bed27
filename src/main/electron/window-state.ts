import { z } from 'zod'

/** Where and how big the window was, kept in the settings table between launches. */
export const WINDOW_STATE_KEY = 'window.state'

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface WindowState {
  readonly bounds: Rect
  readonly maximized: boolean
}

/** What the window opens with: no position means "centre it on the primary display". */
export interface Placement {
  readonly x?: number
  readonly y?: number
  readonly width: number
  readonly height: number
  readonly maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const
export const MIN_SIZE = { width: 900, height: 600 } as const

const int = z.number().int().finite()
const schema = z.object({
  bounds: z.object({ x: int, y: int, width: int.positive(), height: int.positive() }),
  maximized: z.boolean(),
})

/** A stored value that is missing, garbled or from an older shape counts as nothing stored. */
export function parseWindowState(stored: string | undefined): WindowState | null {
  if (stored === undefined) return null
  try {
    const parsed = schema.safeParse(JSON.parse(stored))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high))

/**
 * The saved place, moved and shrunk so the whole window is on a display that exists now (a
 * monitor unplugged since, a smaller screen). `workAreas` lists the displays' work areas, the
 * primary display first. A window that overlaps no display opens centred on the primary one.
 */
export function restorePlacement(saved: WindowState | null, workAreas: readonly Rect[]): Placement {
  const primary = workAreas[0]
  if (!saved || !primary) return { ...fit(DEFAULT_SIZE, primary), maximized: false }
  const best = workAreas.reduce((a, b) => (overlap(saved.bounds, b) > overlap(saved.bounds, a) ? b : a), primary)
  if (overlap(saved.bounds, best) === 0) return { ...fit(saved.bounds, primary), maximized: saved.maximized }
  const size = fit(saved.bounds, best)
  return {
    x: clamp(saved.bounds.x, best.x, best.x + best.width - size.width),
    y: clamp(saved.bounds.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized: saved.maximized,
  }
}

/** At least the minimum size, at most the display's work area. */
function fit(size: { readonly width: number; readonly height: number }, area: Rect | undefined): { width: number; height: number } {
  const max = area ?? { width: Number.POSITIVE_INFINITY, height: Number.POSITIVE_INFINITY }
  return {
    width: Math.min(Math.max(size.width, MIN_SIZE.width), max.width),
    height: Math.min(Math.max(size.height, MIN_SIZE.height), max.height),
  }
}
