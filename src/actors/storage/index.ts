/**
 * The storage actor's public face: the StorageServer interface, the local
 * implementation over Tahoe-LAFS's on-disk layout, its errors and limits.
 */
export type * from './interface.js'
export * from './errors.js'
export {
  DEFAULT_IDLE_UPLOAD_TIMEOUT_MS, DEFAULT_RESERVED_SPACE, LEASE_DURATION_SECONDS, MAX_CALL_SIZE,
  MAX_MUTABLE_SHARE_SIZE, MAX_SHARES_PER_ALLOCATION, MAX_VECTOR_ENTRIES, SECRET_SIZE, SHARE_NUMBER_LIMIT,
  STORAGE_INDEX_SIZE
} from './constants.js'
export { localStorageServer, NODE_ID_SIZE, type LocalStorageInit, type LocalStorageServer } from './local.js'
export { systemClock, type Clock } from './clock.js'
export { silentLogger, type StorageLogger } from './logger.js'
export { statfsFreeSpace, type FreeSpaceProbe } from './space.js'
