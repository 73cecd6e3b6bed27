import { Text } from '@mantine/core'
import type { AppError } from '@shared/errors'
import { ErrorAlert } from './ErrorAlert'

/**
 * A paged list's count line: the waiting text only while its first answer is on the way; a read
 * that failed says why instead, so a list never waits forever on an answer that came back refused.
 */
export function ListCount(props: {
  readonly total: number | null
  readonly error: AppError | null
  readonly waiting: string
  readonly counted: (total: number) => string
}) {
  if (props.total === null && props.error) return <ErrorAlert error={props.error} />
  return (
    <Text size="xs" c="dimmed" aria-live="polite">
      {props.total === null ? props.waiting : props.counted(props.total)}
    </Text>
  )
}
