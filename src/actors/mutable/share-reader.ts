/**
 * Verified reads of one share of a known version (Tahoe's per-share part
 * of Retrieve): on first use it fetches the share hash chain and the block
 * hash tree, checks that the tree is whole and leads through the chain to
 * the signed root hash; then each segment's salt and block are checked
 * against their leaf. Whatever the servermap's prefix already holds is not
 * fetched again; each fetch also re-reads the signed prefix, so that a share
 * rewritten since the servermap is noticed as changed, not taken for corrupt.
 */
import {
  parseBlockHashTree, parseShareHashChain, readSegment, segmentSpan, signedPrefixSize,
  verifyBlockHashTree, verifySegment, verifyShareHashChain,
  type MutableSegment, type Span
} from '../../encoding/mutable/index.js'
import { ShareUnavailableError } from './errors.js'
import type { ShareRecord } from './servermap.js'
import { readShareSpans, type SlotCallOptions } from './slot-io.js'

export class ShareReader {
  readonly record: ShareRecord
  readonly #storageIndex: Uint8Array
  readonly #options: SlotCallOptions
  #blockHashTree: Uint8Array[] | undefined

  constructor (record: ShareRecord, storageIndex: Uint8Array, options: SlotCallOptions) {
    this.record = record
    this.#storageIndex = storageIndex
    this.#options = options
  }

  get shnum (): number {
    return this.record.shnum
  }

  /** The verified block hash tree; undefined until the first fetch. */
  get blockHashTree (): readonly Uint8Array[] | undefined {
    return this.#blockHashTree
  }

  /**
   * The verified salt and block of each of `segnums` (none: only the hash
   * trees). Throws a bad-share error naming the failed check, or a server or
   * ShareUnavailableError when the share could not be read.
   */
  async fetch (segnums: readonly number[]): Promise<Map<number, MutableSegment>> {
    const { header, shnum } = this.record
    const needTrees = this.#blockHashTree === undefined
    const spans: Span[] = []
    if (needTrees) spans.push(header.shareHashChain, header.blockHashTree)
    for (const segnum of segnums) spans.push(segmentSpan(header, segnum))
    const bytes = await this.#read(spans)

    let at = 0
    if (needTrees) {
      const chain = parseShareHashChain(bytes[at++] as Uint8Array)
      const tree = parseBlockHashTree(bytes[at++] as Uint8Array)
      verifyBlockHashTree(header, tree)
      verifyShareHashChain(header, shnum, chain, tree[0] as Uint8Array)
      this.#blockHashTree = tree
    }
    const tree = this.#blockHashTree as Uint8Array[]
    const out = new Map<number, MutableSegment>()
    for (const segnum of segnums) {
      const segment = readSegment(header, segnum, bytes[at++] as Uint8Array)
      verifySegment(header, tree, segnum, segment)
      out.set(segnum, segment)
    }
    return out
  }

  /** Spans from the cached prefix where it reaches, the rest in one fetch along with the signed prefix. */
  async #read (spans: readonly Span[]): Promise<Uint8Array[]> {
    const { prefix, server, shnum, version } = this.record
    const inPrefix = (span: Span): boolean => span.offset + span.length <= prefix.length
    const missing = spans.filter(span => !inPrefix(span))
    const fetched = new Map<Span, Uint8Array>()
    if (missing.length > 0) {
      const signed: Span = { offset: 0, length: signedPrefixSize(version.format) }
      const [now, ...rest] = await readShareSpans(server, this.#storageIndex, shnum, [signed, ...missing], this.#options)
      if (now === undefined || Buffer.compare(now, prefix.subarray(0, signed.length)) !== 0) {
        throw new ShareUnavailableError(`share ${shnum} on server ${server.id} was rewritten since the servermap`)
      }
      missing.forEach((span, i) => fetched.set(span, rest[i] as Uint8Array))
    }
    return spans.map(span => fetched.get(span) ?? prefix.subarray(span.offset, span.offset + span.length))
  }
}
