import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { type CSSVariablesResolver, MantineProvider, NavLink, createTheme } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { setupI18n } from './i18n'

const theme = createTheme({
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  focusRing: 'always',
  // WCAG AA text contrast (4.5:1) for filled, outline and light variants in both schemes.
  primaryShade: { light: 8, dark: 8 },
  // The active item's description at full strength (Mantine fades it to 0.9, below 4.5:1).
  components: { NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }) },
})

/**
 * Mantine's default "dimmed" grey is below 4.5:1 on both backgrounds; one step stronger passes.
 * In the light scheme the status colours' text (light badges, alert titles, field errors) is
 * darkened too: green, orange and yellow on their own tint, and red errors on white, reach 4.5:1.
 */
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-green-light-color': '#237032',
    '--mantine-color-orange-light-color': '#a63c06',
    '--mantine-color-yellow-light-color': '#8a5300',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
})

void setupI18n().then(() => {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={contrast}>
        <App />
      </MantineProvider>
    </StrictMode>,
  )
})
