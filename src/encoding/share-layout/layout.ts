/**
 * The immutable share layout clients write (spec d.1, Tahoe's
 * `immutable/layout.py`): a header of offsets, the blocks, three hash-tree
 * regions, the share hash chain and the UEB with a length prefix.
 *
 * Version 1 has 4-byte fields and a 0x24-byte header; version 2 (for shares
 * with anything at or above 2^32) has 8-byte fields and a 0x44-byte header.
 */
import { FormatError, ParameterError } from '../../errors.js'
import { HASH_SIZE } from '../../crypto/hash.js'
import { MAX_SHARES, type ChkParams } from '../segmentation.js'
import { MAX_UEB_SIZE, RidiculouslyLargeUebError } from '../ueb.js'
import { nextPowerOfTwo, log2Floor } from '../mathutil.js'

export const V1_HEADER_SIZE = 0x24
export const V2_HEADER_SIZE = 0x44
/** Enough bytes to parse the header of either version. */
export const MAX_HEADER_SIZE = V2_HEADER_SIZE
/** One share-hash pair: a 2-byte node index and a 32-byte hash. */
export const SHARE_HASH_PAIR_SIZE = 2 + HASH_SIZE
/** A share hash chain has log2(next_pow2(n)) + 1 pairs, and n <= 256. */
export const MAX_SHARE_HASH_PAIRS = 9

const V1_LIMIT = 2 ** 32

/** A share's bytes do not follow the layout: truncated, inconsistent or corrupt. */
export class ShareLayoutError extends FormatError {}

/** The header names a layout version other than 1 and 2. */
export class UnknownShareVersionError extends ShareLayoutError {}

export interface ShareOffsets {
  data: number
  /** Unused by current Tahoe: a region of zeros. */
  plaintextHashTree: number
  crypttextHashTree: number
  blockHashes: number
  shareHashes: number
  /** Where the UEB length field starts. */
  uriExtension: number
}

/** What a share's header says. */
export interface ImmutableShareHeader {
  version: 1 | 2
  headerSize: number
  /** Width of header fields and of the UEB length field: 4 (v1) or 8 (v2). */
  fieldSize: 4 | 8
  /** Written for old readers; readers since Tahoe 1.3 ignore it. */
  blockSize: number
  /** Written for old readers; readers since Tahoe 1.3 ignore it. */
  shareDataSize: number
  offsets: ShareOffsets
}

export interface ImmutableLayoutInput {
  /** Bytes per full block (segmentSize / k). */
  blockSize: number
  /** Bytes of block data in the share: ceil(size / k). */
  shareDataSize: number
  numSegments: number
  /** n: decides how many share-hash pairs each share stores. */
  totalShares: number
  /** Length of the UEB that will be written. */
  uebSize: number
  /**
   * Use version 2 even when version 1 would do (Tahoe's FORCE_V2, for tests).
   * @default false
   */
  forceV2?: boolean
}

/** The full plan of one share, as a writer needs it. */
export interface ImmutableShareLayout extends ImmutableShareHeader {
  numSegments: number
  totalShares: number
  uebSize: number
  /** Size of each of the three hash-tree regions: (2P - 1) * 32. */
  hashTreeSize: number
  numShareHashes: number
  /** Bytes a server must allocate: everything through the end of the UEB. */
  allocatedSize: number
}

/** Bytes of one segment hash-tree region for `numSegments` segments. */
export function hashTreeRegionSize (numSegments: number): number {
  return (2 * nextPowerOfTwo(numSegments) - 1) * HASH_SIZE
}

/** Pairs in each share's hash chain: len(needed_hashes(0, include_leaf=True)). */
export function shareHashCount (totalShares: number): number {
  return log2Floor(nextPowerOfTwo(totalShares)) + 1
}

/** Checks n: an integer in 1..256. */
export function checkTotalShares (totalShares: number): void {
  if (!Number.isInteger(totalShares) || totalShares < 1 || totalShares > MAX_SHARES) {
    throw new ParameterError(`total shares must be an integer in 1..${MAX_SHARES}, got ${totalShares}`)
  }
}

function requireCount (name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) throw new ParameterError(`${name} must be an integer >= ${min}, got ${value}`)
}

/** Plans a share; version 1 whenever block size, data size and every offset fit in 32 bits. */
export function immutableShareLayout (input: ImmutableLayoutInput): ImmutableShareLayout {
  const { blockSize, shareDataSize, numSegments, totalShares, uebSize } = input
  requireCount('blockSize', blockSize, 1)
  requireCount('shareDataSize', shareDataSize, 1)
  requireCount('numSegments', numSegments, 1)
  requireCount('uebSize', uebSize, 0)
  checkTotalShares(totalShares)
  const tailBlockSize = shareDataSize - (numSegments - 1) * blockSize
  if (tailBlockSize < 1 || tailBlockSize > blockSize) {
    throw new ParameterError(`shareDataSize ${shareDataSize} does not fit ${numSegments} blocks of ${blockSize} bytes`)
  }
  if (uebSize >= MAX_UEB_SIZE) throw new ParameterError(`a UEB of ${uebSize} bytes is more than readers accept`)

  const hashTreeSize = hashTreeRegionSize(numSegments)
  const numShareHashes = shareHashCount(totalShares)
  const offsetsFrom = (data: number): ShareOffsets => {
    const plaintextHashTree = data + shareDataSize
    const crypttextHashTree = plaintextHashTree + hashTreeSize
    const blockHashes = crypttextHashTree + hashTreeSize
    const shareHashes = blockHashes + hashTreeSize
    return { data, plaintextHashTree, crypttextHashTree, blockHashes, shareHashes, uriExtension: shareHashes + numShareHashes * SHARE_HASH_PAIR_SIZE }
  }

  let offsets = offsetsFrom(V1_HEADER_SIZE)
  const v1 = input.forceV2 !== true && blockSize < V1_LIMIT && shareDataSize < V1_LIMIT && offsets.uriExtension < V1_LIMIT
  if (!v1) offsets = offsetsFrom(V2_HEADER_SIZE)
  const fieldSize = v1 ? 4 : 8
  const allocatedSize = offsets.uriExtension + fieldSize + uebSize
  if (!Number.isSafeInteger(allocatedSize)) throw new ParameterError('share is too large to address')
  return {
    version: v1 ? 1 : 2,
    headerSize: v1 ? V1_HEADER_SIZE : V2_HEADER_SIZE,
    fieldSize,
    blockSize,
    shareDataSize,
    offsets,
    numSegments,
    totalShares,
    uebSize,
    hashTreeSize,
    numShareHashes,
    allocatedSize
  }
}

/** The layout of any share of a CHK file with these parameters and a UEB of `uebSize` bytes. */
export function chkShareLayout (params: ChkParams, uebSize: number): ImmutableShareLayout {
  return immutableShareLayout({
    blockSize: params.blockSize, shareDataSize: params.shareDataSize, numSegments: params.numSegments, totalShares: params.n, uebSize
  })
}

const FIELD_ORDER = ['data', 'plaintextHashTree', 'crypttextHashTree', 'blockHashes', 'shareHashes', 'uriExtension'] as const

/** The header bytes (0x24 or 0x44 of them). */
export function packImmutableHeader (header: ImmutableShareHeader): Uint8Array {
  const values = [header.blockSize, header.shareDataSize, ...FIELD_ORDER.map(name => header.offsets[name])]
  const out = new Uint8Array(header.headerSize)
  const view = new DataView(out.buffer)
  view.setUint32(0, header.version)
  values.forEach((value, i) => {
    if (!Number.isSafeInteger(value) || value < 0) throw new ParameterError(`header field ${i + 1} is not a non-negative integer`)
    if (header.version === 1) {
      if (value >= V1_LIMIT) throw new ParameterError(`header field ${i + 1} does not fit a version 1 share`)
      view.setUint32(4 + 4 * i, value)
    } else {
      view.setBigUint64(4 + 8 * i, BigInt(value))
    }
  })
  return out
}

/**
 * Parses and checks a header from the first bytes of a share (at most 0x44
 * are looked at). The offsets must start right after the header, never
 * decrease, give three equal hash-tree regions of (2P - 1) * 32 bytes and a
 * share-hash region of 1..9 whole pairs.
 */
export function parseImmutableHeader (bytes: Uint8Array): ImmutableShareHeader {
  if (bytes.length < 4) throw new ShareLayoutError(`share header truncated: ${bytes.length} bytes`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint32(0)
  if (version !== 1 && version !== 2) throw new UnknownShareVersionError(`unknown immutable share version ${version}`)
  const headerSize = version === 1 ? V1_HEADER_SIZE : V2_HEADER_SIZE
  const fieldSize = version === 1 ? 4 : 8
  if (bytes.length < headerSize) {
    throw new ShareLayoutError(`version ${version} share header truncated: ${bytes.length} of ${headerSize} bytes`)
  }
  const field = (i: number): number => {
    if (version === 1) return view.getUint32(4 + 4 * i)
    const value = view.getBigUint64(4 + 8 * i)
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ShareLayoutError(`share header field ${i + 1} is too large`)
    return Number(value)
  }
  const values = Array.from({ length: 8 }, (_, i) => field(i))
  const [blockSize, shareDataSize, ...rest] = values as [number, number, ...number[]]
  const offsets = Object.fromEntries(FIELD_ORDER.map((name, i) => [name, rest[i] as number])) as unknown as ShareOffsets
  checkOffsets(offsets, headerSize)
  return { version, headerSize, fieldSize, blockSize, shareDataSize, offsets }
}

function checkOffsets (offsets: ShareOffsets, headerSize: number): void {
  if (offsets.data !== headerSize) throw new ShareLayoutError(`share data offset is ${offsets.data}, expected ${headerSize}`)
  for (let i = 1; i < FIELD_ORDER.length; i++) {
    const before = offsets[FIELD_ORDER[i - 1] as keyof ShareOffsets]
    const here = offsets[FIELD_ORDER[i] as keyof ShareOffsets]
    if (here < before) throw new ShareLayoutError(`share header offsets decrease at field ${FIELD_ORDER[i]}`)
  }
  if (offsets.plaintextHashTree === offsets.data) throw new ShareLayoutError('share has no block data')
  const treeSizes = [
    offsets.crypttextHashTree - offsets.plaintextHashTree,
    offsets.blockHashes - offsets.crypttextHashTree,
    offsets.shareHashes - offsets.blockHashes
  ]
  const treeSize = treeSizes[0] as number
  if (!treeSizes.every(size => size === treeSize)) throw new ShareLayoutError('share hash-tree regions differ in size')
  if (!isHashTreeRegionSize(treeSize)) throw new ShareLayoutError(`share hash-tree regions of ${treeSize} bytes are not (2P - 1) * 32`)
  const pairsSize = offsets.uriExtension - offsets.shareHashes
  const pairs = pairsSize / SHARE_HASH_PAIR_SIZE
  if (!Number.isInteger(pairs) || pairs < 1 || pairs > MAX_SHARE_HASH_PAIRS) {
    throw new ShareLayoutError(`share-hash region of ${pairsSize} bytes is not 1..${MAX_SHARE_HASH_PAIRS} pairs of ${SHARE_HASH_PAIR_SIZE}`)
  }
}

/** Whether `size` is (2P - 1) * 32 for some power of two P. */
export function isHashTreeRegionSize (size: number): boolean {
  if (size <= 0 || size % HASH_SIZE !== 0) return false
  const width = (size / HASH_SIZE + 1) / 2
  return Number.isInteger(width) && nextPowerOfTwo(width) === width
}

/** The UEB length prefix: 4 bytes in v1, 8 in v2, big-endian. */
export function packUebLength (fieldSize: 4 | 8, length: number): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0 || length >= MAX_UEB_SIZE) {
    throw new ParameterError(`UEB length ${length} is outside 0..${MAX_UEB_SIZE - 1}`)
  }
  const out = new Uint8Array(fieldSize)
  const view = new DataView(out.buffer)
  if (fieldSize === 4) view.setUint32(0, length)
  else view.setBigUint64(0, BigInt(length))
  return out
}

/** Reads a UEB length prefix; a value of MAX_UEB_SIZE or more is refused before anything is read. */
export function parseUebLength (fieldSize: 4 | 8, bytes: Uint8Array): number {
  if (bytes.length < fieldSize) throw new ShareLayoutError(`UEB length field truncated: ${bytes.length} of ${fieldSize} bytes`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const length = fieldSize === 4 ? BigInt(view.getUint32(0)) : view.getBigUint64(0)
  if (length >= BigInt(MAX_UEB_SIZE)) throw new RidiculouslyLargeUebError(`share claims a UEB of ${length} bytes; at most ${MAX_UEB_SIZE - 1} are accepted`)
  return Number(length)
}
