import type { BulkImports } from './bulk-import'
import type { PersonCredentialsService } from './person-credentials'
import type { PersonsService } from './persons-service'
import type { StaffService } from './staff-service'

/** The people module: Akuvox staff access with its bulk import, and Tuya persons. */
export interface PeopleService {
  readonly staff: StaffService
  readonly bulk: BulkImports
  readonly persons: PersonsService
  /** A person's face, biometrics and doors. */
  readonly credentials: PersonCredentialsService
}
