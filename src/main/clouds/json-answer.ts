/**
 * Whether an answer with this status and a body that is not JSON means "this is not the cloud".
 * 5xx and 429 pages come from the cloud's own gateway often enough to keep their meaning.
 */
export function nonJsonMeansWrongServer(status: number): boolean {
  return status < 500 && status !== 429
}

/** JSON.parse, with undefined for text that is not JSON (an HTML page, an empty body). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** For the error's detail: what came back instead of JSON. */
export function describeNonJson(answer: { readonly status: number; readonly headers: Headers }): string {
  return `HTTP ${answer.status} ${answer.headers.get('content-type') ?? 'without a content type'}, not JSON`
}
