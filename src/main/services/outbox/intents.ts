/** How many finished intents are remembered: far more than the forms an installer has open at once. */
const REMEMBERED = 500

/**
 * One change per intent. A form makes one key when it opens and sends it with every submit of
 * that form: a second submit while the first is still running waits for the first and gets its
 * answer, and a submit after the first one succeeded gets that answer again instead of making the
 * change twice. A failed submit is forgotten, so trying again really tries again.
 */
export class IntentGate {
  private readonly running = new Map<string, Promise<unknown>>()
  private readonly done = new Map<string, unknown>()

  async once<T>(key: string | undefined, run: () => Promise<T>): Promise<T> {
    if (key === undefined) return run()
    if (this.done.has(key)) return this.done.get(key) as T
    const running = this.running.get(key)
    if (running) return running as Promise<T>
    const started = run()
    this.running.set(key, started)
    try {
      const value = await started
      this.remember(key, value)
      return value
    } finally {
      this.running.delete(key)
    }
  }

  private remember(key: string, value: unknown): void {
    this.done.set(key, value)
    if (this.done.size > REMEMBERED) this.done.delete(this.done.keys().next().value as string)
  }
}
