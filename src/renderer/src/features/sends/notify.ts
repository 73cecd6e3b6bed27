/** The one on-screen notice of a send waiting in the outbox: how it was settled replaces it. */
export const SEND_NOTICE = 'send-outbox'

/**
 * OS notifications through the web Notification API (Electron and Chromium both show them).
 * Permission is asked only from a user gesture (the send confirmation), never on load.
 */
export function askNotificationPermission(): void {
  if (typeof Notification !== 'undefined' && Notification.permission === 'default') void Notification.requestPermission()
}

/** Shows an OS notification when the window is in the background; true when one was shown. */
export function notifyInBackground(title: string, body: string): boolean {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false
  if (!document.hidden && document.hasFocus()) return false
  new Notification(title, { body, tag: 'fieldkey-send' })
  return true
}
