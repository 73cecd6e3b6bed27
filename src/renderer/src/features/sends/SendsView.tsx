export type SendsPage = 'channels' | 'sends' | 'report'

/** The permission sends of the open project: channels and permissions, sends and tracking, the report. */
export function SendsView({ page }: { readonly page: SendsPage }) {
  return <div data-testid={`sends-${page}`} />
}
