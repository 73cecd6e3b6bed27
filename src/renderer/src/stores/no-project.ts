import { appError } from '@shared/errors'
import { err } from '@shared/result'

/** The answer of a change asked for when no project is open (it closed meanwhile): nothing was sent. */
export const noProject = err(appError('not_found', { detail: 'no project is open' }))
