/**
 * The servermap (Tahoe's ServerMap and ServermapUpdater): what the servers
 * hold of one mutable file. Servers are asked in permuted order, a bounded
 * number at a time, for the first bytes of every share they hold; each
 * share's version is read from its signed prefix, and the signature of each
 * distinct version is checked once against the cap's fingerprint. Shares
 * that do not parse or whose signature fails are recorded as bad, with their
 * first bytes, so that a writer can replace them.
 *
 * Read mode asks 2k servers at first (Tahoe's k + epsilon), more only in
 * place of those that failed or held nothing, or when all have answered and
 * no version is yet recoverable; it asks no further server once the best
 * version is recoverable and a few more servers have answered (queries
 * already out are still awaited). Write mode asks every server, so that a
 * publish knows every share it has to replace.
 */
import {
  MUTABLE_PREFIX_READ_SIZE, MutableShareFormatError, isBadMutableShareError, mutableVersionKey, parseMutableShareHeader, verifyMutableSignature,
  type MutableShareHeader, type MutableVersion, type Span
} from '../../encoding/mutable/index.js'
import { callWithTimeout } from '../call.js'
import type { GridServer } from '../grid.js'
import { permutedServers } from '../uploader/placement.js'
import { DEFAULT_CALL_TIMEOUT_MS, DEFAULT_MAX_OUTSTANDING, DEFAULT_READ_EXTRA_ANSWERS, DEFAULT_READ_QUERIES } from './constants.js'
import { readShareSpans, type SlotCallOptions } from './slot-io.js'

export type ServermapMode = 'read' | 'write'

/**
 * A verification key or signature larger than this is not fetched: real
 * ones are a few hundred bytes, and a share claiming more is broken.
 */
const MAX_KEY_FIELD_SIZE = 16 * 1024

/** A share whose version signature checked out. */
export interface ShareRecord {
  server: GridServer
  shnum: number
  /** The share's first bytes as the server returned them. */
  prefix: Uint8Array
  header: MutableShareHeader
  version: MutableVersion
  versionKey: string
}

/** A share that did not parse, failed its signature, or failed later checks. */
export interface BadShareRecord {
  server: GridServer
  shnum: number
  /** Its first bytes, which a writer replacing it must test for. */
  prefix: Uint8Array
  reason: string
}

export interface VersionInfo {
  key: string
  version: MutableVersion
  /** Good shares of this version, in the order they were found. */
  shares: ShareRecord[]
  /** Distinct share numbers among them. */
  distinctShares: number
  recoverable: boolean
}

/** Called for each bad share found; `corrupt` is false for shares merely gone or unreachable. */
export type BadShareHandler = (server: GridServer, shnum: number, reason: string, corrupt: boolean) => void

function pairKey (serverId: string, shnum: number): string {
  return `${shnum}@${serverId}`
}

/** Orders versions best first: higher seqnum, then higher root hash (spec f.6). */
function compareVersions (a: VersionInfo, b: VersionInfo): number {
  if (a.version.seqnum !== b.version.seqnum) return a.version.seqnum > b.version.seqnum ? -1 : 1
  const byRoot = Buffer.compare(b.version.rootHash, a.version.rootHash)
  if (byRoot !== 0) return byRoot
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0
}

export class Servermap {
  readonly storageIndex: Uint8Array
  readonly mode: ServermapMode
  /** Ids of servers that answered. */
  readonly responding = new Set<string>()
  /** Servers that failed or timed out, with why. */
  readonly failures = new Map<string, string>()
  /** Servers asked (answered, failed, or still out when the update stopped). */
  serversAsked = 0
  /** True when every server given was asked and answered or failed. */
  complete = false
  readonly #shares = new Map<string, ShareRecord>()
  readonly #bad = new Map<string, BadShareRecord>()

  constructor (storageIndex: Uint8Array, mode: ServermapMode) {
    this.storageIndex = storageIndex
    this.mode = mode
  }

  get shares (): ShareRecord[] {
    return [...this.#shares.values()]
  }

  get badShares (): BadShareRecord[] {
    return [...this.#bad.values()]
  }

  addShare (record: ShareRecord): void {
    const key = pairKey(record.server.id, record.shnum)
    this.#bad.delete(key)
    this.#shares.set(key, record)
  }

  /** Records a share as bad, replacing any good record of it. */
  markBad (server: GridServer, shnum: number, prefix: Uint8Array, reason: string): void {
    const key = pairKey(server.id, shnum)
    this.#shares.delete(key)
    this.#bad.set(key, { server, shnum, prefix, reason })
  }

  /** The first bytes recorded for a share, good or bad; undefined for a share never seen. */
  knownPrefix (serverId: string, shnum: number): Uint8Array | undefined {
    const key = pairKey(serverId, shnum)
    return this.#shares.get(key)?.prefix ?? this.#bad.get(key)?.prefix
  }

  /** Every version seen, best first. */
  versions (): VersionInfo[] {
    const byKey = new Map<string, VersionInfo>()
    for (const record of this.#shares.values()) {
      let info = byKey.get(record.versionKey)
      if (info === undefined) {
        info = { key: record.versionKey, version: record.version, shares: [], distinctShares: 0, recoverable: false }
        byKey.set(record.versionKey, info)
      }
      info.shares.push(record)
    }
    for (const info of byKey.values()) {
      info.distinctShares = new Set(info.shares.map(share => share.shnum)).size
      info.recoverable = info.distinctShares >= info.version.k
    }
    return [...byKey.values()].sort(compareVersions)
  }

  /** The best recoverable version: highest (seqnum, root hash) with at least k distinct shares. */
  best (): VersionInfo | undefined {
    return this.versions().find(info => info.recoverable)
  }

  /** The highest seqnum of any verified version, recoverable or not; 0 when none was seen. */
  highestSeqnum (): bigint {
    let highest = 0n
    for (const record of this.#shares.values()) if (record.version.seqnum > highest) highest = record.version.seqnum
    return highest
  }
}

export interface ServermapInit {
  servers: readonly GridServer[]
  storageIndex: Uint8Array
  /** The cap's verification-key hash: every version's signature is checked against it. */
  fingerprint: Uint8Array
  mode: ServermapMode
  /** @default DEFAULT_MAX_OUTSTANDING */
  maxOutstanding?: number
  /** @default DEFAULT_CALL_TIMEOUT_MS */
  timeoutMs?: number
  /** Read mode: answers awaited after the best version became recoverable. @default DEFAULT_READ_EXTRA_ANSWERS */
  readExtraAnswers?: number
  /** Read mode: servers asked at first, and kept asked in place of useless ones. @default DEFAULT_READ_QUERIES */
  readQueries?: number
  maxCallData?: number
  signal?: AbortSignal
  onBadShare?: BadShareHandler
}

function describe (err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

class ServermapUpdate {
  readonly map: Servermap
  readonly #init: ServermapInit
  readonly #callOptions: SlotCallOptions
  /** Versions whose signature verified (keyed by signed prefix). */
  readonly #verified = new Set<string>()
  /** Stops any query still out when the update ends early (abort or failure). */
  readonly #controller = new AbortController()
  #closed = false
  #answers = 0
  /** Servers that failed or held no share of the file. */
  #useless = 0
  #bestKey: string | undefined
  #answersAtBest = 0

  constructor (init: ServermapInit) {
    this.#init = init
    this.map = new Servermap(init.storageIndex, init.mode)
    const signal = init.signal === undefined ? this.#controller.signal : AbortSignal.any([init.signal, this.#controller.signal])
    this.#callOptions = { timeoutMs: init.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS, signal, maxCallData: init.maxCallData }
  }

  async run (): Promise<Servermap> {
    const queue = permutedServers(this.#init.storageIndex, this.#init.servers)
    const max = Math.max(1, this.#init.maxOutstanding ?? DEFAULT_MAX_OUTSTANDING)
    const inFlight = new Set<Promise<void>>()
    try {
      for (;;) {
        while (inFlight.size < max && queue.length > 0 && this.#wantsMore(inFlight.size)) {
          const server = queue.shift() as GridServer
          this.map.serversAsked++
          const query: Promise<void> = this.#ask(server).finally(() => inFlight.delete(query))
          inFlight.add(query)
        }
        // Queries already out are waited for (each is bounded by the call timeout): one of them may hold a newer version.
        if (inFlight.size === 0) break
        await Promise.race(inFlight)
      }
      this.#init.signal?.throwIfAborted()
      this.map.complete = queue.length === 0 && inFlight.size === 0
      return this.map
    } finally {
      // Late answers are dropped: the map handed back no longer changes.
      this.#closed = true
      this.#controller.abort()
    }
  }

  /** Whether to ask one more server now. */
  #wantsMore (inFlight: number): boolean {
    if (this.#enough()) return false
    if (this.#init.mode !== 'read') return true
    return inFlight === 0 || this.map.serversAsked - this.#useless < (this.#init.readQueries ?? DEFAULT_READ_QUERIES)
  }

  /** Read mode: the best version is recoverable, nothing newer was seen, and a few more servers answered since. */
  #enough (): boolean {
    if (this.#init.mode !== 'read') return false
    const best = this.map.best()
    if (best === undefined || best.key !== this.#bestKey) return false
    if (this.map.highestSeqnum() > best.version.seqnum) return false
    return this.#answers - this.#answersAtBest >= (this.#init.readExtraAnswers ?? DEFAULT_READ_EXTRA_ANSWERS)
  }

  async #ask (server: GridServer): Promise<void> {
    const { storageIndex } = this.#init
    try {
      const answer = await callWithTimeout(`server ${server.id}`, this.#callOptions.timeoutMs, this.#callOptions.signal, async signal =>
        await server.storage.slotReadv(storageIndex, [], [{ offset: 0, length: MUTABLE_PREFIX_READ_SIZE }], { signal }))
      if (this.#closed) return
      if (answer.size === 0) this.#useless++
      for (const [shnum, data] of answer) await this.#inspect(server, shnum, data[0] ?? new Uint8Array(0))
      if (this.#closed) return
      this.map.responding.add(server.id)
    } catch (err: unknown) {
      if (this.#closed) return
      this.#useless++
      this.map.failures.set(server.id, describe(err))
    } finally {
      if (!this.#closed) {
        this.#answers++
        this.#noteBest()
      }
    }
  }

  /** Counts answers from the one that made the current best version recoverable (however fast they came in). */
  #noteBest (): void {
    const best = this.map.best()
    if (best !== undefined && best.key !== this.#bestKey) {
      this.#bestKey = best.key
      this.#answersAtBest = this.#answers
    }
  }

  /** Parses one share's prefix, checks its version's signature (once per version), and records it. */
  async #inspect (server: GridServer, shnum: number, prefix: Uint8Array): Promise<void> {
    try {
      const header = parseMutableShareHeader(prefix)
      const versionKey = mutableVersionKey(header.version)
      if (!this.#verified.has(versionKey)) {
        const [verificationKey, signature] = await this.#fields(server, shnum, prefix, [header.verificationKey, header.signature])
        verifyMutableSignature(this.#init.fingerprint, header.version, verificationKey as Uint8Array, signature as Uint8Array)
        this.#verified.add(versionKey)
      }
      if (this.#closed) return
      if (shnum >= header.version.n) throw new MutableShareFormatError(`share number ${shnum} is not below N = ${header.version.n}`)
      this.map.addShare({ server, shnum, prefix, header, version: header.version, versionKey })
    } catch (err: unknown) {
      if (this.#closed) return
      this.#init.signal?.throwIfAborted()
      // A share whose key could not be fetched is kept as bad too: a writer still replaces it.
      const corrupt = isBadMutableShareError(err)
      this.map.markBad(server, shnum, prefix, describe(err))
      this.#init.onBadShare?.(server, shnum, describe(err), corrupt)
    }
  }

  /** The bytes of `spans`, from the prefix when it covers them, else fetched. */
  async #fields (server: GridServer, shnum: number, prefix: Uint8Array, spans: Span[]): Promise<Uint8Array[]> {
    if (spans.every(span => span.offset + span.length <= prefix.length)) {
      return spans.map(span => prefix.subarray(span.offset, span.offset + span.length))
    }
    if (spans.some(span => span.length > MAX_KEY_FIELD_SIZE)) {
      throw new MutableShareFormatError(`share ${shnum} claims a key or signature of more than ${MAX_KEY_FIELD_SIZE} bytes`)
    }
    return await readShareSpans(server, this.#init.storageIndex, shnum, spans, this.#callOptions)
  }
}

/** Builds a servermap of `storageIndex` over `servers` (see the module comment for the modes). */
export async function updateServermap (init: ServermapInit): Promise<Servermap> {
  return await new ServermapUpdate(init).run()
}
