/**
 * The mutable-file actor: create, read, overwrite and partially write SDMF
 * and MDMF files on the grid, through the StorageServer interface only, a
 * bounded number of jobs at a time, each with its own AbortSignal.
 *
 * Authority follows the cap: a read cap reads; every write needs a write
 * cap and is refused for a read cap before any server is contacted. Nothing
 * here derives a write cap from a read cap (the readkey is a hash of the
 * writekey, not the other way round).
 */
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import { mutableVersionKey } from '../../encoding/mutable/index.js'
import { ParameterError } from '../../errors.js'
import type { MutableWriteCap } from '../../encoding/caps.js'
import type { MutableFormat } from '../../encoding/mutable/index.js'
import type { ZfecKernel } from '../../encoding/zfec/index.js'
import type { GridServer, ServerSource } from '../grid.js'
import { JobQueue } from '../job-queue.js'
import { silentLogger, type ActorLogger } from '../logger.js'
import {
  DEFAULT_CALL_TIMEOUT_MS, DEFAULT_KEY_POOL_SIZE, DEFAULT_MAX_CONCURRENT_MUTABLE_JOBS, DEFAULT_MAX_OUTSTANDING,
  DEFAULT_MAX_QUEUED_MUTABLE_JOBS, DEFAULT_MUTABLE_K, DEFAULT_MUTABLE_N
} from './constants.js'
import { KeyedQueue } from '../storage/keyed-queue.js'
import { readKeysOf, writeKeysOf, type FileWriteKeys, type MutableFileCap, type MutableJobContext } from './context.js'
import { UncoordinatedWriteError, WriteOffsetError } from './errors.js'
import { FileStateCache, fileStateKey, type FileStateCacheInit } from './file-state.js'
import { keyPool, type KeyPool } from './key-pool.js'
import { modifyFile, type ModifyOutcome, type ModifyRun, type MutableModifier, type MutableModifyResult } from './modify-file.js'
import { writeAtFile, type WriteResult } from './modify.js'
import { createFile, mapFile, readFile, type EncodingParameters, type MutableReadResult } from './operations.js'
import { mapAfterPublish } from './published-map.js'
import type { ByteRange } from './retrieve.js'
import type { Servermap, ServermapMode } from './servermap.js'
import { adviseCorruptShare } from './slot-io.js'

export {
  NotEnoughServersError, ReadOnlyCapError, ShareUnavailableError, UncoordinatedWriteError, UnrecoverableMutableFileError, WriteOffsetError
} from './errors.js'
export { keyPool, type KeyPool, type KeyPoolInit } from './key-pool.js'
export type { Servermap, ServermapMode, VersionInfo, ShareRecord, BadShareRecord } from './servermap.js'
export type { MutableFileCap } from './context.js'
export type { ModifyInfo, MutableModifier, MutableModifyResult } from './modify-file.js'
export type { FileStateCacheInit } from './file-state.js'
export type { EncodingParameters, MutableReadResult, WriteResult, ByteRange }

export interface MutableFilesInit {
  /** k and N of new files, and MDMF's segment size. @default 3-of-10, 128 KiB */
  encoding?: EncodingParameters
  /** @default DEFAULT_MAX_CONCURRENT_MUTABLE_JOBS */
  maxConcurrent?: number
  /** @default DEFAULT_MAX_QUEUED_MUTABLE_JOBS */
  maxQueued?: number
  /** One storage call's limit. @default DEFAULT_CALL_TIMEOUT_MS */
  timeoutMs?: number
  /** Servermap queries and share writes in flight. @default DEFAULT_MAX_OUTSTANDING */
  maxOutstanding?: number
  /** RSA keys generated ahead for new files. @default DEFAULT_KEY_POOL_SIZE */
  keyPoolSize?: number
  /** Bounds of the state kept per file this node writes (see file-state.ts); maxEntries 0 keeps none. */
  stateCache?: FileStateCacheInit
  kernel?: ZfecKernel
}

export interface MutableFilesComponents {
  servers: ServerSource
  leaseSecret: Uint8Array
  log?: ActorLogger
  /** Where new files' keys come from; started and stopped with the actor. @default a pool of keyPoolSize keys */
  keys?: KeyPool
}

export interface JobOptions {
  signal?: AbortSignal
}

export interface CreateOptions extends JobOptions {
  /** @default 'sdmf', as Tahoe */
  format?: MutableFormat
  /** Publish under this key instead of a new one: the cap is then `mutableWriteCapForKey(key, format)`. */
  privateKey?: RsaPrivateKey
}

export interface ReadOptions extends JobOptions {
  range?: ByteRange
  /** Read with this map instead of building one. */
  servermap?: Servermap
  /** Sees the chosen version's size before its contents are fetched; throws to refuse it. */
  checkSize?: (size: number) => void
}

export interface ModifyOptions extends JobOptions {
  /** True when an earlier attempt of the same change may have landed (passed on to the modifier). @default false */
  retry?: boolean
  /** Sees the current version's size before its contents are fetched; throws to refuse it. */
  checkSize?: (size: number) => void
}

export interface WriteOptions extends JobOptions {
  /** Publish against this write-mode map instead of building one (its shares are what gets replaced). */
  servermap?: Servermap
}

export interface MutableFiles {
  start: () => Promise<void>
  stop: () => Promise<void>
  /** Publishes `data` as seqnum 1 of a new file; returns its write cap. */
  create: (data: Uint8Array, options?: CreateOptions) => Promise<MutableWriteCap>
  /** The best recoverable version's bytes, or a range of them. */
  read: (cap: MutableFileCap, options?: ReadOptions) => Promise<MutableReadResult>
  /** Replaces the contents. Needs a write cap. */
  overwrite: (cap: MutableFileCap, data: Uint8Array, options?: WriteOptions) => Promise<WriteResult>
  /**
   * Read-modify-write (Tahoe's `modify`): `modifier` turns the current
   * contents into the new ones, published as the next version. Starts from
   * what this node last published when it has that, else from the servers;
   * UncoordinatedWriteError when another writer got in between. Needs a write cap.
   */
  modify: (cap: MutableFileCap, modifier: MutableModifier, options?: ModifyOptions) => Promise<MutableModifyResult>
  /** Writes `data` at `offset` (at most the size; may grow the file). Needs a write cap. */
  writeAt: (cap: MutableFileCap, offset: number, data: Uint8Array, options?: WriteOptions) => Promise<WriteResult>
  /** What the servers hold of the file ('write' asks every server). */
  servermap: (cap: MutableFileCap, mode?: ServermapMode, options?: JobOptions) => Promise<Servermap>
}

function checkData (data: unknown): Uint8Array {
  if (!(data instanceof Uint8Array)) throw new ParameterError('file contents must be a Uint8Array')
  return data
}

class MutableFilesActor implements MutableFiles {
  readonly #init: MutableFilesInit
  readonly #components: MutableFilesComponents
  readonly #jobs: JobQueue
  readonly #log: ActorLogger
  readonly #keys: KeyPool
  readonly #encoding: EncodingParameters
  /** Corruption reports under way; awaited on stop. */
  readonly #advisories = new Set<Promise<void>>()
  /** What this node last published of each file it writes. */
  readonly #states: FileStateCache
  /** Writes of one file run one at a time (as Tahoe serializes a filenode's writes), so they never collide with each other. */
  readonly #writes = new KeyedQueue()

  constructor (init: MutableFilesInit, components: MutableFilesComponents) {
    this.#init = init
    this.#components = components
    this.#log = components.log ?? silentLogger
    this.#encoding = init.encoding ?? { k: DEFAULT_MUTABLE_K, n: DEFAULT_MUTABLE_N }
    this.#keys = components.keys ?? keyPool({ size: init.keyPoolSize ?? DEFAULT_KEY_POOL_SIZE, log: this.#log })
    this.#states = new FileStateCache(init.stateCache)
    this.#jobs = new JobQueue({
      name: 'the mutable-file actor',
      concurrency: init.maxConcurrent ?? DEFAULT_MAX_CONCURRENT_MUTABLE_JOBS,
      maxQueued: init.maxQueued ?? DEFAULT_MAX_QUEUED_MUTABLE_JOBS
    })
  }

  start (): Promise<void> {
    this.#keys.start()
    this.#jobs.start()
    return Promise.resolve()
  }

  async stop (): Promise<void> {
    this.#jobs.stop()
    await this.#keys.stop()
    await Promise.all(this.#advisories)
    this.#states.clear()
  }

  async create (data: Uint8Array, options: CreateOptions = {}): Promise<MutableWriteCap> {
    checkData(data)
    const format = options.format ?? 'sdmf'
    if (format !== 'sdmf' && format !== 'mdmf') throw new ParameterError(`unknown mutable format ${String(format)}`)
    return await this.#run(options, undefined, async ctx => {
      const privateKey = options.privateKey ?? await this.#keys.take(ctx.signal)
      const { cap, result } = await createFile(ctx, data, { format, privateKey, encoding: this.#encoding })
      this.#log('created a %s file of %d bytes: %d shares', format, data.length, result.distinctShares)
      const keys = writeKeysOf(cap, 'create')
      const map = mapAfterPublish(keys.storageIndex, undefined, ctx.servers, result)
      const state = map === undefined
        ? undefined
        : { map, version: result.version, versionKey: mutableVersionKey(result.version), plaintext: data.slice(), secrets: new Map() }
      this.#states.remember(fileStateKey(keys.storageIndex, keys.fingerprint), privateKey, state)
      return cap
    })
  }

  async read (cap: MutableFileCap, options: ReadOptions = {}): Promise<MutableReadResult> {
    const keys = readKeysOf(cap)
    const kept = this.#states.state(fileStateKey(keys.storageIndex, keys.fingerprint))
    return await this.#run(options, keys.storageIndex, async ctx => await readFile(ctx, keys, { ...options, kept }))
  }

  async overwrite (cap: MutableFileCap, data: Uint8Array, options: WriteOptions = {}): Promise<WriteResult> {
    const keys = writeKeysOf(cap, 'overwrite')
    checkData(data)
    return await this.#run(options, keys.storageIndex, async ctx => {
      const { seqnum, size, distinctShares } = await this.#modify(ctx, keys, data, { map: options.servermap, retry: false })
      return { seqnum, size, distinctShares, partial: false }
    })
  }

  async modify (cap: MutableFileCap, modifier: MutableModifier, options: ModifyOptions = {}): Promise<MutableModifyResult> {
    const keys = writeKeysOf(cap, 'modify')
    if (typeof modifier !== 'function') throw new ParameterError('modify needs a function from the old contents to the new')
    return await this.#run(options, keys.storageIndex, async ctx =>
      await this.#modify(ctx, keys, modifier, { retry: options.retry ?? false, checkSize: options.checkSize }))
  }

  async writeAt (cap: MutableFileCap, offset: number, data: Uint8Array, options: WriteOptions = {}): Promise<WriteResult> {
    const keys = writeKeysOf(cap, 'writeAt')
    checkData(data)
    // Whether it is past the end is known only once the servers have answered.
    if (!Number.isSafeInteger(offset) || offset < 0) throw new WriteOffsetError(`offset ${offset} is not a non-negative integer`)
    const key = fileStateKey(keys.storageIndex, keys.fingerprint)
    return await this.#run(options, keys.storageIndex, async ctx => await this.#writes.run(key, async () => {
      // A partial write leaves shares this node has not seen whole: the next modify maps afresh.
      this.#states.forget(key)
      return await writeAtFile(ctx, keys, offset, data, { servermap: options.servermap, encoding: this.#encoding })
    }))
  }

  /**
   * A modify or overwrite, one at a time per file, from kept state when
   * there is some. When that attempt fails, or the modifier throws or asks
   * for no write (it judged contents that may be out of date), the state is
   * dropped and the attempt runs again from a fresh servermap. If the failed
   * attempt had written some shares, it runs again only when no other
   * writer's version is in sight (a share that changed under it was, say,
   * damaged); otherwise its UncoordinatedWriteError stands.
   */
  async #modify (
    ctx: MutableJobContext, keys: FileWriteKeys, change: MutableModifier | Uint8Array,
    options: { retry: boolean, map?: Servermap, checkSize?: (size: number) => void }
  ): Promise<MutableModifyResult> {
    const key = fileStateKey(keys.storageIndex, keys.fingerprint)
    return await this.#writes.run(key, async () => {
      let run: ModifyRun = { encoding: this.#encoding, ...options, privateKey: this.#states.privateKey(key) }
      const start = options.map === undefined ? this.#states.state(key) : undefined
      if (start !== undefined && run.privateKey !== undefined) {
        let failure: unknown
        try {
          const outcome = await modifyFile(ctx, keys, change, { ...run, start })
          if (outcome.result.changed) return this.#keep(key, outcome)
        } catch (err: unknown) {
          ctx.signal?.throwIfAborted()
          failure = err
        }
        this.#states.forget(key)
        this.#log('kept state of %s was not enough; mapping afresh', Buffer.from(keys.storageIndex).toString('hex'))
        if (failure instanceof UncoordinatedWriteError && failure.written > 0) {
          const map = await mapFile(ctx, keys, 'write')
          if (map.versions().filter(info => info.version.seqnum > start.version.seqnum).length > 1) throw failure
          run = { ...run, map, retry: true }
        }
      }
      try {
        return this.#keep(key, await modifyFile(ctx, keys, change, run))
      } catch (err: unknown) {
        this.#states.forget(key)
        throw err
      }
    })
  }

  #keep (key: string, outcome: ModifyOutcome): MutableModifyResult {
    this.#states.remember(key, outcome.privateKey, outcome.state)
    return outcome.result
  }

  async servermap (cap: MutableFileCap, mode: ServermapMode = 'read', options: JobOptions = {}): Promise<Servermap> {
    const keys = readKeysOf(cap)
    return await this.#run(options, keys.storageIndex, async ctx => await mapFile(ctx, keys, mode))
  }

  async #run<T> (options: JobOptions, storageIndex: Uint8Array | undefined, job: (ctx: MutableJobContext) => Promise<T>): Promise<T> {
    return await this.#jobs.run(async signal => await job(this.#context(signal, storageIndex)), options.signal)
  }

  #context (signal: AbortSignal, storageIndex: Uint8Array | undefined): MutableJobContext {
    const timeoutMs = this.#init.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS
    return {
      servers: this.#components.servers(),
      leaseSecret: this.#components.leaseSecret,
      timeoutMs,
      maxOutstanding: this.#init.maxOutstanding ?? DEFAULT_MAX_OUTSTANDING,
      signal,
      log: this.#log,
      kernel: this.#init.kernel,
      onBadShare: (server, shnum, reason, corrupt) => { this.#badShare(server, storageIndex, shnum, reason, corrupt, timeoutMs) }
    }
  }

  #badShare (server: GridServer, storageIndex: Uint8Array | undefined, shnum: number, reason: string, corrupt: boolean, timeoutMs: number): void {
    this.#log.error('share %d on %s is %s: %s', shnum, server.id, corrupt ? 'corrupt' : 'unusable', reason)
    if (!corrupt || storageIndex === undefined) return
    // Reported without holding up the read; adviseCorruptShare logs its own failures and never rejects.
    const report = adviseCorruptShare(server, storageIndex, shnum, reason, { timeoutMs, log: this.#log })
      .finally(() => this.#advisories.delete(report))
    this.#advisories.add(report)
  }
}

export function mutableFilesActor (init: MutableFilesInit = {}): (components: MutableFilesComponents) => MutableFiles {
  return components => new MutableFilesActor(init, components)
}
