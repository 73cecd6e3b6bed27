import type { SiteDevice } from '@shared/domain/access-groups'
import type { TFunction } from 'i18next'

/** "Front Door, Back Door (security: Alarm)": the relays of a device in one line. */
export function relayNames(t: TFunction, device: Pick<SiteDevice, 'relays' | 'securityRelays'>): string {
  const relays = device.relays.map((r) => r.name).join(t('accessGroups.words.separator'))
  const security = device.securityRelays.map((r) => r.name).join(t('accessGroups.words.separator'))
  if (!security) return relays
  const securityText = t('accessGroups.doors.securityList', { names: security })
  return relays ? `${relays}${t('accessGroups.words.separator')}${securityText}` : securityText
}
