import i18next from 'i18next'
import { notifyError } from '../../components/ChangeFeedback'
import { startSync } from '../../stores/project/actions'

/** A sync asked for from a shortcut, the palette or a retry link: a refusal is said as a notification. */
export async function syncNow(): Promise<void> {
  const result = await startSync()
  if (!result.ok) notifyError(i18next.t, result.error)
}
