import { QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { bindQueryClient } from './app-client'
import { createQueryClient } from './client'
import { followChanges } from './follow-changes'

/** Gives the app its query cache and keeps it in step with main's change events. */
export function QueryProvider({ children }: { readonly children: ReactNode }) {
  const [client] = useState(createQueryClient)
  useEffect(() => {
    const unbind = bindQueryClient(client)
    const unfollow = followChanges(client)
    return () => {
      unfollow()
      unbind()
    }
  }, [client])
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
