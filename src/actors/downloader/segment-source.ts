/**
 * Validated ciphertext segments of one immutable file. Keeps k open shares
 * (primary shares and fast servers first, one share per server while
 * others are available), fetches a segment's k blocks in parallel, checks
 * every block and the decoded segment, and replaces a share that fails:
 * a corrupt one is reported to its server, a silent one is routed around.
 */
import { Tag, taggedHash } from '../../crypto/hash.js'
import { ErasureCodec } from '../../encoding/zfec/index.js'
import type { Ueb } from '../../encoding/ueb.js'
import type { GridServer } from '../grid.js'
import { callWithTimeout } from '../call.js'
import { BadShareError, NotEnoughSharesError } from './errors.js'
import { ShareFinder, type FoundShare } from './share-finder.js'
import { ValidatedShare, type ImmutableCapFields } from './validated-share.js'

/** How long one read from a server may take before it is routed around. */
export const DEFAULT_READ_TIMEOUT_MS = 20_000
const ADVISE_TIMEOUT_MS = 5_000
/**
 * Once k shares are known, how much longer to wait for primary shares
 * (which decode for free) from servers that have not answered yet.
 */
export const DEFAULT_PRIMARY_GRACE_MS = 100

export interface SegmentSourceInit {
  servers: readonly GridServer[]
  readTimeoutMs?: number
  findTimeoutMs?: number
  /** @default DEFAULT_PRIMARY_GRACE_MS */
  primaryGraceMs?: number
  signal?: AbortSignal
  /** Told about each share found corrupt (after its server was advised). */
  onCorruptShare?: (server: GridServer, shareNumber: number, reason: string) => void
}

const shareKey = (server: GridServer, shareNumber: number): string => `${server.id}/${shareNumber}`

export class SegmentSource {
  readonly #cap: ImmutableCapFields
  readonly #init: SegmentSourceInit
  readonly #finder: ShareFinder
  readonly #codec: ErasureCodec
  readonly #active: ValidatedShare[] = []
  readonly #rejected = new Set<string>()
  #lastFailure = 'none'
  #crypttextLeaves: Uint8Array[] | undefined
  #refill: Promise<void> | undefined
  readonly #advice: Array<Promise<unknown>> = []

  constructor (cap: ImmutableCapFields, init: SegmentSourceInit) {
    this.#cap = cap
    this.#init = init
    this.#codec = ErasureCodec.create(cap.k, cap.n)
    this.#finder = new ShareFinder({ servers: init.servers, storageIndex: cap.storageIndex, timeoutMs: init.findTimeoutMs, signal: init.signal })
  }

  /** The validated UEB (after the first segment or `start()`). */
  get ueb (): Ueb {
    const share = this.#active[0]
    if (share === undefined) throw new BadShareError('no share has been opened yet')
    return share.ueb
  }

  /** Finds and opens k good shares; rejects with NotEnoughSharesError when that is impossible. */
  async start (): Promise<void> {
    await this.#ensureShares()
    if (this.#crypttextLeaves === undefined) await this.#loadCrypttextTree()
  }

  /** Waits for corruption reports still on their way to servers. */
  async close (): Promise<void> {
    await Promise.all(this.#advice)
  }

  /**
   * Ciphertext of segment `index`, validated. `through`: the last segment
   * the caller will ask for next (blocks up to it may be read along).
   */
  async segment (index: number, through = index): Promise<Uint8Array> {
    for (;;) {
      await this.start()
      const shares = this.#active.slice(0, this.#cap.k)
      const results = await Promise.allSettled(shares.map(async share => await share.block(index, through)))
      const blocks: Uint8Array[] = []
      results.forEach((result, i) => {
        if (result.status === 'fulfilled') blocks.push(result.value)
        else this.#reject(shares[i] as ValidatedShare, result.reason)
      })
      if (blocks.length < shares.length) continue
      const pieces = this.#codec.decode(blocks, shares.map(share => share.shareNumber))
      const ueb = this.ueb
      const length = index === ueb.numSegments - 1 ? ueb.size - index * ueb.segmentSize : ueb.segmentSize
      const ciphertext = concat(pieces, length)
      const leaf = this.#crypttextLeaves?.[index]
      if (leaf === undefined || Buffer.compare(taggedHash(Tag.CIPHERTEXT_SEGMENT, ciphertext), leaf) !== 0) {
        // Every block matched its share's tree, so the shares disagree about the file: drop them all.
        for (const share of shares) this.#reject(share, new BadShareError(`segment ${index} does not match the crypttext hash tree`))
        continue
      }
      return ciphertext
    }
  }

  async #loadCrypttextTree (): Promise<void> {
    for (;;) {
      const share = this.#active[0]
      if (share === undefined) { await this.#ensureShares(); continue }
      try {
        const nodes = await share.crypttextHashTree()
        this.#crypttextLeaves = nodes.slice(nodes.length - (nodes.length + 1) / 2)
        return
      } catch (err: unknown) {
        this.#reject(share, err)
        await this.#ensureShares()
      }
    }
  }

  async #ensureShares (): Promise<void> {
    // One refill at a time; concurrent segment fetches wait for the same one.
    while (this.#active.length < this.#cap.k) {
      this.#refill ??= this.#fillOnce().finally(() => { this.#refill = undefined })
      await this.#refill
    }
  }

  async #fillOnce (): Promise<void> {
    const { k } = this.#cap
    await this.#finder.until(() => this.#candidates().length >= k - this.#active.length)
    if (this.#active.length === 0) await this.#awaitPrimaries()
    const candidates = this.#candidates().slice(0, k - this.#active.length)
    if (candidates.length === 0) {
      if (this.#finder.done) throw this.#notEnough()
      await this.#finder.next()
      return
    }
    const timeoutMs = this.#init.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS
    await Promise.all(candidates.map(async ({ server, shareNumber }) => {
      try {
        const share = await ValidatedShare.open(server, shareNumber, this.#cap, { timeoutMs, signal: this.#init.signal })
        if (!this.#active.some(s => s.shareNumber === shareNumber)) this.#active.push(share)
      } catch (err: unknown) {
        this.#init.signal?.throwIfAborted()
        this.#rejectFound(server, shareNumber, err)
      }
    }))
    this.#active.sort((a, b) => a.shareNumber - b.shareNumber)
  }

  async #awaitPrimaries (): Promise<void> {
    const { k } = this.#cap
    const havePrimaries = (): boolean => {
      const found = new Set(this.#finder.found.map(f => f.shareNumber))
      for (let share = 0; share < k; share++) if (!found.has(share)) return false
      return true
    }
    let timer: NodeJS.Timeout | undefined
    const grace = new Promise<void>(resolve => { timer = setTimeout(resolve, this.#init.primaryGraceMs ?? DEFAULT_PRIMARY_GRACE_MS) })
    let expired = false
    void grace.then(() => { expired = true })
    try {
      while (!havePrimaries() && !this.#finder.done && !expired) await Promise.race([this.#finder.next(), grace])
    } finally {
      clearTimeout(timer)
    }
  }

  /** Usable shares not yet open: distinct share numbers, primary and fast first, new servers first. */
  #candidates (): FoundShare[] {
    const { k } = this.#cap
    const openNumbers = new Set(this.#active.map(s => s.shareNumber))
    const usedServers = new Set(this.#active.map(s => s.server.id))
    const options = this.#finder.found.filter(f => !this.#rejected.has(shareKey(f.server, f.shareNumber)) && !openNumbers.has(f.shareNumber))
    options.sort((a, b) =>
      Number(usedServers.has(a.server.id)) - Number(usedServers.has(b.server.id)) ||
      Number(a.shareNumber >= k) - Number(b.shareNumber >= k) ||
      a.rttMs - b.rttMs ||
      a.shareNumber - b.shareNumber)
    // First one share per server; then, if that is not enough, doubled-up servers.
    const picked: FoundShare[] = []
    for (const spreadOnly of [true, false]) {
      for (const option of options) {
        if (picked.some(p => p.shareNumber === option.shareNumber)) continue
        if (spreadOnly && usedServers.has(option.server.id)) continue
        picked.push(option)
        usedServers.add(option.server.id)
      }
    }
    return picked
  }

  #reject (share: ValidatedShare, err: unknown): void {
    const at = this.#active.indexOf(share)
    if (at >= 0) this.#active.splice(at, 1)
    this.#rejectFound(share.server, share.shareNumber, err)
  }

  #rejectFound (server: GridServer, shareNumber: number, err: unknown): void {
    const key = shareKey(server, shareNumber)
    if (this.#rejected.has(key)) return
    this.#rejected.add(key)
    const reason = err instanceof Error ? err.message : String(err)
    this.#lastFailure = `share ${shareNumber} on ${server.id}: ${reason}`
    if (err instanceof BadShareError) {
      this.#init.onCorruptShare?.(server, shareNumber, reason)
      // Advice is a courtesy: the download goes on at once, and `close()` waits (boundedly) for it.
      this.#advice.push(Promise.allSettled([callWithTimeout(`server ${server.id}`, ADVISE_TIMEOUT_MS, undefined,
        async signal => { await server.storage.adviseCorruptShare('immutable', this.#cap.storageIndex, shareNumber, reason, { signal }) })]))
    }
  }

  #notEnough (): NotEnoughSharesError {
    const good = new Map<number, string>()
    for (const share of this.#active) good.set(share.shareNumber, share.server.id)
    for (const f of this.#finder.found) {
      if (!this.#rejected.has(shareKey(f.server, f.shareNumber)) && !good.has(f.shareNumber)) good.set(f.shareNumber, f.server.id)
    }
    const where = [...good].map(([share, server]) => `sh${share} on ${server}`).join(', ')
    return new NotEnoughSharesError(
      `ran out of shares: found ${good.size} good share(s) but need ${this.#cap.k}` +
      ` (asked ${this.#finder.serversAsked} server(s)${where === '' ? '' : `; good: ${where}`}; last failure: ${this.#lastFailure})`,
      good.size, this.#cap.k)
  }
}

function concat (pieces: readonly Uint8Array[], length: number): Uint8Array {
  const out = Buffer.allocUnsafe(length)
  let offset = 0
  for (const piece of pieces) {
    if (offset >= length) break
    const take = Math.min(piece.length, length - offset)
    out.set(piece.subarray(0, take), offset)
    offset += take
  }
  return out
}
