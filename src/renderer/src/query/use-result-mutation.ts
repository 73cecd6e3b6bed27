import type { AppError } from '@shared/errors'
import type { Result } from '@shared/result'
import { useMutation } from '@tanstack/react-query'
import { appErrorOf, unwrap } from './result-error'

/**
 * A change over IPC. Its error stays until the installer tries again or dismisses it: a refetch
 * of the lists it touched cannot clear it (that is what hid refused saves before). `isPending`
 * is what disables the submit button, so a double click makes one change.
 */
export function useResultMutation<I, T>(write: (input: I) => Promise<Result<T, AppError>>, options: { readonly onDone?: (value: T, input: I) => void } = {}) {
  const mutation = useMutation({
    mutationFn: async (input: I) => unwrap(await write(input)),
    ...(options.onDone ? { onSuccess: options.onDone } : {}),
  })
  return { ...mutation, appError: appErrorOf(mutation.error) }
}
