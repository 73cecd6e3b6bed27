import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { MantineProvider } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { QueryProvider } from './query/QueryProvider'
import { contrast, useAppTheme } from './app/theme'
import { setupI18n } from './i18n'
import { tellMainTheLanguage } from './i18n/tell-main'

function Root() {
  return (
    <MantineProvider theme={useAppTheme()} defaultColorScheme="auto" cssVariablesResolver={contrast}>
      <QueryProvider>
        <App />
      </QueryProvider>
    </MantineProvider>
  )
}

async function start(): Promise<void> {
  const i18next = await setupI18n()
  tellMainTheLanguage(i18next)
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  )
}

void start()
