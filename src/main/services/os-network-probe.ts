import { networkInterfaces } from 'node:os'
import type { NetworkProbe } from './network-monitor'

/** Outside Electron: online when any non-internal interface has an address. */
export const osNetworkProbe: NetworkProbe = () => Object.values(networkInterfaces()).some((addresses) => addresses?.some((a) => !a.internal) ?? false)
