import { TextInput, type TextInputProps } from '@mantine/core'
import { FIELD_LIMITS } from '@shared/field-limits'
import { IconSearch } from '@tabler/icons-react'

/**
 * Every search box and text filter: capped at the length main accepts (typing stops there, a paste
 * is cut), so a query never reaches main only to be refused, and a long one simply finds nothing.
 */
export function SearchInput({
  value,
  onSearch,
  max = FIELD_LIMITS.search,
  ...props
}: Omit<TextInputProps, 'onChange' | 'maxLength' | 'value'> & { readonly value: string; readonly onSearch: (value: string) => void; readonly max?: number }) {
  return (
    <TextInput
      leftSection={<IconSearch size={16} aria-hidden />}
      {...props}
      value={value}
      maxLength={max}
      onChange={(e) => onSearch(e.currentTarget.value.slice(0, max))}
    />
  )
}
