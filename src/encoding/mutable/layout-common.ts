/**
 * What SDMF and MDMF shares have in common: the same fields in different
 * places. A parsed header says where each field lies (a Span), so a reader
 * can fetch just the fields it needs and a parser can slice them out with
 * one bounds check each.
 */
import { HASH_SIZE, Tag, TaggedHasher } from '../../crypto/hash.js'
import { hashTreeNodeCount } from '../hashtree.js'
import { ShareLayoutError } from '../share-layout/layout.js'
import { packShareHashes, parseShareHashes } from '../share-layout/share-hashes.js'
import { ParameterError } from '../../errors.js'
import { MutableShareFormatError } from './errors.js'
import { SALT_SIZE, segmentBlockSize, type MutableFormat, type MutableGeometry, type MutableVersion } from './version.js'

/** A byte range of a share. */
export interface Span {
  offset: number
  length: number
}

/** One segment's contribution to one share. For SDMF the salt is the version's IV. */
export interface MutableSegment {
  salt: Uint8Array
  block: Uint8Array
}

/** Where everything is in one share, from its header. */
export interface MutableShareHeader {
  version: MutableVersion
  geometry: MutableGeometry
  /** Bytes of the header: 107 (SDMF) or 123 (MDMF). */
  headerSize: number
  verificationKey: Span
  signature: Span
  shareHashChain: Span
  blockHashTree: Span
  shareData: Span
  encryptedPrivateKey: Span
  /**
   * The EOF offset. Bytes after it are not part of the share: a server keeps
   * the tail of an older, longer share when a shorter one is written over it.
   */
  end: number
}

/** The fields one share is made of, as a writer supplies them. */
export interface MutableSharePieces {
  version: MutableVersion
  /** SubjectPublicKeyInfo DER of the RSA public key. */
  verificationKey: Uint8Array
  /** RSA-PSS signature of the signed prefix. */
  signature: Uint8Array
  /** The share hash tree nodes this share needs, without its own leaf: node index -> hash. */
  shareHashChain: ReadonlyMap<number, Uint8Array>
  /** Every node of this share's block hash tree, in heap order. */
  blockHashTree: readonly Uint8Array[]
  /** This share's block of each segment, in order (none for an empty file). */
  segments: readonly MutableSegment[]
  encryptedPrivateKey: Uint8Array
}

/** A share parsed into its fields (views into the share's bytes). */
export interface MutableShareParts extends MutableSharePieces {
  header: MutableShareHeader
  shareHashChain: Map<number, Uint8Array>
  blockHashTree: Uint8Array[]
  segments: MutableSegment[]
}

/** One write of a test-and-set request: `data` at `offset` of the share. */
export interface MutableWriteVector {
  offset: number
  data: Uint8Array
}

/** The block hash: of `salt || block` for MDMF (so the salt is covered), of the block alone for SDMF. */
export function mutableBlockHash (format: MutableFormat, segment: MutableSegment): Uint8Array {
  const hasher = new TaggedHasher(Tag.BLOCK)
  if (format === 'mdmf') hasher.update(segment.salt)
  return hasher.update(segment.block).digest()
}

/** The bytes of `span`, or a format error naming `field` if `bytes` stop short of it. */
export function sliceSpan (bytes: Uint8Array, span: Span, field: string): Uint8Array {
  const end = span.offset + span.length
  if (bytes.length < end) {
    throw new MutableShareFormatError(`share truncated: ${field} needs bytes ${span.offset}..${end}, only ${bytes.length} available`)
  }
  return bytes.subarray(span.offset, end)
}

/** The span from offset `from` to offset `to`; the caller has checked that they do not decrease. */
export function spanBetween (from: number, to: number): Span {
  return { offset: from, length: to - from }
}

/**
 * Checks that the offsets of a share's regions, listed in layout order, start
 * at or after the header and never decrease.
 */
export function checkOffsetOrder (headerSize: number, offsets: ReadonlyArray<readonly [name: string, offset: number]>): void {
  let previous = headerSize
  let previousName = 'the header'
  for (const [name, offset] of offsets) {
    if (offset < previous) {
      throw new MutableShareFormatError(`share offsets out of order: ${name} (${offset}) comes before the end of ${previousName} (${previous})`)
    }
    previous = offset
    previousName = name
  }
}

/** Checks the region sizes the geometry fixes: share data, block hash tree, whole hash pairs. */
export function checkRegionSizes (header: MutableShareHeader): void {
  const { geometry } = header
  if (header.shareData.length !== geometry.shareDataSize) {
    throw new MutableShareFormatError(`share data region is ${header.shareData.length} bytes; the version needs ${geometry.shareDataSize}`)
  }
  const treeSize = hashTreeNodeCount(geometry.numSegments) * HASH_SIZE
  if (header.blockHashTree.length !== treeSize) {
    throw new MutableShareFormatError(`block hash tree region is ${header.blockHashTree.length} bytes; ${geometry.numSegments} segments need ${treeSize}`)
  }
  if (header.shareHashChain.length % SHARE_HASH_PAIR_SIZE !== 0) {
    throw new MutableShareFormatError(`share hash chain region of ${header.shareHashChain.length} bytes is not whole ${SHARE_HASH_PAIR_SIZE}-byte pairs`)
  }
  if (header.verificationKey.length === 0) throw new MutableShareFormatError('share has an empty verification key')
  if (header.signature.length === 0) throw new MutableShareFormatError('share has an empty signature')
}

/** One `>H32s` pair of the share hash chain. */
export const SHARE_HASH_PAIR_SIZE = 2 + HASH_SIZE

/** Packs the chain as `>H32s` pairs sorted by node index, as Tahoe's mutable writers do. */
export function packShareHashChain (chain: ReadonlyMap<number, Uint8Array>): Uint8Array {
  return packShareHashes([...chain.entries()].sort(([a], [b]) => a - b))
}

export function parseShareHashChain (bytes: Uint8Array): Map<number, Uint8Array> {
  try {
    return parseShareHashes(bytes)
  } catch (err: unknown) {
    if (err instanceof ShareLayoutError) throw new MutableShareFormatError(err.message, { cause: err })
    throw err
  }
}

export function packBlockHashTree (nodes: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(nodes.length * HASH_SIZE)
  nodes.forEach((node, i) => {
    if (node.length !== HASH_SIZE) throw new ParameterError(`block hash tree node ${i} is ${node.length} bytes, not ${HASH_SIZE}`)
    out.set(node, i * HASH_SIZE)
  })
  return out
}

/** The block hash tree nodes of a region whose size `checkRegionSizes` has accepted. */
export function parseBlockHashTree (bytes: Uint8Array): Uint8Array[] {
  if (bytes.length % HASH_SIZE !== 0) throw new MutableShareFormatError(`block hash tree of ${bytes.length} bytes is not whole hashes`)
  const nodes: Uint8Array[] = []
  for (let offset = 0; offset < bytes.length; offset += HASH_SIZE) nodes.push(bytes.subarray(offset, offset + HASH_SIZE))
  return nodes
}

/** Checks that a writer's pieces fit the geometry, so that a packed share parses back. */
export function checkPieces (pieces: MutableSharePieces, geometry: MutableGeometry): void {
  const { segments, blockHashTree } = pieces
  if (segments.length !== geometry.numSegments) {
    throw new ParameterError(`the version has ${geometry.numSegments} segments, ${segments.length} were given`)
  }
  segments.forEach(({ salt, block }, segnum) => {
    if (salt.length !== SALT_SIZE) throw new ParameterError(`salt of segment ${segnum} is ${salt.length} bytes, not ${SALT_SIZE}`)
    const size = segmentBlockSize(geometry, segnum)
    if (block.length !== size) throw new ParameterError(`block of segment ${segnum} is ${block.length} bytes, not ${size}`)
  })
  const nodes = hashTreeNodeCount(geometry.numSegments)
  if (blockHashTree.length !== nodes) throw new ParameterError(`block hash tree has ${blockHashTree.length} nodes, not ${nodes}`)
  if (pieces.verificationKey.length === 0 || pieces.signature.length === 0) {
    throw new ParameterError('a share needs a verification key and a signature')
  }
}
