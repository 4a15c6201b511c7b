/**
 * What the operation modules (immutable, mutable, lease and advisory
 * handlers) share with the server that runs them.
 */
import type { Clock } from './clock.js'
import type { StorageLogger } from './logger.js'
import type { StorePaths } from './paths.js'
import type { ImmutableLayout } from './immutable-container.js'
import type { OpenFile, OpenFiles } from './open-files.js'
import type { UploadTable } from './uploads.js'
import type { WithdrawableShares } from './withdrawals.js'

export interface StoreContext {
  readonly paths: StorePaths
  /** The 20 bytes recorded in mutable containers and their leases. */
  readonly containerNodeId: Uint8Array
  readonly clock: Clock
  readonly log: StorageLogger
  readonly uploads: UploadTable
  /** Shares closed with their allocation that their upload may still withdraw. */
  readonly withdrawable: WithdrawableShares
  /** The open files of those uploads, by incoming path. */
  readonly uploadFiles: OpenFiles<OpenFile>
  /** Closed immutable shares open for reading, by share path. */
  readonly shareReaders: OpenFiles<ShareReader>
  readonly maxCallSize: number
  /** Free space less the reserve (not less pending uploads). */
  availableSpace: () => Promise<number>
}

/** A closed immutable share open for reading, with its layout as it was read. */
export interface ShareReader extends OpenFile {
  readonly layout: ImmutableLayout
}
