/** The Fieldkey mark: a key whose bow is a signal arc (the same drawing as build/icon.svg). */
export function Logo({ size = 24 }: { readonly size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden focusable="false">
      <rect width="64" height="64" rx="14" fill="#1c7ed6" />
      <circle cx="24" cy="32" r="9" fill="none" stroke="#fff" strokeWidth="5" />
      <path d="M33 32h20M45 32v8M51 32v6" stroke="#fff" strokeWidth="5" strokeLinecap="round" />
      <path d="M12 18a18 18 0 0 1 24 0" fill="none" stroke="#a5d8ff" strokeWidth="3.5" strokeLinecap="round" />
    </svg>
  )
}
