/**
 * The downloader actor: streams immutable files (LIT and CHK) and
 * validated ciphertext (with a verify cap), a bounded number at a time.
 */
import type { ChkCap, ChkVerifierCap, LitCap } from '../../encoding/caps.js'
import type { ServerSource } from '../grid.js'
import { JobQueue } from '../job-queue.js'
import { silentLogger, type ActorLogger } from '../logger.js'
import { downloadCiphertext, downloadImmutable, type ByteRange, type CiphertextSegment, type DownloadProgress } from './immutable-download.js'

export { NotEnoughSharesError, RangeNotSatisfiableError } from './errors.js'
export type { ByteRange, CiphertextSegment, DownloadProgress } from './immutable-download.js'

export const DEFAULT_MAX_CONCURRENT_DOWNLOADS = 8
export const DEFAULT_MAX_QUEUED_DOWNLOADS = 64

export interface DownloaderInit {
  /** @default DEFAULT_MAX_CONCURRENT_DOWNLOADS */
  maxConcurrent?: number
  /** @default DEFAULT_MAX_QUEUED_DOWNLOADS */
  maxQueued?: number
}

export interface DownloaderComponents {
  servers: ServerSource
  log?: ActorLogger
}

export interface ReadOptions {
  range?: ByteRange
  signal?: AbortSignal
  onProgress?: (event: DownloadProgress) => void
}

export interface Downloader {
  start: () => Promise<void>
  stop: () => Promise<void>
  /** The file's bytes (or a range of them), as they are validated and decrypted. */
  read: (cap: ChkCap | LitCap, options?: ReadOptions) => AsyncGenerator<Uint8Array>
  /** Validated ciphertext, without the key: for verifiers and the repairer. */
  readCiphertext: (cap: ChkCap | ChkVerifierCap, options?: ReadOptions) => AsyncGenerator<CiphertextSegment>
}

class DownloaderActor implements Downloader {
  readonly #jobs: JobQueue
  readonly #components: DownloaderComponents
  readonly #log: ActorLogger

  constructor (init: DownloaderInit, components: DownloaderComponents) {
    this.#components = components
    this.#log = components.log ?? silentLogger
    this.#jobs = new JobQueue({
      name: 'the downloader',
      concurrency: init.maxConcurrent ?? DEFAULT_MAX_CONCURRENT_DOWNLOADS,
      maxQueued: init.maxQueued ?? DEFAULT_MAX_QUEUED_DOWNLOADS
    })
  }

  start (): Promise<void> {
    this.#jobs.start()
    return Promise.resolve()
  }

  stop (): Promise<void> {
    this.#jobs.stop()
    return Promise.resolve()
  }

  read (cap: ChkCap | LitCap, options: ReadOptions = {}): AsyncGenerator<Uint8Array> {
    return this.#stream(signal => downloadImmutable(cap, { ...options, servers: this.#components.servers(), signal, onCorruptShare: this.#onCorrupt }), options.signal)
  }

  readCiphertext (cap: ChkCap | ChkVerifierCap, options: ReadOptions = {}): AsyncGenerator<CiphertextSegment> {
    return this.#stream(signal => downloadCiphertext(cap, { ...options, servers: this.#components.servers(), signal, onCorruptShare: this.#onCorrupt }), options.signal)
  }

  readonly #onCorrupt = (server: { id: string }, shareNumber: number, reason: string): void => {
    this.#log.error('share %d on %s is corrupt: %s', shareNumber, server.id, reason)
  }

  /** Runs a streaming job in the mailbox; the slot is held until the stream ends or is abandoned. */
  async * #stream<T> (open: (signal: AbortSignal) => AsyncGenerator<T>, signal?: AbortSignal): AsyncGenerator<T> {
    let release: (() => void) | undefined
    let ready: ((signal: AbortSignal) => void) | undefined
    const slot = new Promise<AbortSignal>(resolve => { ready = resolve })
    const held = this.#jobs.run(async jobSignal => {
      ready?.(jobSignal)
      await new Promise<void>(resolve => { release = resolve })
    }, signal)
    // `held` settles early only by failing (busy, stopped, aborted while queued).
    const jobSignal = await Promise.race([slot, held.then(async () => await new Promise<never>(() => {}))])
    try {
      yield * open(jobSignal)
    } finally {
      release?.()
      await held
    }
  }
}

export function downloaderActor (init: DownloaderInit = {}): (components: DownloaderComponents) => Downloader {
  return components => new DownloaderActor(init, components)
}
