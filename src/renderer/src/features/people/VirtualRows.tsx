import { useVirtualizer } from '@tanstack/react-virtual'
import { type ReactNode, useEffect, useRef } from 'react'

/** A virtualized list: only the visible rows are in the DOM, pages are asked for as they come into view. */
export function VirtualRows<T>(props: {
  readonly label: string
  readonly total: number
  readonly rows: ReadonlyMap<number, T>
  readonly rowHeight: number
  readonly height: number | string
  readonly ensure: (from: number, to: number) => void
  readonly render: (row: T, index: number) => ReactNode
  readonly testId: string
}) {
  const parent = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({ count: props.total, getScrollElement: () => parent.current, estimateSize: () => props.rowHeight, overscan: 12 })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0
  const { ensure } = props
  useEffect(() => ensure(first, last), [ensure, first, last])
  return (
    <div ref={parent} style={{ overflow: 'auto', height: props.height }} role="list" aria-label={props.label} data-testid={props.testId}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = props.rows.get(item.index)
          return (
            <div
              key={item.key}
              role="listitem"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: props.rowHeight, transform: `translateY(${item.start}px)` }}
            >
              {row !== undefined && props.render(row, item.index)}
            </div>
          )
        })}
      </div>
    </div>
  )
}
