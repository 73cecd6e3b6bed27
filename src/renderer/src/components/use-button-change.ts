import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { useTranslation } from 'react-i18next'
import { useResultMutation } from '../query/use-result-mutation'
import { notifyError } from './ChangeFeedback'

/**
 * A change started from a button outside any form (refresh, sync, cancel…): ignored while one
 * runs (`isPending` disables the button), its refusal shown as a notification that stays until
 * closed, since there is no form to show it in.
 */
export function useButtonChange<I, T>(write: (input: I) => Promise<Result<T, AppError>>, onDone?: (value: T, input: I) => void) {
  const { t } = useTranslation()
  const mutation = useResultMutation(
    async (input: I) => {
      const result = await write(input)
      if (!result.ok) notifyError(t, result.error)
      return result
    },
    onDone ? { onDone } : {},
  )
  const run = (input: I): void => {
    if (!mutation.isPending) mutation.mutate(input)
  }
  return { run, isPending: mutation.isPending, appError: mutation.appError }
}
