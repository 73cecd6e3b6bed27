import { MantineProvider } from '@mantine/core'
import type { InputOf, InvokeChannel, OutputOf, ResultOf, Transport } from '@shared/ipc'
import { render } from '@testing-library/react'
import i18next from 'i18next'
import type { ReactNode } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { createApi } from '../../../src/preload/create-api'
import { contrast, useAppTheme } from '../../../src/renderer/src/app/theme'
import { resources } from '../../../src/renderer/src/i18n'

/**
 * Answers per channel, standing in for main; the view and its stores are the real ones. Each
 * answer is typed by its channel, so a fake that main could never give does not compile.
 */
export type Answers = { readonly [C in InvokeChannel]?: (input: InputOf<C>) => ResultOf<C> | Promise<ResultOf<C>> }

/** A call the fake main answered: which channel, with what input. */
export interface Call {
  readonly channel: InvokeChannel
  readonly input: unknown
}

/** Builds answers that note each call in `calls` and give back `value`, typed by the channel. */
export function recorder(calls: Call[]) {
  return <C extends InvokeChannel>(channel: C, value: OutputOf<C>) =>
    (input: InputOf<C>): ResultOf<C> => {
      calls.push({ channel, input })
      return { ok: true, value }
    }
}

export function installApi(answers: Answers): { emit: (channel: string, payload: unknown) => void } {
  const listeners = new Map<string, Set<(p: unknown) => void>>()
  const transport: Transport = {
    invoke: async (channel, input) => {
      const answer = answers[channel] as ((input: unknown) => unknown) | undefined
      if (!answer) throw new Error(`no answer for ${channel}`)
      return answer(input)
    },
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
      return () => set.delete(listener)
    },
  }
  Object.defineProperty(window, 'fieldkey', { value: createApi(transport), configurable: true })
  return { emit: (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload)) }
}

export async function renderUi(ui: ReactNode, language = 'en') {
  const i18n = i18next.createInstance()
  await i18n.use(initReactI18next).init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } })
  // Imported here, not at the top: it reads `window.fieldkey`, which `installApi` sets first.
  const { QueryProvider } = await import('../../../src/renderer/src/query/QueryProvider')
  // A wrapper, not a parent element, so `rerender` keeps the providers.
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <QueryProvider>
        <Themed>{children}</Themed>
      </QueryProvider>
    </I18nextProvider>
  )
  return render(ui, { wrapper })
}

/** The window's own theme (named close buttons, contrast fixes), so tests see what installers see. */
function Themed({ children }: { readonly children: ReactNode }) {
  return (
    <MantineProvider theme={useAppTheme()} cssVariablesResolver={contrast}>
      {children}
    </MantineProvider>
  )
}
