import type { OrganisationNode } from './persons'

/** The organisation and every organisation under it (the "with sub-organisations" filter). */
export function withDescendants(nodes: readonly OrganisationNode[], structureId: string): string[] {
  const children = new Map<string, string[]>()
  for (const n of nodes) children.set(n.parentStructureId, [...(children.get(n.parentStructureId) ?? []), n.structureId])
  const out: string[] = []
  const seen = new Set<string>()
  const stack = [structureId]
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    out.push(id)
    stack.push(...(children.get(id) ?? []))
  }
  return out
}

/** The tree in display order, each node with its depth (for an indented picker). */
export function flattenTree(nodes: readonly OrganisationNode[]): { readonly node: OrganisationNode; readonly depth: number }[] {
  const ids = new Set(nodes.map((n) => n.structureId))
  const children = new Map<string, OrganisationNode[]>()
  for (const n of nodes) {
    const parent = ids.has(n.parentStructureId) ? n.parentStructureId : ''
    children.set(parent, [...(children.get(parent) ?? []), n])
  }
  const out: { node: OrganisationNode; depth: number }[] = []
  const visit = (parent: string, depth: number, seen: Set<string>) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))
    for (const node of list) {
      if (seen.has(node.structureId)) continue
      seen.add(node.structureId)
      out.push({ node, depth })
      visit(node.structureId, depth + 1, seen)
    }
  }
  visit('', 0, new Set())
  return out
}
