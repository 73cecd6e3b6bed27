/** Times as an installer reads them: today's as hh:mm, older ones with the date. */
export function formatWhen(at: number, language: string, now: number = Date.now()): string {
  const date = new Date(at)
  const sameDay = new Date(now).toDateString() === date.toDateString()
  return sameDay
    ? date.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(language, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })
}
