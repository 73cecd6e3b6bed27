export { type PeopleWiring, createPeopleService } from './create'
export type { PeopleService } from './people-service'
