/**
 * The uploader actor: immutable uploads from a file (two passes, no copy)
 * or from a stream (spooled to a temporary file first, so that a
 * convergent key can be computed before anything is sent), a few at a
 * time, each with its own AbortSignal and typed progress events.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import type { ServerSource } from '../grid.js'
import { JobQueue } from '../job-queue.js'
import { silentLogger, type ActorLogger } from '../logger.js'
import { ConvergentKeyHasher } from '../../crypto/immutable-keys.js'
import { DEFAULT_MAX_SEGMENT_SIZE } from '../../encoding/segmentation.js'
import { nextMultiple } from '../../encoding/mathutil.js'
import { segmentStream } from '../../io/segmenter.js'
import { uploadImmutableBytes, uploadImmutableFile, uploadImmutableStream, type EncodingParameters, type ImmutableUploadInit, type UploadProgress, type UploadResult } from './immutable-upload.js'

export { UploadUnhappinessError, NoServersError } from './errors.js'
export type { EncodingParameters, UploadProgress, UploadResult } from './immutable-upload.js'

export const DEFAULT_MAX_CONCURRENT_UPLOADS = 4
export const DEFAULT_MAX_QUEUED_UPLOADS = 64
/**
 * Streams of a known size up to this many bytes are read into memory rather
 * than spooled: a small file then costs no temporary file (some ten file
 * system calls). At most DEFAULT_MAX_CONCURRENT_UPLOADS are held at once.
 */
export const IN_MEMORY_UPLOAD_LIMIT = 1024 * 1024
const SPOOL_PREFIX = 'upload-'
/**
 * Bytes of a request body the spool file takes before it asks the body to
 * wait: what arrives while one write is in flight goes out in the next,
 * gathered (one system call and one thread hand-off), where Node's default
 * of 16 KiB made that a write per chunk of 64 KiB. On a 10-node testnet,
 * 100 MiB uploads (two alternating runs of three): spooling took 158-269 ms
 * against 208-419 ms, and the gateway 1.17-1.20 CPU-seconds per upload
 * against 1.29-1.35.
 */
export const SPOOL_WRITE_BATCH_BYTES = 1024 * 1024

export interface UploaderInit {
  encoding: EncodingParameters
  /** Where streamed uploads are spooled. */
  tempDir: string
  /** @default DEFAULT_MAX_CONCURRENT_UPLOADS */
  maxConcurrent?: number
  /** @default DEFAULT_MAX_QUEUED_UPLOADS */
  maxQueued?: number
}

export interface UploaderComponents {
  servers: ServerSource
  leaseSecret: Uint8Array
  convergenceSecret: Uint8Array
  log?: ActorLogger
}

export interface UploadOptions {
  /** Derive the key from the content and the node's convergence secret. @default true */
  convergent?: boolean
  /** The stream's length, when known (an HTTP Content-Length): a random-key upload then needs no spooling. */
  size?: number
  signal?: AbortSignal
  onProgress?: (event: UploadProgress) => void
}

export interface Uploader {
  start: () => Promise<void>
  stop: () => Promise<void>
  uploadFile: (path: string, options?: UploadOptions) => Promise<UploadResult>
  uploadStream: (source: AsyncIterable<Uint8Array> | Readable, options?: UploadOptions) => Promise<UploadResult>
}

class UploaderActor implements Uploader {
  readonly #init: UploaderInit
  readonly #components: UploaderComponents
  readonly #jobs: JobQueue
  readonly #log: ActorLogger

  constructor (init: UploaderInit, components: UploaderComponents) {
    this.#init = init
    this.#components = components
    this.#log = components.log ?? silentLogger
    this.#jobs = new JobQueue({
      name: 'the uploader',
      concurrency: init.maxConcurrent ?? DEFAULT_MAX_CONCURRENT_UPLOADS,
      maxQueued: init.maxQueued ?? DEFAULT_MAX_QUEUED_UPLOADS
    })
  }

  async start (): Promise<void> {
    await mkdir(this.#init.tempDir, { recursive: true, mode: 0o700 })
    // Spool files of uploads that a previous run did not finish.
    for (const name of await readdir(this.#init.tempDir)) {
      if (name.startsWith(SPOOL_PREFIX)) await rm(join(this.#init.tempDir, name), { force: true })
    }
    this.#jobs.start()
  }

  stop (): Promise<void> {
    this.#jobs.stop()
    return Promise.resolve()
  }

  async uploadFile (path: string, options: UploadOptions = {}): Promise<UploadResult> {
    return await this.#jobs.run(async signal => await this.#upload(path, signal, options), options.signal)
  }

  async uploadStream (source: AsyncIterable<Uint8Array> | Readable, options: UploadOptions = {}): Promise<UploadResult> {
    return await this.#jobs.run(async signal => {
      const stream = source instanceof Readable ? source : Readable.from(source)
      if (options.size !== undefined && options.size <= IN_MEMORY_UPLOAD_LIMIT) {
        const size = options.size
        const parts: Uint8Array[] = []
        // One segment of the whole announced size; a stream longer or shorter than announced fails.
        for await (const part of segmentStream(stream, Math.max(size, 1), size)) parts.push(part)
        const data = parts.length === 1 ? parts[0] as Uint8Array : Buffer.concat(parts)
        return await this.#logged(size, async () => await uploadImmutableBytes(data, this.#uploadInit(signal, options)))
      }
      if (options.convergent === false && options.size !== undefined) {
        return await this.#logged(options.size, async () => await uploadImmutableStream(stream, options.size ?? 0, this.#uploadInit(signal, options)))
      }
      // Spool to disk so the convergent key can be derived before anything
      // is sent. The key is hashed on the way in, for the segment size any
      // file of at least one full segment has; smaller files are re-read.
      const { k, n, maxSegmentSize = DEFAULT_MAX_SEGMENT_SIZE } = this.#init.encoding
      const hasher = new ConvergentKeyHasher(this.#components.convergenceSecret, k, n, nextMultiple(maxSegmentSize, k))
      const spool = join(this.#init.tempDir, `${SPOOL_PREFIX}${randomBytes(8).toString('hex')}`)
      try {
        const hashing = async function * (chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
          for await (const chunk of chunks) {
            hasher.update(chunk)
            yield chunk
          }
        }
        await pipeline(stream, hashing, createWriteStream(spool, { mode: 0o600, highWaterMark: SPOOL_WRITE_BATCH_BYTES }), { signal })
        const { size } = await stat(spool)
        const key = options.convergent !== false && size >= maxSegmentSize ? hasher.digest() : undefined
        return await this.#upload(spool, signal, options, key)
      } finally {
        await rm(spool, { force: true })
      }
    }, options.signal)
  }

  #uploadInit (signal: AbortSignal, options: UploadOptions): ImmutableUploadInit {
    return {
      ...this.#init.encoding,
      servers: this.#components.servers(),
      leaseSecret: this.#components.leaseSecret,
      convergenceSecret: options.convergent === false ? undefined : this.#components.convergenceSecret,
      signal,
      onProgress: options.onProgress
    }
  }

  async #upload (path: string, signal: AbortSignal, options: UploadOptions, key?: Uint8Array): Promise<UploadResult> {
    const { size } = await stat(path)
    return await this.#logged(size, async () => await uploadImmutableFile(path, size, { ...this.#uploadInit(signal, options), key }))
  }

  async #logged (size: number, upload: () => Promise<UploadResult>): Promise<UploadResult> {
    const started = performance.now()
    const result = await upload()
    this.#log('uploaded %d bytes to %d servers in %d ms', size, result.happiness, Math.round(performance.now() - started))
    return result
  }
}

export function uploaderActor (init: UploaderInit): (components: UploaderComponents) => Uploader {
  return components => new UploaderActor(init, components)
}
