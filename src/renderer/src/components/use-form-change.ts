import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { useTranslation } from 'react-i18next'
import { ResultError } from '../query/result-error'
import { useIntentKey } from '../query/use-intent-key'
import { useResultMutation } from '../query/use-result-mutation'
import { notifyQueued } from './ChangeFeedback'

/** What a write answers: made in the cloud, or (`queued`) kept in the outbox. */
type Outcome = { readonly kind: string }

/**
 * A form's change: one intent key per opened form sent with every submit (main makes one change
 * per key), submit ignored while one runs, the error kept for the form to place (`appError`,
 * see form-error.ts). Once a change is made (in the cloud: `onSaved`; kept in the outbox, which
 * then says where it waits: `onQueued`, the form closes) the next submit is a new intent.
 */
export function useFormChange<I, T extends Outcome>(
  write: (input: I, intentKey: string) => Promise<Result<T, AppError>>,
  options: {
    readonly onSaved?: (value: Exclude<T, { readonly kind: 'queued' }>) => void
    /** The form closes here; `queuedMessage`, when given, says what waits in the outbox in the form's words. */
    readonly onQueued?: (value: Extract<T, { readonly kind: 'queued' }>) => void
    readonly queuedMessage?: () => string
    readonly intentKey?: string | null
  },
) {
  const { t } = useTranslation()
  const intent = useIntentKey(options.intentKey)
  const mutation = useResultMutation((input: I) => write(input, intent.key), {
    onDone: (value) => {
      intent.renew()
      if (value.kind !== 'queued') return options.onSaved?.(value as Exclude<T, { readonly kind: 'queued' }>)
      notifyQueued(t, options.queuedMessage?.())
      options.onQueued?.(value as Extract<T, { readonly kind: 'queued' }>)
    },
  })
  const submit = (input: I): void => {
    if (!mutation.isPending) mutation.mutate(input)
  }
  /** The same submit, answering its result (null while another runs), for a caller that decides what comes next. */
  const submitAsync = async (input: I): Promise<Result<T, AppError> | null> => {
    if (mutation.isPending) return null
    try {
      return { ok: true, value: await mutation.mutateAsync(input) }
    } catch (error) {
      if (error instanceof ResultError) return { ok: false, error: error.appError }
      throw error
    }
  }
  return { submit, submitAsync, isPending: mutation.isPending, appError: mutation.appError, variables: mutation.variables }
}
