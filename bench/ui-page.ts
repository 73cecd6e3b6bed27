/**
 * What `bench/ui.ts` installs in the page before the app's own scripts, as text (it runs in
 * Chromium, not in Node): frame statistics and the timers of a click or a key, all measured with
 * the page's own clock. `globalThis.__bench` is what the benchmark calls.
 */
export const PAGE_PROBE = `(() => {
  const stats = { loaf: 0, longTask: 0, gap: 0, frames: 0 }
  let last = 0
  const tick = (t) => {
    if (last) stats.gap = Math.max(stats.gap, t - last)
    last = t
    stats.frames++
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
  const watch = (type, key) => {
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) stats[key] = Math.max(stats[key], e.duration) }).observe({ type })
    } catch {}
  }
  watch('long-animation-frame', 'loaf')
  watch('longtask', 'longTask')
  const frame = () => new Promise((r) => requestAnimationFrame(r))

  globalThis.__bench = {
    frames: () => ({ ...stats }),
    resetFrames: () => { stats.loaf = 0; stats.longTask = 0; stats.gap = 0; stats.frames = 0; last = 0 },

    // From the next click to the first frame where selector's text matches ready.
    shownAfterClick: (selector, ready) => new Promise((resolve) => {
      let clickedAt = -1
      document.addEventListener('click', (e) => (clickedAt = e.timeStamp), { capture: true, once: true })
      const look = () => {
        const el = document.querySelector(selector)
        if (clickedAt >= 0 && el && new RegExp(ready).test(el.textContent || '')) resolve(performance.now() - clickedAt)
        else requestAnimationFrame(look)
      }
      requestAnimationFrame(look)
    }),

    // From the next key to the first change of the list's rows, and to the last change before
    // they were quiet for quietMs (at most 10 s).
    listAfterKey: (selector, quietMs) => new Promise((resolve) => {
      const list = document.querySelector(selector)
      const started = performance.now()
      let keyAt = -1, first = -1, lastChange = -1
      document.addEventListener('keydown', (e) => (keyAt = e.timeStamp), { capture: true, once: true })
      const observer = new MutationObserver(() => {
        if (keyAt < 0) return
        const now = performance.now()
        if (first < 0) first = now
        lastChange = now
      })
      if (list) observer.observe(list, { subtree: true, childList: true, characterData: true })
      const check = () => {
        if ((keyAt >= 0 && performance.now() - Math.max(lastChange, keyAt) > quietMs) || performance.now() - started > 10000) {
          observer.disconnect()
          resolve({ first: first < 0 ? null : first - keyAt, settled: lastChange < 0 ? null : lastChange - keyAt })
        } else setTimeout(check, 50)
      }
      check()
    }),

    // Scrolls the list from top to bottom in steps, two frames each, then waits a second.
    scrollThrough: async (selector, steps) => {
      const list = document.querySelector(selector)
      const step = (list.scrollHeight - list.clientHeight) / steps
      for (let i = 1; i <= steps; i++) {
        list.scrollTop = Math.round(step * i)
        await frame()
        await frame()
      }
      await new Promise((r) => setTimeout(r, 1000))
      return { height: list.scrollHeight, rows: list.querySelectorAll('[role="listitem"]').length }
    },
  }
})()`

export interface FrameStats {
  readonly loaf: number
  readonly longTask: number
  readonly gap: number
  readonly frames: number
}

/** `globalThis.__bench` as the page holds it. */
export interface PageBench {
  readonly __bench: {
    frames(): FrameStats
    resetFrames(): void
    shownAfterClick(selector: string, ready: string): Promise<number>
    listAfterKey(selector: string, quietMs: number): Promise<{ readonly first: number | null; readonly settled: number | null }>
    scrollThrough(selector: string, steps: number): Promise<{ readonly height: number; readonly rows: number }>
  }
}
