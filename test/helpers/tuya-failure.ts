import { AppErrorException } from '../../src/shared/errors'

/** The AppError code (and Tuya code) a call failed with; fails the test if it succeeded. */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; vendorCode: string | undefined }> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppErrorException) return { code: error.error.code, vendorCode: error.error.vendor?.code }
    throw error
  }
  throw new Error('expected a failure')
}
