import { type CSSVariablesResolver, Drawer, Modal, NavLink, Notification, createTheme } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** The app's Mantine theme and contrast fixes, shared by the window and the renderer tests. */
const base = {
  primaryColor: 'blue',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  focusRing: 'always',
  // An installer who turned animations off in the OS gets dialogs and drawers without them.
  respectReducedMotion: true,
  // WCAG AA text contrast (4.5:1) for filled, outline and light variants in both schemes.
  primaryShade: { light: 8, dark: 8 },
  // The active item's description at full strength (Mantine fades it to 0.9, below 4.5:1).
  components: { NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }) },
} as const

/** Mantine's close buttons (dialogs, drawers, notifications) carry no name of their own: give them one, in the UI language. */
export function useAppTheme() {
  const { t } = useTranslation()
  const label = t('common.close')
  return useMemo(() => {
    const close = { closeButtonProps: { 'aria-label': label } }
    return createTheme({
      ...base,
      components: {
        ...base.components,
        Modal: Modal.extend({ defaultProps: close }),
        Drawer: Drawer.extend({ defaultProps: close }),
        Notification: Notification.extend({ defaultProps: close }),
      },
    })
  }, [label])
}

/** The status colours badges and text use; their "light" variant text is darkened in the light scheme. */
const STATUS_COLORS = ['blue', 'green', 'teal', 'red', 'orange', 'yellow', 'gray', 'grape', 'violet', 'cyan'] as const

/**
 * WCAG AA (4.5:1) in the light scheme: Mantine's default "dimmed" grey, red text on a striped
 * row and the text of light badges on their tinted background fall short. Shade 9 fixes the first
 * two; badge text needs shade 9 darkened a fifth (green 9 on green 1 is only 3.8:1).
 */
export const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-red-text': 'var(--mantine-color-red-9)',
    // Field errors (red 6 on white is 4.0:1): the people import's cells and the editors' messages.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(STATUS_COLORS.map((c) => [`--mantine-color-${c}-light-color`, `color-mix(in srgb, var(--mantine-color-${c}-9) 80%, black)`])),
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
})
