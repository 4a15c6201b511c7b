/**
 * Writes one file's shares to the buckets server selection opened: the
 * header first, each segment's blocks as they are encoded (without waiting
 * for replies, up to a window of segments in flight), then the hash trees,
 * share hashes and UEB, and finally close. A server that fails loses its
 * buckets; the upload goes on while the remaining shares keep it happy.
 */
import type { ChkEncoding } from '../../encoding/chk-encoder.js'
import {
  blockHashTreeWrite, blockWrite, crypttextHashTreeWrite, headerWrite, shareHashesWrite, uebWrite,
  type ImmutableShareLayout, type ShareWrite
} from '../../encoding/share-layout.js'
import { MAX_CALL_SIZE } from '../storage/constants.js'
import { callWithTimeout } from '../call.js'
import { happiness, unhappinessMessage, type ShareMap } from './placement.js'
import { abortBuckets, mergeShareMaps, type Bucket } from './server-selection.js'
import { UploadUnhappinessError } from './errors.js'

/** Segments whose block writes may be unanswered at once. */
export const DEFAULT_WRITE_WINDOW = 4
/** How long one write, or a close, may take. */
export const DEFAULT_WRITE_TIMEOUT_MS = 60_000
/**
 * Shares up to this size are sent in one write at the end rather than
 * piece by piece: a small file then costs one round trip for its data.
 */
export const COALESCE_SHARES_UP_TO = 1024 * 1024

export interface ShareUploadInit {
  buckets: Bucket[]
  existing: ShareMap
  layout: ImmutableShareLayout
  k: number
  happy: number
  /** @default DEFAULT_WRITE_WINDOW */
  writeWindow?: number
  /** @default DEFAULT_WRITE_TIMEOUT_MS */
  writeTimeoutMs?: number
  signal?: AbortSignal
}

export class ShareUpload {
  readonly #init: ShareUploadInit
  readonly #live: Set<Bucket>
  readonly #inFlight: Array<Promise<void>> = []
  readonly #windowSize: number
  readonly #timeoutMs: number
  /** For small shares: the writes held back for the single write at the end. */
  readonly #held: Map<Bucket, ShareWrite[]> | undefined

  constructor (init: ShareUploadInit) {
    this.#init = init
    this.#live = new Set(init.buckets)
    this.#windowSize = init.writeWindow ?? DEFAULT_WRITE_WINDOW
    this.#timeoutMs = init.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS
    this.#held = init.layout.allocatedSize <= Math.min(COALESCE_SHARES_UP_TO, MAX_CALL_SIZE) ? new Map() : undefined
  }

  /** Starts the header writes. */
  async begin (): Promise<void> {
    await this.#queue(() => headerWrite(this.#init.layout))
  }

  /** Queues one segment's blocks; waits only when the window is full. */
  async writeSegment (index: number, blocks: readonly Uint8Array[]): Promise<void> {
    await this.#queue(bucket => blockWrite(this.#init.layout, index, blocks[bucket.ref.shareNumber] as Uint8Array))
  }

  /** Writes the trees, share hashes and UEB, closes every bucket, and returns the closed ones. */
  async finish (encoding: ChkEncoding): Promise<Bucket[]> {
    const { layout } = this.#init
    const trailer = (bucket: Bucket): ShareWrite[] => {
      const share = bucket.ref.shareNumber
      return [
        crypttextHashTreeWrite(layout, encoding.crypttextHashTree),
        blockHashTreeWrite(layout, encoding.blockHashTrees[share] ?? []),
        shareHashesWrite(layout, encoding.shareHashChain(share)),
        uebWrite(layout, encoding.ueb)
      ]
    }
    await this.#queue(trailer)
    if (this.#held !== undefined) await this.#queue(bucket => this.#coalesced(bucket), true)
    await this.#drain()
    await Promise.all([...this.#live].map(async bucket => {
      try {
        await callWithTimeout(`server ${bucket.server.id}`, this.#timeoutMs, this.#init.signal,
          async signal => { await bucket.server.storage.closeBucket(bucket.ref, { signal }) })
      } catch {
        this.#init.signal?.throwIfAborted()
        this.#live.delete(bucket)
      }
    }))
    this.#checkHappiness()
    return [...this.#live]
  }

  /** Aborts every bucket still open; used when the upload fails. */
  async abort (): Promise<void> {
    await Promise.allSettled(this.#inFlight)
    await abortBuckets([...this.#live])
    this.#live.clear()
  }

  /** Share holdings that count for happiness: live buckets plus shares held before. */
  holdings (): ShareMap {
    const placed: ShareMap = new Map()
    for (const bucket of this.#live) {
      const shares = placed.get(bucket.server.id) ?? new Set<number>()
      shares.add(bucket.ref.shareNumber)
      placed.set(bucket.server.id, shares)
    }
    return mergeShareMaps(this.#init.existing, placed)
  }

  async #queue (writesFor: (bucket: Bucket) => ShareWrite | ShareWrite[], send = this.#held === undefined): Promise<void> {
    this.#init.signal?.throwIfAborted()
    this.#checkHappiness()
    if (!send) {
      for (const bucket of this.#live) this.#held?.set(bucket, [...(this.#held.get(bucket) ?? []), ...[writesFor(bucket)].flat()])
      return
    }
    const round = [...this.#live].map(async bucket => {
      // A bucket's writes (the trailer has four) go out together, pipelined
      // on the server's stream, rather than one round trip each.
      const writes = [writesFor(bucket)].flat()
      try {
        await Promise.all(writes.map(async write => { await this.#send(bucket, write) }))
      } catch {
        this.#live.delete(bucket)
      }
    })
    this.#inFlight.push(Promise.all(round).then(() => undefined))
    while (this.#inFlight.length > this.#windowSize) await this.#inFlight.shift()
  }

  /** A small share's held writes as one write from offset 0; gaps are zeros, as a server reads them. */
  #coalesced (bucket: Bucket): ShareWrite {
    const data = new Uint8Array(this.#init.layout.allocatedSize)
    for (const write of this.#held?.get(bucket) ?? []) data.set(write.data, write.offset)
    this.#held?.delete(bucket)
    return { offset: 0, data }
  }

  async #drain (): Promise<void> {
    while (this.#inFlight.length > 0) await this.#inFlight.shift()
    this.#init.signal?.throwIfAborted()
  }

  async #send (bucket: Bucket, write: ShareWrite): Promise<void> {
    // Calls are bounded in size; a block larger than that goes in pieces.
    for (let start = 0; start < write.data.length; start += MAX_CALL_SIZE) {
      const piece = write.data.subarray(start, start + MAX_CALL_SIZE)
      await callWithTimeout(`server ${bucket.server.id}`, this.#timeoutMs, this.#init.signal,
        async signal => { await bucket.server.storage.writeBucket(bucket.ref, write.offset + start, piece, { signal }) })
    }
  }

  #checkHappiness (): void {
    const { k, happy } = this.#init
    const holdings = this.holdings()
    const achieved = happiness(holdings)
    if (achieved < happy) {
      const serverCount = [...holdings.values()].filter(shares => shares.size > 0).length
      throw new UploadUnhappinessError(`lost servers during upload: ${unhappinessMessage(serverCount, k, happy, achieved)}`)
    }
  }
}
