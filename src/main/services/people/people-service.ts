import type { BulkImports } from './bulk-import'
import type { PersonCredentialsService } from './person-credentials'
import type { PersonsBulkDelete } from './persons-bulk-delete'
import type { PersonsService } from './persons-service'
import type { StaffBulkDelete } from './staff-bulk-delete'
import type { StaffService } from './staff-service'

/** The people module: Akuvox staff access with its bulk import and batch delete, and Tuya persons. */
export interface PeopleService {
  readonly staff: StaffService
  readonly bulk: BulkImports
  readonly bulkDelete: StaffBulkDelete
  readonly persons: PersonsService
  /** A person's face, biometrics and doors. */
  readonly credentials: PersonCredentialsService
  readonly personsBulkDelete: PersonsBulkDelete
}
