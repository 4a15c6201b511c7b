/**
 * Retrieve (Tahoe's mutable Retrieve): the plaintext of one version, or of
 * a byte range of it, from the shares a servermap found. k distinct shares
 * are read (primary shares first, so decoding is a copy), a few segments per
 * call, each part verified before use; a share that fails a check is marked
 * bad, reported to its server, and replaced by another share of the version.
 */
import { RangeNotSatisfiableError } from '../downloader/errors.js'
import type { ByteRange } from '../downloader/immutable-download.js'
import {
  decodeSegment, isBadMutableShareError, mutableGeometry, segmentPlaintextSize,
  type MutableSegment, type MutableVersion, type ShareSegment
} from '../../encoding/mutable/index.js'
import type { ZfecKernel } from '../../encoding/zfec/index.js'
import { DEFAULT_CALL_TIMEOUT_MS, DEFAULT_SEGMENTS_PER_READ } from './constants.js'
import { UnrecoverableMutableFileError } from './errors.js'
import type { BadShareHandler, Servermap, ShareRecord, VersionInfo } from './servermap.js'
import { ShareReader } from './share-reader.js'
import { DEFAULT_MAX_CALL_DATA } from './slot-io.js'

export type { ByteRange }

export interface RetrieveInit {
  servermap: Servermap
  readkey: Uint8Array
  /** @default the servermap's best recoverable version */
  version?: VersionInfo
  /** @default the whole file */
  range?: ByteRange
  /** @default DEFAULT_CALL_TIMEOUT_MS */
  timeoutMs?: number
  /** @default DEFAULT_MAX_CALL_DATA */
  maxCallData?: number
  /** @default DEFAULT_SEGMENTS_PER_READ */
  segmentsPerRead?: number
  signal?: AbortSignal
  onBadShare?: BadShareHandler
  kernel?: ZfecKernel
}

export function checkRange (range: ByteRange | undefined, size: number): ByteRange {
  if (range === undefined) return { start: 0, end: size }
  const { start, end } = range
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > size || start > end) {
    throw new RangeNotSatisfiableError(`range ${start}-${end} is outside the file's ${size} bytes`)
  }
  return range
}

export function unrecoverable (map: Servermap, needed: number | undefined, good: number, what?: string): UnrecoverableMutableFileError {
  return new UnrecoverableMutableFileError({
    needed, good, bad: map.badShares.length, serversAsked: map.serversAsked, serversResponding: map.responding.size
  }, what)
}

/** Shares of the version in the order to try them: primary share numbers first, then as found. */
function candidateOrder (info: VersionInfo): ShareRecord[] {
  const k = info.version.k
  return [...info.shares].sort((a, b) => Number(a.shnum >= k) - Number(b.shnum >= k))
}

class VersionReader {
  readonly #init: RetrieveInit
  readonly #info: VersionInfo
  readonly #candidates: ShareRecord[]
  readonly #dropped = new Set<ShareRecord>()
  /** Share number -> the reader in use for it. */
  readonly #active = new Map<number, ShareReader>()

  constructor (init: RetrieveInit, info: VersionInfo) {
    this.#init = init
    this.#info = info
    this.#candidates = candidateOrder(info)
  }

  get version (): MutableVersion {
    return this.#info.version
  }

  /** The blocks of each of `segnums` from k distinct verified shares, replacing shares that fail. */
  async blocks (segnums: readonly number[]): Promise<Map<number, ShareSegment[]>> {
    const { k } = this.#info.version
    const got = new Map<number, Map<number, MutableSegment>>()
    for (;;) {
      this.#fill()
      if (this.#active.size < k) throw unrecoverable(this.#init.servermap, k, this.#active.size, 'not enough good shares of the version')
      const pending = [...this.#active.values()].filter(reader => !got.has(reader.shnum))
      if (pending.length === 0) break
      const results = await Promise.allSettled(pending.map(async reader => await reader.fetch(segnums)))
      results.forEach((result, i) => {
        const reader = pending[i] as ShareReader
        if (result.status === 'fulfilled') got.set(reader.shnum, result.value)
        else this.#drop(reader, result.reason)
      })
    }
    const out = new Map<number, ShareSegment[]>()
    for (const segnum of segnums) {
      out.set(segnum, [...got].map(([shnum, segments]) => ({ shnum, segment: segments.get(segnum) as MutableSegment })))
    }
    return out
  }

  #fill (): void {
    const { k } = this.#info.version
    for (const record of this.#candidates) {
      if (this.#active.size >= k) return
      if (this.#dropped.has(record) || this.#active.has(record.shnum)) continue
      const { timeoutMs = DEFAULT_CALL_TIMEOUT_MS, signal, maxCallData } = this.#init
      this.#active.set(record.shnum, new ShareReader(record, this.#init.servermap.storageIndex, { timeoutMs, signal, maxCallData }))
    }
  }

  #drop (reader: ShareReader, err: unknown): void {
    this.#init.signal?.throwIfAborted()
    const { record } = reader
    this.#active.delete(reader.shnum)
    this.#dropped.add(record)
    const reason = err instanceof Error ? err.message : String(err)
    const corrupt = isBadMutableShareError(err)
    if (corrupt) this.#init.servermap.markBad(record.server, record.shnum, record.prefix, reason)
    this.#init.onBadShare?.(record.server, record.shnum, reason, corrupt)
  }
}

/** The chosen version, or the typed error saying why there is none. */
export function chooseVersion (map: Servermap, version?: VersionInfo): VersionInfo {
  const info = version ?? map.best()
  if (info !== undefined) return info
  const newest = map.versions()[0]
  throw unrecoverable(map, newest?.version.k, newest?.distinctShares ?? 0)
}

/** The plaintext of `range` of the version, in order, a batch of segments at a time. */
export async function * retrieveMutable (init: RetrieveInit): AsyncGenerator<Uint8Array> {
  const info = chooseVersion(init.servermap, init.version)
  const { version } = info
  const { start, end } = checkRange(init.range, version.dataLength)
  if (start === end) return
  const geometry = mutableGeometry(version)
  const reader = new VersionReader(init, info)
  const segmentSize = version.segmentSize
  const first = Math.floor(start / segmentSize)
  const last = Math.floor((end - 1) / segmentSize)
  // Per share and call: at most segmentsPerRead segments, and no more bytes than a call carries.
  const blockBytes = geometry.blockSize + 16
  const byBytes = Math.max(1, Math.floor((init.maxCallData ?? DEFAULT_MAX_CALL_DATA) / Math.max(1, blockBytes)))
  const perRead = Math.max(1, Math.min(init.segmentsPerRead ?? DEFAULT_SEGMENTS_PER_READ, byBytes))

  for (let segnum = first; segnum <= last; segnum += perRead) {
    const batch = Array.from({ length: Math.min(perRead, last - segnum + 1) }, (_, i) => segnum + i)
    const blocks = await reader.blocks(batch)
    for (const index of batch) {
      const plaintext = decodeSegment(version, init.readkey, index, blocks.get(index) ?? [], { kernel: init.kernel })
      const segmentStart = index * segmentSize
      const from = Math.max(start, segmentStart) - segmentStart
      const to = Math.min(end, segmentStart + segmentPlaintextSize(version, geometry, index)) - segmentStart
      yield plaintext.subarray(from, to)
    }
  }
}

/** All of `range` in one buffer. */
export async function retrieveMutableBytes (init: RetrieveInit): Promise<Uint8Array> {
  const info = chooseVersion(init.servermap, init.version)
  const { start, end } = checkRange(init.range, info.version.dataLength)
  const out = new Uint8Array(end - start)
  let at = 0
  for await (const chunk of retrieveMutable({ ...init, version: info })) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
