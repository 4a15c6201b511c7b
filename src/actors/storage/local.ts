/**
 * The local StorageServer: this node's own share store on disk, reached
 * without a socket. Every call is validated before the disk is touched,
 * then queued behind earlier calls on the same storage index, so that no
 * two operations on one share ever interleave.
 */
import { readdir, rm } from 'node:fs/promises'
import { ParameterError } from '../../errors.js'
import type { LeaseSecrets } from '../../crypto/lease.js'
import { advisoryFileName, renderAdvisory, writeAdvisory } from './advisories.js'
import { systemClock, type Clock } from './clock.js'
import {
  DEFAULT_APPLICATION_VERSION, DEFAULT_IDLE_UPLOAD_TIMEOUT_MS, DEFAULT_RESERVED_SPACE, MAX_CALL_SIZE,
  MAX_CORRUPTION_ADVISORIES, MAX_MUTABLE_SHARE_SIZE, MAX_OPEN_SHARE_READERS, MAX_OPEN_UPLOAD_FILES, MAX_PENDING_CALLS
} from './constants.js'
import type { StoreContext } from './context.js'
import { ensureDurableDir } from './disk.js'
import { StorageAbortedError, StorageError, StorageIOError, StorageUnavailableError, BadRequestError } from './errors.js'
import { abortBucket, allocateBuckets, closeBucket, discardUpload, listBuckets, readBucket, writeAndCloseBucket, writeBucket } from './immutable.js'
import type {
  AllocateRequest, AllocateResult, BucketRef, CallOptions, ReadVector, ShareType, StorageServer, StorageVersion,
  TestAndSetRequest, TestAndSetResult
} from './interface.js'
import { KeyedQueue } from './keyed-queue.js'
import { addLease, renewLease } from './lease-ops.js'
import { silentLogger, type StorageLogger } from './logger.js'
import { slotReadv, slotTestvAndReadvAndWritev } from './mutable.js'
import { CONTAINER_NODE_ID_SIZE } from './leases.js'
import { bucketDir, storageIndexName, storePaths } from './paths.js'
import { listShareFiles } from './shares.js'
import { availableSpace, statfsFreeSpace, type FreeSpaceProbe } from './space.js'
import { OpenFiles } from './open-files.js'
import { UploadTable, type OpenUpload } from './uploads.js'
import { WithdrawableShares } from './withdrawals.js'
import {
  checkAllocateRequest, checkBucketRef, checkBytes, checkCallLength, checkLeaseSecrets, checkNonNegative, checkReadVector,
  checkPieces, checkSecret, checkShareNumber, checkShareNumbers, checkStorageIndex, checkTestAndSetRequest
} from './validate.js'

/** Bytes of the node id the server is given (an Ed25519 public key). */
export const NODE_ID_SIZE = 32

export interface LocalStorageInit {
  /** The storage directory; it holds `shares/` and `corruption-advisories/`. */
  storageDir: string
  /** This node's 32-byte public key. Mutable containers record its first 20 bytes. */
  nodeId: Uint8Array
  /**
   * Bytes of disk to leave free; no upload is accepted into them.
   * @default DEFAULT_RESERVED_SPACE
   */
  reservedSpace?: number
  /**
   * An upload with no write for this long is aborted.
   * @default DEFAULT_IDLE_UPLOAD_TIMEOUT_MS
   */
  idleUploadTimeoutMs?: number
  /**
   * Most bytes one call may write or read.
   * @default MAX_CALL_SIZE
   */
  maxCallSize?: number
  /**
   * Time and timers.
   * @default systemClock
   */
  clock?: Clock
  /**
   * How free disk space is measured.
   * @default statfsFreeSpace
   */
  freeSpace?: FreeSpaceProbe
  /**
   * Where the server logs (already namespaced, e.g. `lafs:storage`).
   * @default silentLogger
   */
  logger?: StorageLogger
  /**
   * Reported by getVersion.
   * @default DEFAULT_APPLICATION_VERSION
   */
  applicationVersion?: string
}

export interface LocalStorageServer extends StorageServer {
  /** Creates the directories and clears abandoned uploads from `incoming/`. */
  start: () => Promise<void>
  /** Refuses new calls, lets running ones finish and aborts every upload still open. */
  stop: () => Promise<void>
}

type State = 'stopped' | 'starting' | 'running' | 'stopping'

/** Key for calls that touch no storage index. */
const NO_STORAGE_INDEX = ''

function checkSignal (signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new StorageAbortedError('the call was aborted')
}

/** Any failure that is not already a StorageError is a disk problem the caller cannot fix. */
function asStorageError (err: unknown): StorageError {
  if (err instanceof StorageError) return err
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'unknown'
  return new StorageIOError(`storage failed on disk (${code})`, { cause: err })
}

class Local implements LocalStorageServer {
  private state: State = 'stopped'
  private readonly queue = new KeyedQueue()
  private readonly ctx: StoreContext
  private readonly reservedSpace: number
  private readonly freeSpace: FreeSpaceProbe
  private readonly applicationVersion: string
  private advisoryCount = 0

  constructor (init: LocalStorageInit) {
    if (!(init.nodeId instanceof Uint8Array) || init.nodeId.length !== NODE_ID_SIZE) {
      throw new ParameterError(`the storage node id must be ${NODE_ID_SIZE} bytes`)
    }
    this.reservedSpace = init.reservedSpace ?? DEFAULT_RESERVED_SPACE
    if (!Number.isSafeInteger(this.reservedSpace) || this.reservedSpace < 0) throw new ParameterError('reserved space must be a non-negative integer')
    const maxCallSize = init.maxCallSize ?? MAX_CALL_SIZE
    if (!Number.isSafeInteger(maxCallSize) || maxCallSize <= 0) throw new ParameterError('the maximum call size must be a positive integer')
    const clock = init.clock ?? systemClock
    this.freeSpace = init.freeSpace ?? statfsFreeSpace
    this.applicationVersion = init.applicationVersion ?? DEFAULT_APPLICATION_VERSION
    const paths = storePaths(init.storageDir)
    const idleTimeout = init.idleUploadTimeoutMs ?? DEFAULT_IDLE_UPLOAD_TIMEOUT_MS
    if (!(idleTimeout > 0)) throw new ParameterError('the idle upload timeout must be positive')
    const uploads = new UploadTable(clock, idleTimeout, upload => { this.onIdle(upload) })
    this.ctx = {
      paths,
      containerNodeId: Uint8Array.from(init.nodeId.subarray(0, CONTAINER_NODE_ID_SIZE)),
      clock,
      log: init.logger ?? silentLogger,
      uploads,
      withdrawable: new WithdrawableShares(clock),
      uploadFiles: new OpenFiles(MAX_OPEN_UPLOAD_FILES),
      shareReaders: new OpenFiles(MAX_OPEN_SHARE_READERS),
      maxCallSize,
      availableSpace: async () => await availableSpace(this.freeSpace, paths.shares, this.reservedSpace)
    }
  }

  async start (): Promise<void> {
    if (this.state !== 'stopped') return
    this.state = 'starting'
    try {
      const { paths } = this.ctx
      await ensureDurableDir(paths.shares)
      await ensureDurableDir(paths.advisories)
      // Uploads that were never closed died with the previous process; they are lost, never served.
      await rm(paths.incoming, { recursive: true, force: true })
      await ensureDurableDir(paths.incoming)
      this.advisoryCount = (await readdir(paths.advisories)).length
      this.state = 'running'
      this.ctx.log('started in %s', paths.root)
    } catch (err: unknown) {
      this.state = 'stopped'
      throw asStorageError(err)
    }
  }

  async stop (): Promise<void> {
    if (this.state !== 'running') return
    this.state = 'stopping'
    await this.queue.drain()
    for (const upload of this.ctx.uploads.all()) {
      await discardUpload(this.ctx, upload).catch((err: unknown) => {
        this.ctx.log.error('could not remove the upload of %s share %d: %s', upload.storageIndexName, upload.shareNumber, asStorageError(err).message)
      })
    }
    // Nothing stays open: shares held for reading, and any file left by a failed removal.
    for (const files of [this.ctx.shareReaders, this.ctx.uploadFiles]) {
      await files.releaseAll().catch((err: unknown) => {
        this.ctx.log.error('could not close a share file: %s', asStorageError(err).message)
      })
    }
    this.state = 'stopped'
    this.ctx.log('stopped')
  }

  /** Runs `job` in the queue of `storageIndex` once the server is known to be running. */
  private async run<T>(storageIndex: Uint8Array | undefined, options: CallOptions | undefined, job: () => Promise<T>): Promise<T> {
    if (this.state !== 'running') throw new StorageUnavailableError('the storage server is not running')
    checkSignal(options?.signal)
    if (this.queue.pending >= MAX_PENDING_CALLS) throw new StorageUnavailableError('the storage server is busy; try again later')
    const key = storageIndex === undefined ? NO_STORAGE_INDEX : storageIndexName(storageIndex)
    return await this.queue.run(key, async () => {
      checkSignal(options?.signal)
      try {
        return await job()
      } catch (err: unknown) {
        throw asStorageError(err)
      }
    })
  }

  /**
   * As run(), for calls that may change the share files of the storage
   * index (their leases, their existence): shares of it held open for
   * reading are closed first, so a read never uses a layout read before.
   */
  private async runChanging<T>(storageIndex: Uint8Array, options: CallOptions | undefined, job: () => Promise<T>): Promise<T> {
    return await this.run(storageIndex, options, async () => {
      await this.ctx.shareReaders.releaseUnder(bucketDir(this.ctx.paths, storageIndex))
      return await job()
    })
  }

  private onIdle (upload: OpenUpload): void {
    this.queue.run(upload.storageIndexName, async () => {
      if (!this.ctx.uploads.isOpen(upload)) return
      this.ctx.log('aborting idle upload of %s share %d', upload.storageIndexName, upload.shareNumber)
      await discardUpload(this.ctx, upload)
    }).catch((err: unknown) => {
      this.ctx.log.error('could not abort the idle upload of %s share %d: %s', upload.storageIndexName, upload.shareNumber, asStorageError(err).message)
    })
  }

  async getVersion (options?: CallOptions): Promise<StorageVersion> {
    return await this.run(undefined, options, async () => {
      const space = await this.ctx.availableSpace()
      return {
        maximumImmutableShareSize: space,
        maximumMutableShareSize: MAX_MUTABLE_SHARE_SIZE,
        availableSpace: space,
        toleratesImmutableReadOverrun: true,
        deleteMutableSharesWithZeroLengthWritev: true,
        fillsHolesWithZeroBytes: true,
        preventsReadPastEndOfShareData: true,
        applicationVersion: this.applicationVersion
      }
    })
  }

  async allocateBuckets (request: AllocateRequest, options?: CallOptions): Promise<AllocateResult> {
    const checked = checkAllocateRequest(request)
    return await this.runChanging(checked.storageIndex, options, async () => await allocateBuckets(this.ctx, checked))
  }

  async writeBucket (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], options?: CallOptions): Promise<void> {
    const { checked, at, bytes } = this.#checkWrite(bucket, offset, data)
    await this.run(checked.storageIndex, options, async () => { await writeBucket(this.ctx, checked, at, bytes) })
  }

  async writeAndCloseBucket (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], written: number, options?: CallOptions): Promise<boolean> {
    const { checked, at, bytes } = this.#checkWrite(bucket, offset, data)
    const total = checkNonNegative(written, 'the bytes written')
    await this.runChanging(checked.storageIndex, options, async () => { await writeAndCloseBucket(this.ctx, checked, at, bytes, total) })
    return true
  }

  #checkWrite (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[]): { checked: BucketRef, at: number, bytes: Uint8Array } {
    return {
      checked: checkBucketRef(bucket),
      at: checkNonNegative(offset, 'the write offset'),
      bytes: data instanceof Uint8Array ? checkBytes(data, 'the written data', this.ctx.maxCallSize) : checkPieces(data, 'the written data', this.ctx.maxCallSize)
    }
  }

  async closeBucket (bucket: BucketRef, options?: CallOptions): Promise<void> {
    const checked = checkBucketRef(bucket)
    await this.runChanging(checked.storageIndex, options, async () => { await closeBucket(this.ctx, checked) })
  }

  async abortBucket (bucket: BucketRef, options?: CallOptions): Promise<void> {
    const checked = checkBucketRef(bucket)
    await this.run(checked.storageIndex, options, async () => { await abortBucket(this.ctx, checked) })
  }

  async listBuckets (storageIndex: Uint8Array, options?: CallOptions): Promise<number[]> {
    const si = checkStorageIndex(storageIndex)
    return await this.run(si, options, () => Promise.resolve(listBuckets(this.ctx, si)))
  }

  async readBucket (storageIndex: Uint8Array, shareNumber: number, offset: number, length: number, options?: CallOptions): Promise<Uint8Array> {
    const si = checkStorageIndex(storageIndex)
    const shnum = checkShareNumber(shareNumber)
    const at = checkNonNegative(offset, 'the read offset')
    const size = checkCallLength(length, 'the read length', this.ctx.maxCallSize)
    return await this.run(si, options, async () => await readBucket(this.ctx, si, shnum, at, size))
  }

  async slotReadv (storageIndex: Uint8Array, shareNumbers: number[], readVector: ReadVector[], options?: CallOptions): Promise<Map<number, Uint8Array[]>> {
    const si = checkStorageIndex(storageIndex)
    const shnums = checkShareNumbers(shareNumbers)
    const vector = checkReadVector(readVector, this.ctx.maxCallSize)
    return await this.run(si, options, async () => await slotReadv(this.ctx, si, shnums, vector))
  }

  async slotTestvAndReadvAndWritev (request: TestAndSetRequest, options?: CallOptions): Promise<TestAndSetResult> {
    const checked = checkTestAndSetRequest(request, this.ctx.maxCallSize)
    return await this.runChanging(checked.storageIndex, options, async () => await slotTestvAndReadvAndWritev(this.ctx, checked))
  }

  async addLease (storageIndex: Uint8Array, secrets: LeaseSecrets, options?: CallOptions): Promise<void> {
    const si = checkStorageIndex(storageIndex)
    const checked = checkLeaseSecrets(secrets)
    await this.runChanging(si, options, async () => { await addLease(this.ctx, si, checked) })
  }

  async renewLease (storageIndex: Uint8Array, renewSecret: Uint8Array, options?: CallOptions): Promise<void> {
    const si = checkStorageIndex(storageIndex)
    const secret = checkSecret(renewSecret, 'lease renew secret')
    await this.runChanging(si, options, async () => { await renewLease(this.ctx, si, secret) })
  }

  async adviseCorruptShare (type: ShareType, storageIndex: Uint8Array, shareNumber: number, reason: string, options?: CallOptions): Promise<void> {
    if (type !== 'immutable' && type !== 'mutable') throw new BadRequestError('the share type must be "immutable" or "mutable"')
    const si = checkStorageIndex(storageIndex)
    const shnum = checkShareNumber(shareNumber)
    if (typeof reason !== 'string') throw new BadRequestError('the reason must be text')
    await this.run(si, options, async () => {
      const name = storageIndexName(si)
      const held = listShareFiles(this.ctx.paths, si).some(share => share.shareNumber === shnum && share.kind === type)
      if (!held) return
      if (this.advisoryCount >= MAX_CORRUPTION_ADVISORIES) {
        this.ctx.log('dropping a corruption advisory for %s share %d: %d reports already kept', name, shnum, this.advisoryCount)
        return
      }
      const report = renderAdvisory(type, name, shnum, reason)
      if (Buffer.byteLength(report) > await this.ctx.availableSpace()) return
      await writeAdvisory(this.ctx.paths.advisories, advisoryFileName(this.ctx.clock.now(), name, shnum), report)
      this.advisoryCount++
      this.ctx.log('corruption advisory for %s %s share %d', type, name, shnum)
    })
  }
}

/** A StorageServer over the share store in `init.storageDir`; call start() before use. */
export function localStorageServer (init: LocalStorageInit): LocalStorageServer {
  return new Local(init)
}
