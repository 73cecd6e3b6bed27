import { Loader, Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { type ReactNode, useEffect, useRef } from 'react'

export interface VirtualColumn {
  readonly key: string
  readonly header: ReactNode
  /** A CSS grid track: `2fr`, `120px`, `minmax(0, 1fr)`… */
  readonly width: string
}

export interface VirtualTableProps<T> {
  readonly label: string
  readonly testId: string
  readonly rowTestId: string
  readonly columns: readonly VirtualColumn[]
  readonly total: number
  /** The row at an index, or undefined while its page is being read. */
  readonly row: (index: number) => T | undefined
  readonly rowKey: (row: T, index: number) => string
  readonly cells: (row: T) => Readonly<Record<string, ReactNode>>
  readonly rowHeight: number
  /** The table grows with its rows up to this height, then scrolls. */
  readonly maxHeight: number
  /** Asked for the rows coming into view (paged lists). */
  readonly ensure?: (from: number, to: number) => void
}

/**
 * A table of any length where only the visible rows are in the DOM (TanStack Virtual), so long
 * lists are never cut off. ARIA table roles keep it a table for screen readers; the column
 * headers stay put while the body scrolls.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const parent = useRef<HTMLDivElement>(null)
  const template = props.columns.map((c) => c.width).join(' ')
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({
    count: props.total,
    getScrollElement: () => parent.current,
    estimateSize: () => props.rowHeight,
    overscan: 10,
    // Until the element is measured (and in tests without layout), render the first screenful.
    initialRect: { width: 1000, height: props.maxHeight },
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0
  const { ensure } = props
  useEffect(() => ensure?.(first, last), [ensure, first, last])
  const cellStyle = { padding: '6px 10px', minWidth: 0, overflow: 'hidden' } as const
  return (
    <div
      role="table"
      aria-label={props.label}
      aria-rowcount={props.total + 1}
      data-testid={props.testId}
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          style={{
            display: 'grid',
            gridTemplateColumns: template,
            borderBottom: '1px solid var(--mantine-color-default-border)',
            fontWeight: 600,
            fontSize: 'var(--mantine-font-size-sm)',
          }}
        >
          {props.columns.map((c) => (
            <div key={c.key} role="columnheader" style={cellStyle}>
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div ref={parent} role="rowgroup" style={{ overflow: 'auto', height: Math.min(props.maxHeight, props.total * props.rowHeight) }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = props.row(item.index)
            return (
              <div
                key={row === undefined ? `loading-${item.index}` : props.rowKey(row, item.index)}
                role="row"
                aria-rowindex={item.index + 2}
                data-testid={row === undefined ? undefined : props.rowTestId}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: props.rowHeight,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: template,
                  alignItems: 'center',
                  borderBottom: '1px solid var(--mantine-color-default-border)',
                  background: item.index % 2 === 1 ? 'var(--mantine-color-default-hover)' : undefined,
                  fontSize: 'var(--mantine-font-size-sm)',
                }}
              >
                {row === undefined ? (
                  <div role="cell" style={cellStyle}>
                    <Loader size="xs" />
                  </div>
                ) : (
                  props.columns.map((c) => (
                    <div key={c.key} role="cell" style={cellStyle}>
                      {props.cells(row)[c.key] ?? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </div>
                  ))
                )}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
