import { z } from 'zod'
import type { TuyaOrganisation } from '@shared/domain/tuya'
import type { TuyaApi } from './api'
import { decode, id, num, text } from './decode'
import type { CallOptions } from './call-options'

const organisationSchema = z
  .object({ structureId: id, parentStructureId: text, structureName: text, level: num, projectId: text, sort: num })
  .transform((o): TuyaOrganisation => o)

/** Documented with camelCase samples and no paging: read a bare array or a `{list}` page. */
const childrenSchema = z.union([z.array(organisationSchema), z.object({ list: z.array(organisationSchema) }).transform((p) => p.list)])

/** The direct children of an organisation (where a person can be placed). */
export async function getOrganisationChildren(api: TuyaApi, structureId: string, options: CallOptions = {}): Promise<readonly TuyaOrganisation[]> {
  const { result } = await api.call({
    method: 'GET',
    path: '/v1.0/iot-02/building/structures/actions/children-info',
    query: { projectId: api.projectId, structureId },
    kind: 'read',
    label: 'GET structures/actions/children-info',
    signal: options.signal,
  })
  return decode(childrenSchema, result, 'structures children-info')
}
