/**
 * One immutable upload: key, storage index, server selection, the segment
 * pipeline (encrypt, hash, erasure-code, block hashes) feeding pipelined
 * block writes, then the trees and UEB, and the cap. Memory is bounded by
 * the write window times the encoded size of a segment.
 */
import { readFile } from 'node:fs/promises'
import { ChkEncoder, chkUebSize, LIT_MAX_SIZE } from '../../encoding/chk-encoder.js'
import { chkParams, type ChkParams } from '../../encoding/segmentation.js'
import { chkShareLayout, type ImmutableShareLayout } from '../../encoding/share-layout.js'
import { formatCap } from '../../encoding/caps.js'
import { ConvergentKeyHasher, immutableStorageIndex, randomKey } from '../../crypto/immutable-keys.js'
import { convergentKeyOfFile } from '../../io/immutable-cap.js'
import { readFileSegments } from '../../io/file-segments.js'
import { segmentStream } from '../../io/segmenter.js'
import type { GridServer } from '../grid.js'
import { selectServers, type Bucket } from './server-selection.js'
import { happiness } from './placement.js'
import { ShareUpload, sendsWholeShares, wholeShares } from './share-upload.js'

export interface EncodingParameters {
  k: number
  happy: number
  n: number
  maxSegmentSize?: number
}

export type UploadProgress =
  | { type: 'upload:hashing', bytes: number, total: number }
  | { type: 'upload:servers-selected', servers: number, happiness: number }
  | { type: 'upload:encoding', bytes: number, total: number }
  | { type: 'upload:done', cap: string }

export interface ImmutableUploadInit extends EncodingParameters {
  servers: readonly GridServer[]
  leaseSecret: Uint8Array
  /** The node's convergence secret; absent means a random key. */
  convergenceSecret?: Uint8Array
  /** The convergent key, when the caller already computed it (while spooling a stream). */
  key?: Uint8Array
  writeWindow?: number
  queryTimeoutMs?: number
  writeTimeoutMs?: number
  signal?: AbortSignal
  onProgress?: (event: UploadProgress) => void
}

export interface UploadResult {
  cap: string
  size: number
  /** Distinct servers credited with a share (0 for LIT). */
  happiness: number
  /** Shares written in this upload (not counting shares found already in place). */
  sharesWritten: number
}

/** A small file's result: its bytes are the cap, and nothing is stored. */
function literal (data: Uint8Array, init: ImmutableUploadInit): UploadResult {
  const cap = formatCap({ kind: 'lit', data })
  init.onProgress?.({ type: 'upload:done', cap })
  return { cap, size: data.length, happiness: 0, sharesWritten: 0 }
}

/** Uploads the file at `path`, of `size` bytes, reading it twice for a convergent key. */
export async function uploadImmutableFile (path: string, size: number, init: ImmutableUploadInit): Promise<UploadResult> {
  if (size <= LIT_MAX_SIZE) {
    return literal(await readFile(path, { signal: init.signal }), init)
  }
  const params = chkParams(size, init.k, init.n, init.maxSegmentSize)
  const key = init.key ?? (init.convergenceSecret === undefined
    ? randomKey()
    : await convergentKeyOfFile(path, {
      size, convergenceSecret: init.convergenceSecret, k: init.k, n: init.n, maxSegmentSize: init.maxSegmentSize, signal: init.signal
    }))
  init.onProgress?.({ type: 'upload:hashing', bytes: size, total: size })
  // The encoder keeps only ciphertext, so the read buffers can be reused.
  const segments = readFileSegments(path, { segmentSize: params.segmentSize, expectedSize: size, reuseBuffers: true, signal: init.signal })
  return await pushImmutable(segments, key, params, init)
}

/**
 * Uploads a stream of known size with a random key in one pass: nothing is
 * spooled, since no key has to be derived from the content first.
 */
export async function uploadImmutableStream (source: AsyncIterable<Uint8Array>, size: number, init: ImmutableUploadInit): Promise<UploadResult> {
  if (size <= LIT_MAX_SIZE) {
    const parts: Uint8Array[] = []
    for await (const chunk of segmentStream(source, LIT_MAX_SIZE + 1, size)) parts.push(chunk)
    return literal(Buffer.concat(parts), init)
  }
  const params = chkParams(size, init.k, init.n, init.maxSegmentSize)
  return await pushImmutable(segmentStream(source, params.segmentSize, size), randomKey(), params, init)
}

/**
 * Uploads bytes already in memory (a small request body): the convergent
 * key is hashed straight from them and nothing touches the disk.
 */
export async function uploadImmutableBytes (data: Uint8Array, init: ImmutableUploadInit): Promise<UploadResult> {
  if (data.length <= LIT_MAX_SIZE) return literal(data, init)
  const params = chkParams(data.length, init.k, init.n, init.maxSegmentSize)
  const key = init.key ?? (init.convergenceSecret === undefined
    ? randomKey()
    : new ConvergentKeyHasher(init.convergenceSecret, params.k, params.n, params.segmentSize).update(data).digest())
  init.onProgress?.({ type: 'upload:hashing', bytes: data.length, total: data.length })
  return await pushImmutable(segmentsOf(data, params.segmentSize), key, params, init)
}

function * segmentsOf (data: Uint8Array, segmentSize: number): Generator<Uint8Array> {
  for (let offset = 0; offset < data.length; offset += segmentSize) yield data.subarray(offset, offset + segmentSize)
}

/**
 * Parity blocks used again from segment to segment: an upload's window
 * holds a few segments, and fresh parity buffers (n-k blocks a segment, 2.3
 * bytes per byte of file at 3-of-10) were a fifth of what the gateway
 * allocated per byte uploaded.
 */
class ParityBuffers {
  readonly #count: number
  readonly #blockSize: number
  readonly #free: Uint8Array[][] = []

  constructor (count: number, blockSize: number) {
    this.#count = count
    this.#blockSize = blockSize
  }

  take (): Uint8Array[] {
    return this.#free.pop() ?? Array.from({ length: this.#count }, () => new Uint8Array(this.#blockSize))
  }

  give (buffers: Uint8Array[]): void {
    this.#free.push(buffers)
  }
}

/** Encodes `segments` (exactly params.segmentSize each, the last shorter) and stores the shares. */
export async function pushImmutable (segments: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, key: Uint8Array, params: ChkParams, init: ImmutableUploadInit): Promise<UploadResult> {
  const layout = chkShareLayout(params, chkUebSize(params))
  if (sendsWholeShares(layout)) return await pushWholeShares(segments, key, params, layout, init)
  const upload = await openShareUpload(key, params, layout, init)
  return await completeUpload(upload, key, params, init, async () => {
    const encoder = new ChkEncoder({ size: params.size, k: params.k, n: params.n, maxSegmentSize: init.maxSegmentSize, key })
    await upload.begin()
    const parity = new ParityBuffers(params.n - params.k, params.blockSize)
    let done = 0
    for await (const segment of segments) {
      // Full segments get recycled parity buffers, given back once every server has the blocks.
      const into = segment.length === params.segmentSize ? parity.take() : undefined
      const { index, blocks } = encoder.encodePlaintext(segment, into)
      await upload.writeSegment(index, blocks, into === undefined ? undefined : () => { parity.give(into) })
      done += segment.length
      init.onProgress?.({ type: 'upload:encoding', bytes: done, total: params.size })
    }
    const encoding = encoder.finish()
    return { closed: await upload.finish(encoding), uebHash: encoding.uebHash }
  })
}

/**
 * A small file: encoded completely first, so that each share can travel
 * with its allocation and be closed by the server in that same call; one
 * call per server in all.
 */
async function pushWholeShares (
  segments: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, key: Uint8Array, params: ChkParams, layout: ImmutableShareLayout, init: ImmutableUploadInit
): Promise<UploadResult> {
  const encoder = new ChkEncoder({ size: params.size, k: params.k, n: params.n, maxSegmentSize: init.maxSegmentSize, key })
  const blocks: Array<readonly Uint8Array[]> = []
  let done = 0
  for await (const segment of segments) {
    blocks.push(encoder.encodePlaintext(segment).blocks)
    done += segment.length
    init.onProgress?.({ type: 'upload:encoding', bytes: done, total: params.size })
  }
  const encoding = encoder.finish()
  const shares = wholeShares(layout, blocks, encoding, params.n)
  const upload = await openShareUpload(key, params, layout, init, shareNumber => shares[shareNumber] as Uint8Array)
  return await completeUpload(upload, key, params, init, async () => ({ closed: await upload.finishWhole(shares), uebHash: encoding.uebHash }))
}

/** Selects servers and opens the upload of the buckets they gave; `shareData` sends whole shares along with the allocation. */
async function openShareUpload (
  key: Uint8Array, params: ChkParams, layout: ImmutableShareLayout, init: ImmutableUploadInit, shareData?: (shareNumber: number) => Uint8Array
): Promise<ShareUpload> {
  const selection = await selectServers({
    servers: init.servers,
    storageIndex: immutableStorageIndex(key),
    k: params.k,
    n: params.n,
    happy: init.happy,
    allocatedSize: layout.allocatedSize,
    ...(shareData === undefined ? {} : { shareData }),
    leaseSecret: init.leaseSecret,
    queryTimeoutMs: init.queryTimeoutMs,
    signal: init.signal
  })
  init.onProgress?.({ type: 'upload:servers-selected', servers: new Set(selection.buckets.map(b => b.server.id)).size, happiness: selection.happiness })
  return new ShareUpload({
    buckets: selection.buckets,
    existing: selection.existing,
    layout,
    k: params.k,
    happy: init.happy,
    writeWindow: init.writeWindow,
    writeTimeoutMs: init.writeTimeoutMs,
    signal: init.signal
  })
}

/** Runs `store` (the writes and closes) and makes the cap; if anything fails, every bucket still open is aborted. */
async function completeUpload (
  upload: ShareUpload, key: Uint8Array, params: ChkParams, init: ImmutableUploadInit,
  store: () => Promise<{ closed: readonly Bucket[], uebHash: Uint8Array }>
): Promise<UploadResult> {
  try {
    const { closed, uebHash } = await store()
    const cap = formatCap({ kind: 'chk', key, uebHash, k: params.k, n: params.n, size: params.size })
    init.onProgress?.({ type: 'upload:done', cap })
    // Happiness as it stands after the writes: servers may have dropped out on the way.
    return { cap, size: params.size, happiness: happiness(upload.holdings()), sharesWritten: closed.length }
  } catch (err: unknown) {
    await upload.abort()
    throw err
  }
}
