/**
 * What the operation modules (immutable, mutable, lease and advisory
 * handlers) share with the server that runs them.
 */
import type { Clock } from './clock.js'
import type { StorageLogger } from './logger.js'
import type { StorePaths } from './paths.js'
import type { UploadFiles } from './upload-files.js'
import type { UploadTable } from './uploads.js'

export interface StoreContext {
  readonly paths: StorePaths
  /** The 20 bytes recorded in mutable containers and their leases. */
  readonly containerNodeId: Uint8Array
  readonly clock: Clock
  readonly log: StorageLogger
  readonly uploads: UploadTable
  /** The open files of those uploads. */
  readonly files: UploadFiles
  readonly maxCallSize: number
  /** Free space less the reserve (not less pending uploads). */
  availableSpace: () => Promise<number>
}
