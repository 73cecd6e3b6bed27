import { AppErrorException } from '@shared/errors'

/** The read's answer, or null when the cloud says the target no longer exists. */
export async function orGone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof AppErrorException && error.error.code === 'not_found') return null
    throw error
  }
}
