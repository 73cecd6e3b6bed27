export { AccessGroupsService, type AccessGroupsServiceDeps } from './access-groups-service'
export { type AccessGroupsWiring, createAccessGroupsService } from './create'
