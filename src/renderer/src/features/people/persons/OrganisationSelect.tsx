import { Select } from '@mantine/core'
import { flattenTree } from '@shared/people/organisations'
import type { OrganisationNode } from '@shared/people/persons'
import { useMemo } from 'react'

/** The organisation tree as an indented, searchable list. */
export function OrganisationSelect(props: {
  readonly label: string
  readonly organisations: readonly OrganisationNode[]
  readonly value: string | null
  readonly onChange: (structureId: string | null) => void
  readonly required?: boolean
  readonly clearable?: boolean
  readonly error?: string | null
  readonly placeholder?: string
}) {
  const data = useMemo(() => flattenTree(props.organisations).map(({ node, depth }) => ({ value: node.structureId, label: `${'\u2003'.repeat(depth)}${node.name}` })), [props.organisations])
  return (
    <Select
      label={props.label}
      data={data}
      value={props.value}
      onChange={props.onChange}
      searchable
      required={props.required}
      clearable={props.clearable}
      error={props.error}
      placeholder={props.placeholder}
      data-testid="organisation-select"
    />
  )
}
