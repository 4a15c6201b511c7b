/**
 * Streams an immutable file (or a byte range of it) from the grid: LIT
 * caps decode locally; CHK caps fetch only the segments the range covers,
 * validated, decoded and decrypted, with a few segments fetched ahead.
 */
import { AesCtr } from '../../crypto/aes.js'
import { immutableStorageIndex } from '../../crypto/immutable-keys.js'
import type { ChkCap, ChkVerifierCap, LitCap } from '../../encoding/caps.js'
import { RangeNotSatisfiableError } from './errors.js'
import { SegmentSource, type SegmentSourceInit } from './segment-source.js'
import type { ImmutableCapFields } from './validated-share.js'

/** Segments fetched ahead of the one being delivered. */
export const DEFAULT_PREFETCH_SEGMENTS = 2

export interface ByteRange {
  /** First byte. */
  start: number
  /** One past the last byte. */
  end: number
}

export type DownloadProgress = { type: 'download:segment', bytes: number, total: number }

export interface DownloadInit extends SegmentSourceInit {
  range?: ByteRange
  prefetchSegments?: number
  onProgress?: (event: DownloadProgress) => void
}

export function capFields (cap: ChkCap | ChkVerifierCap): ImmutableCapFields {
  const storageIndex = cap.kind === 'chk' ? immutableStorageIndex(cap.key) : cap.storageIndex
  return { storageIndex, uebHash: cap.uebHash, k: cap.k, n: cap.n, size: cap.size }
}

function checkRange (range: ByteRange | undefined, size: number): ByteRange {
  if (range === undefined) return { start: 0, end: size }
  const { start, end } = range
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > size || start > end) {
    throw new RangeNotSatisfiableError(`range ${start}-${end} is outside the file's ${size} bytes`)
  }
  return range
}

export interface CiphertextSegment {
  index: number
  /** Byte offset of the segment in the file. */
  offset: number
  ciphertext: Uint8Array
}

/** Validated ciphertext segments covering `range` (whole segments). */
export async function * downloadCiphertext (cap: ChkCap | ChkVerifierCap, init: DownloadInit): AsyncGenerator<CiphertextSegment> {
  const fields = capFields(cap)
  const { start, end } = checkRange(init.range, fields.size)
  if (start === end) return
  const source = new SegmentSource(fields, init)
  await source.start()
  const { segmentSize } = source.ueb
  const first = Math.floor(start / segmentSize)
  const last = Math.floor((end - 1) / segmentSize)
  const ahead = Math.max(0, init.prefetchSegments ?? DEFAULT_PREFETCH_SEGMENTS)
  const pending: Array<Promise<Uint8Array>> = []
  let next = first
  const refill = (): void => {
    while (next <= last && pending.length <= ahead) {
      const fetch = source.segment(next++, last)
      fetch.catch(() => undefined) // awaited below in order; this only marks it handled meanwhile
      pending.push(fetch)
    }
  }
  try {
    for (let index = first; index <= last; index++) {
      refill()
      const ciphertext = await (pending.shift() as Promise<Uint8Array>)
      yield { index, offset: index * segmentSize, ciphertext }
    }
  } finally {
    await Promise.allSettled(pending)
    await source.close()
  }
}

/** The plaintext of `range` (default: the whole file), in order, as it arrives. */
export async function * downloadImmutable (cap: ChkCap | LitCap, init: DownloadInit): AsyncGenerator<Uint8Array> {
  if (cap.kind === 'lit') {
    const { start, end } = checkRange(init.range, cap.data.length)
    if (end > start) yield cap.data.subarray(start, end)
    return
  }
  const { start, end } = checkRange(init.range, cap.size)
  let delivered = 0
  for await (const { offset: segmentStart, ciphertext } of downloadCiphertext(cap, { ...init, range: { start, end } })) {
    const from = Math.max(start, segmentStart) - segmentStart
    const to = Math.min(end, segmentStart + ciphertext.length) - segmentStart
    const plaintext = new AesCtr(cap.key, segmentStart + from).update(ciphertext.subarray(from, to))
    delivered += plaintext.length
    init.onProgress?.({ type: 'download:segment', bytes: delivered, total: end - start })
    yield plaintext
  }
}

