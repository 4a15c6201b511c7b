/**
 * One immutable share on one server, checked against the cap before any
 * block is trusted (spec j.2): the UEB's hash must match the cap's, the
 * share hash chain must lead to the UEB's share root, the block hash tree
 * must hang from this share's leaf, and every block must match its leaf.
 */
import { Tag, taggedHash } from '../../crypto/hash.js'
import { buildHashTree, IncompleteHashTree } from '../../encoding/hashtree.js'
import { ImmutableShareReader } from '../../encoding/share-layout.js'
import { checkUebAgainstCap, parseUeb, uebHash, type Ueb } from '../../encoding/ueb.js'
import type { ChkParams } from '../../encoding/segmentation.js'
import { LafsError } from '../../errors.js'
import type { GridServer } from '../grid.js'
import { callWithTimeout } from '../call.js'
import { BadShareError } from './errors.js'

export interface ImmutableCapFields {
  storageIndex: Uint8Array
  uebHash: Uint8Array
  k: number
  n: number
  size: number
}

export interface ShareOpenOptions {
  timeoutMs: number
  signal?: AbortSignal
}

/**
 * The first read of a share asks for this much: header, trees and UEB of a
 * small file all come back at once, and a large file's header with the
 * start of its first block.
 */
export const INITIAL_READ_SIZE = 64 * 1024

function sameBytes (a: Uint8Array, b: Uint8Array | undefined): boolean {
  return b !== undefined && Buffer.compare(a, b) === 0
}

/**
 * Consecutive blocks are read from a server together, in one read of up to
 * this many bytes (three blocks of a 1 MiB segment at 3-of-10), as the
 * uploader writes them.
 */
export const READ_BATCH_BYTES = 1032 * 1024

interface BlockRun {
  first: number
  count: number
  blocks: Promise<Uint8Array[]>
  /** Blocks handed out so far. */
  taken: number
}

export class ValidatedShare {
  readonly server: GridServer
  readonly shareNumber: number
  readonly ueb: Ueb
  readonly #reader: ImmutableShareReader
  readonly #blockTree: Uint8Array[]
  readonly #params: Pick<ChkParams, 'numSegments' | 'blockSize' | 'tailBlockSize'>
  readonly #options: ShareOpenOptions
  /** Runs of blocks being read or read and not all handed out yet. */
  readonly #runs: BlockRun[] = []

  private constructor (server: GridServer, shareNumber: number, reader: ImmutableShareReader, ueb: Ueb, blockTree: Uint8Array[], options: ShareOpenOptions) {
    this.server = server
    this.shareNumber = shareNumber
    this.#reader = reader
    this.ueb = ueb
    this.#blockTree = blockTree
    this.#options = options
    this.#params = {
      numSegments: ueb.numSegments,
      blockSize: ueb.segmentSize / ueb.neededShares,
      tailBlockSize: ueb.paddedTailSize / ueb.neededShares
    }
  }

  /**
   * Reads and checks everything but the blocks. Rejects with BadShareError
   * when the share is corrupt, or with the transport's error when the
   * server does not answer.
   */
  static async open (server: GridServer, shareNumber: number, cap: ImmutableCapFields, options: ShareOpenOptions): Promise<ValidatedShare> {
    const fetch = async (offset: number, length: number): Promise<Uint8Array> =>
      await callWithTimeout(`server ${server.id}`, options.timeoutMs, options.signal,
        async signal => await server.storage.readBucket(cap.storageIndex, shareNumber, offset, length, { signal }))
    try {
      const head = await fetch(0, INITIAL_READ_SIZE)
      // A short answer means the whole share is in hand.
      const whole = head.length < INITIAL_READ_SIZE
      const read = async (offset: number, length: number): Promise<Uint8Array> => {
        if (whole || offset + length <= head.length) return head.subarray(Math.min(offset, head.length), Math.min(offset + length, head.length))
        return await fetch(offset, length)
      }
      const reader = await ImmutableShareReader.open(read)
      const [uebBytes, shareHashes] = await Promise.all([reader.readUeb(), reader.readShareHashes()])
      if (!sameBytes(uebHash(uebBytes), cap.uebHash)) throw new BadShareError('UEB hash does not match the cap')
      const ueb = parseUeb(uebBytes)
      checkUebAgainstCap(ueb, cap)

      const shareTree = new IncompleteHashTree(cap.n)
      shareTree.setRoot(ueb.shareRootHash)
      const leafIndex = shareTree.firstLeafIndex + shareNumber
      const leaf = shareHashes.get(leafIndex)
      if (leaf === undefined) throw new BadShareError('share hash chain lacks the share\'s own leaf')
      shareTree.setHashes(shareHashes)

      const blockTree = await reader.readBlockHashTree(ueb.numSegments)
      const rebuilt = buildHashTree(blockTree.slice(blockTree.length - (blockTree.length + 1) / 2))
      if (!rebuilt.every((node, i) => sameBytes(node, blockTree[i])) || !sameBytes(leaf, blockTree[0])) {
        throw new BadShareError('block hash tree does not match the share hash chain')
      }
      return new ValidatedShare(server, shareNumber, reader, ueb, blockTree, options)
    } catch (err: unknown) {
      throw asBadShare(err)
    }
  }

  /** The crypttext hash tree, checked against the UEB's root. */
  async crypttextHashTree (): Promise<Uint8Array[]> {
    try {
      const nodes = await this.#reader.readCrypttextHashTree(this.ueb.numSegments)
      const rebuilt = buildHashTree(nodes.slice(nodes.length - (nodes.length + 1) / 2))
      if (!rebuilt.every((node, i) => sameBytes(node, nodes[i])) || !sameBytes(this.ueb.crypttextRootHash, nodes[0])) {
        throw new BadShareError('crypttext hash tree does not match the UEB')
      }
      return nodes
    } catch (err: unknown) {
      throw asBadShare(err)
    }
  }

  /**
   * Block `segment`, checked against this share's block hash tree. Blocks
   * are read in runs of consecutive segments, up to READ_BATCH_BYTES and no
   * further than `through` (the last segment the caller will want), so that
   * a download asks each server once for several segments.
   */
  async block (segment: number, through = segment): Promise<Uint8Array> {
    try {
      const block = await this.#fromRun(segment, through)
      const leaf = this.#blockTree[this.#blockTree.length - (this.#blockTree.length + 1) / 2 + segment]
      if (!sameBytes(taggedHash(Tag.BLOCK, block), leaf)) throw new BadShareError(`block ${segment} does not match its hash`)
      return block
    } catch (err: unknown) {
      throw asBadShare(err)
    }
  }

  async #fromRun (segment: number, through: number): Promise<Uint8Array> {
    let run = this.#runs.find(candidate => segment >= candidate.first && segment < candidate.first + candidate.count)
    if (run === undefined) {
      const perRun = Math.max(1, Math.floor(READ_BATCH_BYTES / this.#params.blockSize))
      const count = Math.max(1, Math.min(perRun, through - segment + 1, this.#params.numSegments - segment))
      const started: BlockRun = { first: segment, count, blocks: this.#reader.readBlocks(segment, count, this.#params), taken: 0 }
      // A run that failed is forgotten: the next request reads again (or the share is dropped).
      started.blocks.catch(() => { this.#forget(started) })
      this.#runs.push(started)
      run = started
    }
    const blocks = await run.blocks
    // Forgotten once each of its blocks was handed out.
    if (++run.taken >= run.count) this.#forget(run)
    return blocks[segment - run.first] as Uint8Array
  }

  #forget (run: BlockRun): void {
    const at = this.#runs.indexOf(run)
    if (at >= 0) this.#runs.splice(at, 1)
  }

  get options (): ShareOpenOptions {
    return this.#options
  }
}

/** Format and hash failures mean a corrupt share; transport failures pass through. */
function asBadShare (err: unknown): unknown {
  if (err instanceof BadShareError) return err
  if (err instanceof LafsError && ['ERR_FORMAT', 'ERR_BAD_HASH', 'ERR_NOT_ENOUGH_HASHES', 'ERR_PARAMETER'].includes(err.code)) {
    return new BadShareError(err.message, { cause: err })
  }
  return err
}
