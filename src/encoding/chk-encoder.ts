/**
 * The CHK segment pipeline, as Tahoe's Encoder runs it (spec a.5, a.6, c):
 * each ciphertext segment is hashed, padded (tail only), split into k
 * pieces and erasure-coded into n blocks, each block hashed. `finish()`
 * builds the three hash trees and the UEB, whose hash goes into the cap.
 *
 * Pure and synchronous: the caller feeds segments in order and does the I/O.
 */
import { ParameterError } from '../errors.js'
import { AesCtr } from '../crypto/aes.js'
import { Tag, TaggedHasher, taggedHash } from '../crypto/hash.js'
import { buildHashTree } from './hashtree.js'
import { shareHashPairs, type ShareHashPair } from './share-layout.js'
import { chkParams, type ChkParams } from './segmentation.js'
import { packUeb, uebHash } from './ueb.js'
import { ErasureCodec, type ZfecKernel } from './zfec/index.js'
import { formatCap } from './caps.js'
import { ConvergentKeyHasher } from '../crypto/immutable-keys.js'

/** Files of at most this many bytes become LIT caps and are stored nowhere. */
export const LIT_MAX_SIZE = 55

export interface ChkEncoderInit {
  /** Plaintext size in bytes (at least 1: smaller files are LIT). */
  size: number
  k: number
  n: number
  maxSegmentSize?: number
  kernel?: ZfecKernel
  /**
   * Compute parity blocks into the same buffers for every segment: blocks
   * returned by one call are then valid only until the next. For callers
   * that only hash the blocks.
   * @default false
   */
  reuseBlockBuffers?: boolean
}

export interface EncodedSegment {
  index: number
  /** All n blocks of this segment; block i belongs to share i. */
  blocks: Uint8Array[]
}

export interface ChkEncoding {
  params: ChkParams
  ueb: Uint8Array
  uebHash: Uint8Array
  crypttextHash: Uint8Array
  /** Every node of the crypttext hash tree, in heap order (stored in every share). */
  crypttextHashTree: Uint8Array[]
  /** For each share, every node of its block hash tree. */
  blockHashTrees: Uint8Array[][]
  /** Every node of the share hash tree; node 0 is the root in the UEB. */
  shareHashTree: Uint8Array[]
  /** The (node index, hash) pairs share `shareNumber` stores, leaf included, in Tahoe's order. */
  shareHashChain (shareNumber: number): ShareHashPair[]
}

/** The UEB of a CHK file: its parameters and its three hashes (spec c.3). */
export function packChkUeb (params: ChkParams, hashes: { crypttextHash: Uint8Array, crypttextRootHash: Uint8Array, shareRootHash: Uint8Array }): Uint8Array {
  return packUeb({
    segmentSize: params.segmentSize,
    numSegments: params.numSegments,
    neededShares: params.k,
    totalShares: params.n,
    size: params.size,
    paddedTailSize: params.paddedTailSize,
    ...hashes
  })
}

/** The UEB's length, known before any hash exists: hashes have a fixed size. */
export function chkUebSize (params: ChkParams): number {
  const hash = new Uint8Array(32)
  return packChkUeb(params, { crypttextHash: hash, crypttextRootHash: hash, shareRootHash: hash }).length
}

/** Feeds ciphertext segments through hashing and erasure coding. */
export class ChkCiphertextEncoder {
  readonly params: ChkParams
  readonly #codec: ErasureCodec
  readonly #crypttextHasher = new TaggedHasher(Tag.CIPHERTEXT)
  readonly #segmentHashes: Uint8Array[] = []
  /** blockHashes[share][segment] */
  readonly #blockHashes: Uint8Array[][]
  readonly #reuse: boolean
  #parity: Uint8Array[] | undefined
  #finished = false

  constructor (init: ChkEncoderInit) {
    this.params = chkParams(init.size, init.k, init.n, init.maxSegmentSize)
    this.#codec = ErasureCodec.create(init.k, init.n, { kernel: init.kernel })
    this.#blockHashes = Array.from({ length: init.n }, () => [])
    this.#reuse = init.reuseBlockBuffers === true
  }

  get segmentsDone (): number {
    return this.#segmentHashes.length
  }

  /** The length segment `index` must have (the tail may be shorter). */
  segmentLength (index: number): number {
    const { numSegments, segmentSize, tailSize } = this.params
    return index === numSegments - 1 ? tailSize : segmentSize
  }

  /**
   * Encodes the next segment. `parity`, when given, receives the n-k parity
   * blocks (buffers of exactly the segment's block size, overwritten), so a
   * caller can recycle them once it is done with a segment's blocks.
   */
  encodeCiphertext (ciphertext: Uint8Array, parity?: Uint8Array[]): EncodedSegment {
    const index = this.#segmentHashes.length
    if (this.#finished || index >= this.params.numSegments) throw new ParameterError('all segments have already been encoded')
    const expected = this.segmentLength(index)
    if (ciphertext.length !== expected) {
      throw new ParameterError(`segment ${index} must be ${expected} bytes, not ${ciphertext.length}`)
    }
    if (parity !== undefined) this.checkParity(parity)
    this.#segmentHashes.push(taggedHash(Tag.CIPHERTEXT_SEGMENT, ciphertext))
    this.#crypttextHasher.update(ciphertext)

    const { k, paddedTailSize } = this.params
    const isTail = index === this.params.numSegments - 1
    let padded = ciphertext
    if (isTail && paddedTailSize !== ciphertext.length) {
      padded = new Uint8Array(paddedTailSize)
      padded.set(ciphertext)
    }
    const pieceSize = padded.length / k
    const pieces: Uint8Array[] = []
    for (let i = 0; i < k; i++) pieces.push(padded.subarray(i * pieceSize, (i + 1) * pieceSize))
    let into = parity
    if (into === undefined && this.#reuse) {
      if (this.#parity?.[0]?.length !== pieceSize) this.#parity = Array.from({ length: this.params.n - k }, () => new Uint8Array(pieceSize))
      into = this.#parity
    }
    const blocks = this.#codec.encode(pieces, into)
    blocks.forEach((block, share) => this.#blockHashes[share]?.push(taggedHash(Tag.BLOCK, block)))
    return { index, blocks }
  }

  /** Checks parity buffers lent for the next segment, before anything of it is taken. */
  protected checkParity (parity: readonly Uint8Array[]): void {
    const index = this.segmentsDone
    const blockSize = (index === this.params.numSegments - 1 ? this.params.paddedTailSize : this.params.segmentSize) / this.params.k
    if (parity.length !== this.params.n - this.params.k || parity.some(block => block.length !== blockSize)) {
      throw new ParameterError(`parity buffers for segment ${index} must be ${this.params.n - this.params.k} of ${blockSize} bytes`)
    }
  }

  finish (): ChkEncoding {
    if (this.#finished) throw new ParameterError('the encoding is already finished')
    const { params } = this
    if (this.#segmentHashes.length !== params.numSegments) {
      throw new ParameterError(`only ${this.#segmentHashes.length} of ${params.numSegments} segments were encoded`)
    }
    this.#finished = true
    const crypttextHashTree = buildHashTree(this.#segmentHashes)
    const blockHashTrees = this.#blockHashes.map(hashes => buildHashTree(hashes))
    const shareHashTree = buildHashTree(blockHashTrees.map(tree => rootOf(tree)))
    const crypttextHash = this.#crypttextHasher.digest()
    const ueb = packChkUeb(params, { crypttextHash, crypttextRootHash: rootOf(crypttextHashTree), shareRootHash: rootOf(shareHashTree) })
    return {
      params,
      ueb,
      uebHash: uebHash(ueb),
      crypttextHash,
      crypttextHashTree,
      blockHashTrees,
      shareHashTree,
      shareHashChain: (shareNumber: number) => shareHashPairs(shareHashTree, shareNumber, params.n)
    }
  }
}

/** Encrypts plaintext segments with the file key, then encodes them. */
export class ChkEncoder extends ChkCiphertextEncoder {
  readonly #cipher: AesCtr

  constructor (init: ChkEncoderInit & { key: Uint8Array }) {
    super(init)
    this.#cipher = new AesCtr(init.key)
  }

  /** Encrypts and encodes the next segment; `parity` as for encodeCiphertext. */
  encodePlaintext (plaintext: Uint8Array, parity?: Uint8Array[]): EncodedSegment {
    if (plaintext.length !== this.segmentLength(this.segmentsDone)) {
      throw new ParameterError(`segment ${this.segmentsDone} must be ${this.segmentLength(this.segmentsDone)} bytes, not ${plaintext.length}`)
    }
    // Checked before the cipher moves on, so that a refusal leaves the encoder as it was.
    if (parity !== undefined) this.checkParity(parity)
    return this.encodeCiphertext(this.#cipher.update(plaintext), parity)
  }
}

function nodeOf (tree: Uint8Array[], index: number): Uint8Array {
  const node = tree[index]
  if (node === undefined) throw new ParameterError(`hash tree has no node ${index}`)
  return node
}

function rootOf (tree: Uint8Array[]): Uint8Array {
  return nodeOf(tree, 0)
}

export interface ImmutableCapInit {
  convergenceSecret: Uint8Array
  k: number
  n: number
  maxSegmentSize?: number
  kernel?: ZfecKernel
}

/** The cap of bytes held in memory (LIT or CHK), as Tahoe would give it. */
export function immutableCapOfBytes (data: Uint8Array, init: ImmutableCapInit): string {
  if (data.length <= LIT_MAX_SIZE) return formatCap({ kind: 'lit', data })
  const params = chkParams(data.length, init.k, init.n, init.maxSegmentSize)
  const key = new ConvergentKeyHasher(init.convergenceSecret, params.k, params.n, params.segmentSize).update(data).digest()
  const encoder = new ChkEncoder({ ...init, size: data.length, key })
  for (let start = 0; start < data.length; start += params.segmentSize) {
    encoder.encodePlaintext(data.subarray(start, start + params.segmentSize))
  }
  const { uebHash } = encoder.finish()
  return formatCap({ kind: 'chk', key, uebHash, k: params.k, n: params.n, size: params.size })
}
