/** A PIN as the handover pack prints it: its last two digits only (••34), so the paper opens no door. */
export function maskPin(pin: string): string {
  const digits = pin.trim()
  return `••${digits.length > 2 ? digits.slice(-2) : ''}`
}
