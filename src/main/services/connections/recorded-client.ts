/** Told how each cloud call ended: `null` when it succeeded, else what it threw. */
export type CallObserver = (error: unknown) => void

/**
 * The same client, each of whose calls reports how it ended: a promise when it settles, a paging
 * iterator at each page. Results and errors pass through untouched; synchronous members
 * (sign-out, the tokens in use, the project id) are left as they are.
 */
export function recordCalls<T extends object>(client: T, observe: CallObserver): T {
  const wrapped = Object.entries(client).map(([name, member]) => [name, typeof member === 'function' ? recordedFunction(member, observe) : member])
  return Object.fromEntries(wrapped) as T
}

function recordedFunction(fn: (...args: unknown[]) => unknown, observe: CallObserver): (...args: unknown[]) => unknown {
  return (...args) => {
    const result = fn(...args)
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => {
          observe(null)
          return value
        },
        (error: unknown) => {
          observe(error)
          throw error
        },
      )
    }
    if (isAsyncIterator(result)) return recordedPages(result, observe)
    return result
  }
}

function isAsyncIterator(value: unknown): value is AsyncGenerator<unknown, unknown, undefined> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value && typeof (value as { next?: unknown }).next === 'function'
}

/** Each page fetched is a call; the iterator ending is not. Breaking out closes the source. */
async function* recordedPages<T, R>(source: AsyncGenerator<T, R, undefined>, observe: CallObserver): AsyncGenerator<T, R, undefined> {
  try {
    for (;;) {
      let step: IteratorResult<T, R>
      try {
        step = await source.next()
      } catch (error) {
        observe(error)
        throw error
      }
      if (step.done) return step.value
      observe(null)
      yield step.value
    }
  } finally {
    await source.return?.(undefined as R)
  }
}
