/**
 * Errors of the storage actor. Each has a stable `code`; the wire layer maps
 * every code to a status code and back, so the set is kept small and a code,
 * once published, never changes meaning. Messages never carry secrets.
 */
import { LafsError } from '../../errors.js'

export const StorageErrorCode = {
  /** Malformed input: bad offset or length, wrong-size secret, too much data for one call. */
  BAD_REQUEST: 'ERR_BAD_REQUEST',
  /** A storage index that is not exactly 16 bytes. */
  BAD_STORAGE_INDEX: 'ERR_BAD_STORAGE_INDEX',
  /** A share number that is not an integer in 0..255. */
  BAD_SHARE_NUMBER: 'ERR_BAD_SHARE_NUMBER',
  /** A write that would change bytes already written to an immutable bucket. */
  CONFLICTING_WRITE: 'ERR_CONFLICTING_WRITE',
  /** A write past the allocated size, or a mutable share that would outgrow the server. */
  DATA_TOO_LARGE: 'ERR_DATA_TOO_LARGE',
  /** No open upload (for write/close/abort) or no closed share (for read) with that number. */
  NO_SUCH_BUCKET: 'ERR_NO_SUCH_BUCKET',
  /** An upload secret that does not match the one given at allocation. */
  BAD_UPLOAD_SECRET: 'ERR_BAD_UPLOAD_SECRET',
  /** A write enabler that does not match the one recorded in the slot. */
  BAD_WRITE_ENABLER: 'ERR_BAD_WRITE_ENABLER',
  /** No lease with that renew secret on any share of the storage index. */
  NO_SUCH_LEASE: 'ERR_NO_SUCH_LEASE',
  /** A file on disk is not a container the operation can use (unknown version, other share type, damaged). */
  BAD_CONTAINER: 'ERR_BAD_CONTAINER',
  /** The server is not started, is stopping, or has too many calls queued. */
  UNAVAILABLE: 'ERR_UNAVAILABLE',
  /** The caller's AbortSignal fired before the operation touched the disk. */
  ABORTED: 'ERR_ABORTED',
  /** The disk failed in a way the caller cannot fix (I/O error, disk full). */
  IO: 'ERR_STORAGE_IO'
} as const

export type StorageErrorCodeValue = typeof StorageErrorCode[keyof typeof StorageErrorCode]

/** Every storage error code, for the wire layer's code <-> status table. */
export const STORAGE_ERROR_CODES: readonly StorageErrorCodeValue[] = Object.freeze(Object.values(StorageErrorCode))

export class StorageError extends LafsError {
  declare readonly code: StorageErrorCodeValue

  constructor (code: StorageErrorCodeValue, message: string, options?: ErrorOptions) {
    super(code, message, options)
  }
}

export class BadRequestError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.BAD_REQUEST, message, options)
  }
}

export class BadStorageIndexError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.BAD_STORAGE_INDEX, message, options)
  }
}

export class BadShareNumberError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.BAD_SHARE_NUMBER, message, options)
  }
}

export class ConflictingWriteError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.CONFLICTING_WRITE, message, options)
  }
}

export class DataTooLargeError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.DATA_TOO_LARGE, message, options)
  }
}

export class NoSuchBucketError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.NO_SUCH_BUCKET, message, options)
  }
}

export class BadUploadSecretError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.BAD_UPLOAD_SECRET, message, options)
  }
}

export class BadWriteEnablerError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.BAD_WRITE_ENABLER, message, options)
  }
}

export class NoSuchLeaseError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.NO_SUCH_LEASE, message, options)
  }
}

export class BadContainerError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.BAD_CONTAINER, message, options)
  }
}

export class StorageUnavailableError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.UNAVAILABLE, message, options)
  }
}

export class StorageAbortedError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.ABORTED, message, options)
  }
}

export class StorageIOError extends StorageError {
  constructor (message: string, options?: ErrorOptions) {
    super(StorageErrorCode.IO, message, options)
  }
}

type StorageErrorClass = new (message: string, options?: ErrorOptions) => StorageError

const CLASS_BY_CODE: Record<StorageErrorCodeValue, StorageErrorClass> = {
  ERR_BAD_REQUEST: BadRequestError,
  ERR_BAD_STORAGE_INDEX: BadStorageIndexError,
  ERR_BAD_SHARE_NUMBER: BadShareNumberError,
  ERR_CONFLICTING_WRITE: ConflictingWriteError,
  ERR_DATA_TOO_LARGE: DataTooLargeError,
  ERR_NO_SUCH_BUCKET: NoSuchBucketError,
  ERR_BAD_UPLOAD_SECRET: BadUploadSecretError,
  ERR_BAD_WRITE_ENABLER: BadWriteEnablerError,
  ERR_NO_SUCH_LEASE: NoSuchLeaseError,
  ERR_BAD_CONTAINER: BadContainerError,
  ERR_UNAVAILABLE: StorageUnavailableError,
  ERR_ABORTED: StorageAbortedError,
  ERR_STORAGE_IO: StorageIOError
}

export function isStorageErrorCode (code: string): code is StorageErrorCodeValue {
  return Object.hasOwn(CLASS_BY_CODE, code)
}

/**
 * Rebuilds the typed error for a code received from the wire, so that both
 * StorageServer implementations reject with the same classes.
 */
export function storageErrorFromCode (code: StorageErrorCodeValue, message: string): StorageError {
  return new CLASS_BY_CODE[code](message)
}
