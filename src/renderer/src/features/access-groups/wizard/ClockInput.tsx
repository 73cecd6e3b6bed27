import { TextInput } from '@mantine/core'
import { typedClock } from '@shared/schedule/clock'
import type { ReactNode } from 'react'

interface Props {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly description?: ReactNode
}

/**
 * A time of day typed as 24-hour `HH:mm` in every language (the schedules read that way too),
 * never a 12-hour "07:00 AM" picker: "7:00", "0700" or "7.00" become "07:00" when the field is left.
 */
export function ClockInput({ label, value, onChange, description }: Props) {
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      placeholder="HH:mm"
      inputMode="numeric"
      maxLength={8}
      autoComplete="off"
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const typed = typedClock(e.currentTarget.value)
        if (typed !== null && typed !== value) onChange(typed)
      }}
    />
  )
}
