export { SendsService, type SendsServiceDeps } from './sends-service'
export { type SendsWiring, createSendsService } from './create'
