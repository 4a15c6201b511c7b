/**
 * The one interface through which uploader, downloader and repairer reach a
 * storage server. Two implementations exist: local (this node's own share
 * store, no socket) and remote (protobuf over `/lafs/storage/1`). Semantics
 * are Tahoe-LAFS's RIStorageServer (spec section h); one test suite runs
 * against both implementations.
 *
 * Storage indexes are 16 bytes; share numbers are 0..255. Every method takes
 * an optional AbortSignal and rejects with a StorageError subclass.
 */
import type { LeaseSecrets } from '../../crypto/lease.js'

export interface CallOptions {
  signal?: AbortSignal
}

export interface StorageVersion {
  /** Largest immutable share this server will accept now (= available space). */
  maximumImmutableShareSize: number
  maximumMutableShareSize: number
  availableSpace: number
  toleratesImmutableReadOverrun: boolean
  deleteMutableSharesWithZeroLengthWritev: boolean
  fillsHolesWithZeroBytes: boolean
  preventsReadPastEndOfShareData: boolean
  applicationVersion: string
}

/** Lease secrets for one (file, server) pair, as derived by the client (spec h.2). */
export type { LeaseSecrets }

export interface AllocateRequest extends LeaseSecrets {
  storageIndex: Uint8Array
  /**
   * A secret chosen by the uploader for this upload; later writes, closes
   * and aborts of these buckets must present it (as Tahoe's HTTP protocol
   * does with its upload secret).
   */
  uploadSecret: Uint8Array
  shareNumbers: number[]
  allocatedSize: number
  /**
   * Contents for some of the requested shares, by share number, written
   * from offset 0 as soon as their buckets open: a small share then needs
   * no write call of its own. Ignored for shares that are not allocated.
   */
  initialData?: ReadonlyMap<number, Uint8Array>
  /**
   * Close, in this same call, every allocated share whose initial data fills
   * the whole allocation: it is durable and served once the reply says so,
   * and a small share costs a single call. Until another upload or a lease
   * counts on it, the same upload can withdraw such a share for a while
   * with abortBucket (when the upload as a whole fails).
   */
  closeWritten?: boolean
}

export interface AllocateResult {
  /** Every share number this server already holds for the storage index. */
  alreadyHave: number[]
  /** The requested share numbers for which a bucket was opened. */
  allocated: number[]
  /**
   * The opened buckets whose initial data was written. An uploader counts
   * on nothing else: a server that predates initial data leaves this empty.
   */
  initialDataWritten: number[]
  /**
   * The buckets closed in this call (closeWritten): their shares are in
   * place. A server that predates closeWritten leaves this empty, and the
   * uploader closes them as usual.
   */
  closed: number[]
}

export interface BucketRef {
  storageIndex: Uint8Array
  shareNumber: number
  uploadSecret: Uint8Array
}

export interface ReadVector {
  offset: number
  length: number
}

/** A test that the bytes at `offset` equal `specimen` (Tahoe's only operator, `eq`). */
export interface TestVector {
  offset: number
  length: number
  specimen: Uint8Array
}

export interface WriteVector {
  offset: number
  data: Uint8Array
}

export interface TestAndWrite {
  test: TestVector[]
  write: WriteVector[]
  /** Truncate (or, at 0, delete) the share after the writes. */
  newLength?: number
}

export interface MutableSecrets extends LeaseSecrets {
  writeEnabler: Uint8Array
}

export interface TestAndSetRequest {
  storageIndex: Uint8Array
  secrets: MutableSecrets
  testAndWrite: Map<number, TestAndWrite>
  readVector: ReadVector[]
}

export interface TestAndSetResult {
  success: boolean
  /** Read results from every share held before the writes, by share number. */
  data: Map<number, Uint8Array[]>
}

export type ShareType = 'immutable' | 'mutable'

export interface StorageServer {
  getVersion (options?: CallOptions): Promise<StorageVersion>

  allocateBuckets (request: AllocateRequest, options?: CallOptions): Promise<AllocateResult>
  /** Writes `data` at `offset`; data in pieces is written as their concatenation (a remote server gets it as one field, not joined first). */
  writeBucket (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], options?: CallOptions): Promise<void>
  closeBucket (bucket: BucketRef, options?: CallOptions): Promise<void>
  /**
   * writeBucket and then closeBucket in one call, provided the upload then
   * holds exactly `written` bytes (all its writes arrived); otherwise, or
   * if the write fails, nothing is closed and the call fails. True once
   * closed; false when a remote server from before this call only wrote,
   * and closeBucket must follow.
   */
  writeAndCloseBucket (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], written: number, options?: CallOptions): Promise<boolean>
  /** Drops an open upload; or withdraws a share the same upload had closed with its allocation (closeWritten), while that is allowed. */
  abortBucket (bucket: BucketRef, options?: CallOptions): Promise<void>

  /** Share numbers of the closed immutable shares held for a storage index. */
  listBuckets (storageIndex: Uint8Array, options?: CallOptions): Promise<number[]>
  /** Reads a closed immutable share; reads past the end are truncated. */
  readBucket (storageIndex: Uint8Array, shareNumber: number, offset: number, length: number, options?: CallOptions): Promise<Uint8Array>

  /** Reads mutable shares; an empty `shareNumbers` means every share held. */
  slotReadv (storageIndex: Uint8Array, shareNumbers: number[], readVector: ReadVector[], options?: CallOptions): Promise<Map<number, Uint8Array[]>>
  slotTestvAndReadvAndWritev (request: TestAndSetRequest, options?: CallOptions): Promise<TestAndSetResult>

  /** Renews the lease with this renew secret, or adds one, on every share of the index. */
  addLease (storageIndex: Uint8Array, secrets: LeaseSecrets, options?: CallOptions): Promise<void>
  /** Renews an existing lease; rejects with NoSuchLeaseError when none matches. */
  renewLease (storageIndex: Uint8Array, renewSecret: Uint8Array, options?: CallOptions): Promise<void>

  adviseCorruptShare (type: ShareType, storageIndex: Uint8Array, shareNumber: number, reason: string, options?: CallOptions): Promise<void>
}
