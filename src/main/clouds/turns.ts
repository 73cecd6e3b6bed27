let last: Promise<void> = Promise.resolve()

/**
 * Resolves at the start of a turn of the event loop of its own: callers that ask together are
 * let through one per turn, in the order they asked. The clients take a turn before decoding each
 * answer (and each slice of a long list), so answers that arrive together are decoded in turns
 * with the window's requests answered between them, not back to back in one long stall.
 */
export function takeTurn(): Promise<void> {
  const turn = last.then(() => new Promise<void>((resolve) => setImmediate(resolve)))
  last = turn
  return turn
}
