import { TextInput, type TextInputProps } from '@mantine/core'
import { FIELD_LIMITS } from '@shared/field-limits'
import { IconSearch } from '@tabler/icons-react'

/** Text as a search sends it: never longer than main accepts, so a pasted page of text still searches. */
export function boundedSearch(text: string): string {
  return text.slice(0, FIELD_LIMITS.search)
}

/**
 * Every search box and text filter: capped at the length main accepts (typing stops there, a paste
 * is cut), so a query never reaches main only to be refused, and a long one simply finds nothing.
 */
export function SearchInput({ value, onSearch, ...props }: Omit<TextInputProps, 'onChange' | 'maxLength'> & { readonly value: string; readonly onSearch: (value: string) => void }) {
  return (
    <TextInput
      leftSection={<IconSearch size={16} aria-hidden />}
      {...props}
      value={value}
      maxLength={FIELD_LIMITS.search}
      onChange={(e) => onSearch(boundedSearch(e.currentTarget.value))}
    />
  )
}
