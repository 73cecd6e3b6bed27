import { api } from '../api'
import { appInfoKey, networkKey } from '../query/keys'
import { useResultQuery } from '../query/use-result-query'

/** Versions, runtime, keychain backend and database of the running app. */
export function useAppInfo() {
  return useResultQuery(appInfoKey, () => api.app.info())
}

/** Online or not, and since when; main pushes each change (`network:changed`). */
export function useNetwork() {
  return useResultQuery(networkKey, () => api.network.status())
}
