/**
 * Writes one file's shares to the buckets server selection opened: the
 * header first, the blocks as segments are encoded (the blocks of a few
 * consecutive segments in one write per server, without waiting for
 * replies, up to a window of such writes in flight), then the hash trees,
 * share hashes and UEB, and finally close. Small shares are built whole
 * before selection (wholeShares) and travel with their allocation, which
 * the server closes in the same call: one call per server in all. A server
 * that fails loses its buckets; the upload goes on while the remaining
 * shares keep it happy.
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

/** Rounds of block writes (one write per server each) that may be unanswered at once. */
export const DEFAULT_WRITE_WINDOW = 2
/**
 * The blocks of consecutive segments go to a server together, in one write
 * of up to this many bytes (three blocks of a 1 MiB segment at 3-of-10, 24
 * of a 128 KiB one): a call costs the network stack and the server as much
 * as tens of kilobytes do, and an upload's blocks were most of its calls.
 * Measured with `npm run bench:wire` (run h), 43 KB blocks to 10 servers:
 * one per call 62-107 MB/s, eight per call 240-290 MB/s. On a 10-node
 * testnet, 100 MiB uploads with 1 MiB segments (two alternating pairs of
 * three): one block per write (352 KiB), the storage nodes together spent
 * 2.8-3.6 CPU-seconds and the upload took 2.9-3.6 s; three blocks per write,
 * 1.9-2.3 CPU-seconds and 2.4-2.7 s.
 */
export const WRITE_BATCH_BYTES = 1032 * 1024
/** How long one write, or a close, may take. */
export const DEFAULT_WRITE_TIMEOUT_MS = 60_000
/**
 * Shares up to this size are built whole before any server is asked, and
 * sent with the allocation, which closes them too: a small file then costs
 * one call per server (two with a server that cannot close in that call).
 */
export const WHOLE_SHARES_UP_TO = 1024 * 1024

/** Writes that follow one another joined into one write of their pieces. */
export function joinAdjacent (writes: readonly ShareWrite[]): OutgoingWrite[] {
  const joined: Array<{ offset: number, end: number, data: Uint8Array[] }> = []
  for (const write of writes) {
    const last = joined[joined.length - 1]
    if (last !== undefined && last.end === write.offset) {
      last.data.push(write.data)
      last.end += write.data.length
    } else {
      joined.push({ offset: write.offset, end: write.offset + write.data.length, data: [write.data] })
    }
  }
  return joined.map(({ offset, data }) => ({ offset, data }))
}

function byteLength (write: OutgoingWrite): number {
  return write.data instanceof Uint8Array ? write.data.length : write.data.reduce((sum, piece) => sum + piece.length, 0)
}

/** Whether a file with this layout is uploaded as whole shares. */
export function sendsWholeShares (layout: ImmutableShareLayout): boolean {
  return layout.allocatedSize <= Math.min(WHOLE_SHARES_UP_TO, MAX_CALL_SIZE)
}

/** The hash trees, share hashes and UEB of one share, written after its blocks. */
export function trailerWrites (layout: ImmutableShareLayout, encoding: ChkEncoding, shareNumber: number): ShareWrite[] {
  return [
    crypttextHashTreeWrite(layout, encoding.crypttextHashTree),
    blockHashTreeWrite(layout, encoding.blockHashTrees[shareNumber] ?? []),
    shareHashesWrite(layout, encoding.shareHashChain(shareNumber)),
    uebWrite(layout, encoding.ueb)
  ]
}

/** Every share of a file whole, from its header, blocks by segment, and trailer; gaps are zeros, as a server reads them. */
export function wholeShares (layout: ImmutableShareLayout, blocks: ReadonlyArray<readonly Uint8Array[]>, encoding: ChkEncoding, n: number): Uint8Array[] {
  return Array.from({ length: n }, (_, shareNumber) => {
    const share = new Uint8Array(layout.allocatedSize)
    const writes = [headerWrite(layout), ...blocks.map((segment, index) => blockWrite(layout, index, segment[shareNumber] as Uint8Array)), ...trailerWrites(layout, encoding, shareNumber)]
    for (const write of writes) share.set(write.data, write.offset)
    return share
  })
}

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

/** A write of one share's bytes: whole, or in pieces that follow one another. */
interface OutgoingWrite {
  offset: number
  data: Uint8Array | readonly Uint8Array[]
}

export class ShareUpload {
  readonly #init: ShareUploadInit
  readonly #live: Set<Bucket>
  readonly #inFlight: Array<Promise<void>> = []
  readonly #windowSize: number
  readonly #timeoutMs: number
  /** Segments per block write. */
  readonly #batch: number
  /** Blocks of segments encoded and not yet sent, from segment #pendingFrom on. */
  #pending: Array<readonly Uint8Array[]> = []
  #pendingFrom = 0
  /** What to call once the pending segments are sent to every server (see writeSegment). */
  #pendingSent: Array<() => void> = []
  /** Bytes written to each bucket so far: the closing write says how many the server must hold. */
  readonly #written = new Map<Bucket, number>()

  constructor (init: ShareUploadInit) {
    this.#init = init
    this.#live = new Set(init.buckets)
    this.#windowSize = init.writeWindow ?? DEFAULT_WRITE_WINDOW
    this.#timeoutMs = init.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS
    this.#batch = Math.max(1, Math.floor(WRITE_BATCH_BYTES / init.layout.blockSize))
  }

  /** Starts the header writes. */
  async begin (): Promise<void> {
    await this.#queue(() => headerWrite(this.#init.layout))
  }

  /**
   * Takes one segment's blocks (segments in order); they are sent with
   * those of the next few segments. Waits only when the window is full.
   * The blocks must stay unchanged until `sent` is called: once every
   * server has taken them. Without `sent` (or when a write failed, and a
   * stream may still hold them), until the upload is finished.
   */
  async writeSegment (index: number, blocks: readonly Uint8Array[], sent?: () => void): Promise<void> {
    if (this.#pending.length > 0 && index !== this.#pendingFrom + this.#pending.length) await this.#flush()
    if (this.#pending.length === 0) this.#pendingFrom = index
    this.#pending.push(blocks)
    if (sent !== undefined) this.#pendingSent.push(sent)
    if (this.#pending.length >= this.#batch) await this.#flush()
  }

  /** Sends the blocks taken and not yet sent: one write per server. */
  async #flush (): Promise<void> {
    const segments = this.#pending
    const from = this.#pendingFrom
    const sent = this.#pendingSent
    this.#pending = []
    this.#pendingSent = []
    if (segments.length === 0) return
    await this.#queue(bucket => {
      const writes = segments.map((blocks, i) => blockWrite(this.#init.layout, from + i, blocks[bucket.ref.shareNumber] as Uint8Array))
      return { offset: (writes[0] as ShareWrite).offset, data: writes.map(write => write.data) }
    }, () => { for (const done of sent) done() })
  }

  /**
   * Writes the trees, share hashes and UEB, closes every bucket, and
   * returns the closed ones. The trailer goes in one call that also closes
   * the bucket where its parts follow one another (they do in Tahoe's
   * layout): one round trip to every server fewer. That call follows the
   * block writes on the server's stream, which a server takes in order;
   * only a block too large for one call goes in pieces, each sent once the
   * one before it is answered, and then the blocks are finished first.
   */
  async finish (encoding: ChkEncoding): Promise<Bucket[]> {
    await this.#flush()
    if (this.#init.layout.blockSize > MAX_CALL_SIZE) await this.#drain()
    await this.#queue(bucket => joinAdjacent(trailerWrites(this.#init.layout, encoding, bucket.ref.shareNumber)), undefined, true)
    return await this.#close()
  }

  /**
   * For whole shares: writes those that did not travel with their
   * allocation, closes every bucket the server did not close in that call,
   * and returns the closed ones.
   */
  async finishWhole (shares: readonly Uint8Array[]): Promise<Bucket[]> {
    await this.#queue(bucket => bucket.written === true || bucket.closed === true ? [] : { offset: 0, data: shares[bucket.ref.shareNumber] as Uint8Array })
    return await this.#close()
  }

  async #close (): Promise<Bucket[]> {
    await this.#drain()
    await Promise.all([...this.#live].filter(bucket => bucket.closed !== true).map(async bucket => {
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

  /** Aborts every bucket still open, and withdraws those closed with their allocation; used when the upload fails. */
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

  /**
   * Sends a round of writes, one set per live bucket; `sent` runs once every
   * one of them succeeded. With `close`, a bucket's set that is one write
   * (of at most a call's size) also closes it.
   */
  async #queue (writesFor: (bucket: Bucket) => OutgoingWrite | OutgoingWrite[], sent?: () => void, close = false): Promise<void> {
    this.#init.signal?.throwIfAborted()
    this.#checkHappiness()
    let failed = false
    const round = [...this.#live].map(async bucket => {
      // A bucket's writes (the trailer has four) go out together, pipelined
      // on the server's stream, rather than one round trip each.
      const writes = [writesFor(bucket)].flat()
      const written = writes.reduce((sum, write) => sum + byteLength(write), this.#written.get(bucket) ?? 0)
      this.#written.set(bucket, written)
      const only = writes.length === 1 ? writes[0] : undefined
      try {
        if (close && only !== undefined && byteLength(only) <= MAX_CALL_SIZE) {
          bucket.closed = await callWithTimeout(`server ${bucket.server.id}`, this.#timeoutMs, this.#init.signal,
            async signal => await bucket.server.storage.writeAndCloseBucket(bucket.ref, only.offset, only.data, written, { signal }))
          return
        }
        await Promise.all(writes.map(async write => { await this.#send(bucket, write) }))
      } catch {
        failed = true
        this.#live.delete(bucket)
      }
    })
    this.#inFlight.push(Promise.all(round).then(() => { if (!failed) sent?.() }))
    while (this.#inFlight.length > this.#windowSize) await this.#inFlight.shift()
  }

  async #drain (): Promise<void> {
    while (this.#inFlight.length > 0) await this.#inFlight.shift()
    this.#init.signal?.throwIfAborted()
  }

  async #send (bucket: Bucket, write: OutgoingWrite): Promise<void> {
    if (!(write.data instanceof Uint8Array)) {
      const pieces = write.data
      // A batch is at most one block over WRITE_BATCH_BYTES; a block larger than a call goes alone.
      if (pieces.length > 1) {
        await callWithTimeout(`server ${bucket.server.id}`, this.#timeoutMs, this.#init.signal,
          async signal => { await bucket.server.storage.writeBucket(bucket.ref, write.offset, pieces, { signal }) })
        return
      }
      await this.#send(bucket, { offset: write.offset, data: pieces[0] ?? new Uint8Array(0) })
      return
    }
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
