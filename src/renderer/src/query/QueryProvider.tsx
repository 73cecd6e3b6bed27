import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { createQueryClient } from './client'
import { followChanges } from './follow-changes'

/** Gives the app its query cache and keeps it in step with main's change events. */
export function QueryProvider({ children }: { readonly children: ReactNode }) {
  const [client] = useState(createQueryClient)
  useEffect(() => followChanges(client), [client])
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
