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
  const flat = useMemo(() => flattenTree(props.organisations), [props.organisations])
  const depth = useMemo(() => new Map(flat.map((f) => [f.node.structureId, f.depth])), [flat])
  // A name two organisations share (a "Management" in every building) is told apart by its parent.
  const data = useMemo(() => {
    const names = new Map<string, number>()
    for (const { node } of flat) names.set(node.name, (names.get(node.name) ?? 0) + 1)
    const byId = new Map(flat.map(({ node }) => [node.structureId, node]))
    return flat.map(({ node }) => {
      const parent = byId.get(node.parentStructureId)
      return { value: node.structureId, label: (names.get(node.name) ?? 0) > 1 && parent ? `${node.name} (${parent.name})` : node.name }
    })
  }, [flat])
  return (
    <Select
      label={props.label}
      data={data}
      value={props.value}
      onChange={props.onChange}
      searchable
      // The tree shows as indentation in the list only: the chosen name stands on its own in the field.
      renderOption={({ option }) => <span style={{ paddingInlineStart: `${(depth.get(option.value) ?? 0) * 16}px` }}>{option.label}</span>}
      required={props.required}
      clearable={props.clearable}
      error={props.error}
      placeholder={props.placeholder}
      data-testid="organisation-select"
    />
  )
}
