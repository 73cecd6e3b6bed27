/** Akuvox throttles with HTTP 429; Tuya with a small HTTP 200 envelope carrying 1110/1111/1112/1199. */
export async function isThrottle(response: Response): Promise<boolean> {
  if (response.status === 429) return true
  const length = Number(response.headers.get('content-length') ?? Infinity)
  if (response.status !== 200 || length > 512) return false
  return /"code":\s*"?(1110|1111|1112|1199)\b/.test(await response.clone().text())
}
