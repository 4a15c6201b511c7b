/**
 * A mutable file version (spec f.4-f.6): the fields every share of one
 * publish carries at its start, the bytes the writer signs (the "signed
 * prefix"), the shorter checkstring used in test-and-set writes, and the
 * segment geometry those fields imply.
 *
 * SDMF (version 0) signs `>BQ32s16sBBQQ`: version, seqnum, root hash R,
 * salt ("IV"), k, N, segment size, data length. MDMF (version 1) signs
 * `>BQ32sBBQQ`: the same without the salt, which lives per segment inside
 * the shares instead.
 */
import { HASH_SIZE } from '../../crypto/hash.js'
import type { MutableFormat } from '../caps/from-key.js'
import { MAX_LEAVES } from '../hashtree.js'
import { divCeil, nextMultiple } from '../mathutil.js'
import { MutableShareFormatError, UnknownMutableVersionError } from './errors.js'

export type { MutableFormat }

export const SDMF_VERSION = 0
export const MDMF_VERSION = 1
/** Bytes of each salt: SDMF's one IV, MDMF's one per segment. */
export const SALT_SIZE = 16
/** k and N are stored as single bytes. */
export const MAX_MUTABLE_SHARES = 255
/** Tahoe's DEFAULT_MUTABLE_MAX_SEGMENT_SIZE (128 KiB), rounded up to a multiple of k per file. */
export const DEFAULT_MUTABLE_MAX_SEGMENT_SIZE = 131072
/** Largest seqnum: an unsigned 64-bit field. */
export const MAX_SEQNUM = 2n ** 64n - 1n

/** `>BQ32s16sBBQQ` */
export const SDMF_SIGNED_PREFIX_SIZE = 75
/** `>BQ32s16s` */
export const SDMF_CHECKSTRING_SIZE = 57
/** `>BQ32sBBQQ` */
export const MDMF_SIGNED_PREFIX_SIZE = 59
/** `>BQ32s` */
export const MDMF_CHECKSTRING_SIZE = 41

/** Byte offsets inside the signed prefix. */
const SEQNUM_AT = 1
const ROOT_HASH_AT = 9
const SDMF_SALT_AT = 41
/** Where k sits: after the salt for SDMF, right after R for MDMF. */
const PARAMS_AT: Record<MutableFormat, number> = { sdmf: 57, mdmf: 41 }

/** What one publish of a mutable file is: every share of it carries these fields. */
export interface MutableVersion {
  format: MutableFormat
  seqnum: bigint
  /** R: the root of the share hash tree over every share's block-tree root. */
  rootHash: Uint8Array
  /** SDMF: the file's one salt (signed). MDMF: undefined (salts sit beside each block). */
  salt: Uint8Array | undefined
  k: number
  n: number
  segmentSize: number
  dataLength: number
}

/** The segment and block sizes a version implies. */
export interface MutableGeometry {
  numSegments: number
  /** Bytes per block of a full segment: segmentSize / k. */
  blockSize: number
  /** Plaintext bytes in the last segment (0 when there are no segments). */
  tailSegmentSize: number
  /** Bytes per block of the last segment: ceil(tailSegmentSize / k). */
  tailBlockSize: number
  /** Bytes of the share-data region: the blocks, and for MDMF a salt before each. */
  shareDataSize: number
}

export function formatOfVersionByte (byte: number): MutableFormat {
  if (byte === SDMF_VERSION) return 'sdmf'
  if (byte === MDMF_VERSION) return 'mdmf'
  throw new UnknownMutableVersionError(byte)
}

export function versionByte (format: MutableFormat): number {
  return format === 'sdmf' ? SDMF_VERSION : MDMF_VERSION
}

export function signedPrefixSize (format: MutableFormat): number {
  return format === 'sdmf' ? SDMF_SIGNED_PREFIX_SIZE : MDMF_SIGNED_PREFIX_SIZE
}

export function checkstringSize (format: MutableFormat): number {
  return format === 'sdmf' ? SDMF_CHECKSTRING_SIZE : MDMF_CHECKSTRING_SIZE
}

function fail (message: string): never {
  throw new MutableShareFormatError(message)
}

/**
 * The geometry of `version`, checking that its fields fit together the way
 * Tahoe's writers make them: 1 <= k <= N <= 255, a segment size that is a
 * multiple of k, and for SDMF exactly one segment of next_multiple(datalen, k)
 * bytes (none for an empty file).
 */
export function mutableGeometry (version: MutableVersion): MutableGeometry {
  const { format, k, n, segmentSize, dataLength } = version
  if (!Number.isInteger(k) || k < 1 || k > MAX_MUTABLE_SHARES) fail(`k = ${k} is outside 1..${MAX_MUTABLE_SHARES}`)
  if (!Number.isInteger(n) || n < k || n > MAX_MUTABLE_SHARES) fail(`N = ${n} is outside k..${MAX_MUTABLE_SHARES}`)
  if (!Number.isSafeInteger(segmentSize) || segmentSize < 0) fail('segment size is not a safe non-negative integer')
  if (!Number.isSafeInteger(dataLength) || dataLength < 0) fail('data length is not a safe non-negative integer')
  if (segmentSize % k !== 0) fail(`segment size ${segmentSize} is not a multiple of k = ${k}`)
  if (format === 'sdmf' && segmentSize !== nextMultiple(dataLength, k)) {
    fail(`SDMF segment size ${segmentSize} is not the data length ${dataLength} rounded up to a multiple of k = ${k}`)
  }
  if (dataLength > 0 && segmentSize === 0) fail(`data length ${dataLength} with a zero segment size`)

  const numSegments = dataLength === 0 ? 0 : divCeil(dataLength, segmentSize)
  if (numSegments > MAX_LEAVES) fail(`${numSegments} segments are more than a hash tree can hold`)
  const blockSize = segmentSize / k
  const tailSegmentSize = numSegments === 0 ? 0 : dataLength - (numSegments - 1) * segmentSize
  const tailBlockSize = divCeil(tailSegmentSize, k)
  const saltSize = format === 'mdmf' ? SALT_SIZE : 0
  const shareDataSize = numSegments === 0 ? 0 : (blockSize + saltSize) * (numSegments - 1) + tailBlockSize + saltSize
  if (!Number.isSafeInteger(shareDataSize)) fail('share data is too large to address')
  return { numSegments, blockSize, tailSegmentSize, tailBlockSize, shareDataSize }
}

/** Plaintext bytes in segment `segnum` of a file with this geometry. */
export function segmentPlaintextSize (version: MutableVersion, geometry: MutableGeometry, segnum: number): number {
  return segnum === geometry.numSegments - 1 ? geometry.tailSegmentSize : version.segmentSize
}

/** Block bytes (without salt) of segment `segnum`. */
export function segmentBlockSize (geometry: MutableGeometry, segnum: number): number {
  return segnum === geometry.numSegments - 1 ? geometry.tailBlockSize : geometry.blockSize
}

/** Writes an unsigned 64-bit big-endian field; callers have checked the range. */
export function setUint64 (view: DataView, offset: number, value: number | bigint): void {
  view.setBigUint64(offset, BigInt(value))
}

/** Reads an unsigned 64-bit big-endian field that must be a safe integer (sizes, offsets). */
export function getSafeUint64 (view: DataView, offset: number, what: string): number {
  const value = view.getBigUint64(offset)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) fail(`${what} (${value}) is too large to address`)
  return Number(value)
}

function checkVersionFields (version: MutableVersion): void {
  if (version.rootHash.length !== HASH_SIZE) throw new MutableShareFormatError(`root hash must be ${HASH_SIZE} bytes`)
  if (version.seqnum < 0n || version.seqnum > MAX_SEQNUM) throw new MutableShareFormatError('seqnum does not fit 64 bits')
  if (version.format === 'sdmf' && version.salt?.length !== SALT_SIZE) throw new MutableShareFormatError(`an SDMF version needs a ${SALT_SIZE}-byte salt`)
  mutableGeometry(version)
}

/** The bytes the writer signs: 75 for SDMF, 59 for MDMF. */
export function packSignedPrefix (version: MutableVersion): Uint8Array {
  checkVersionFields(version)
  const out = new Uint8Array(signedPrefixSize(version.format))
  const view = new DataView(out.buffer)
  view.setUint8(0, versionByte(version.format))
  setUint64(view, SEQNUM_AT, version.seqnum)
  out.set(version.rootHash, ROOT_HASH_AT)
  if (version.format === 'sdmf') out.set(version.salt as Uint8Array, SDMF_SALT_AT)
  const at = PARAMS_AT[version.format]
  view.setUint8(at, version.k)
  view.setUint8(at + 1, version.n)
  setUint64(view, at + 2, version.segmentSize)
  setUint64(view, at + 10, version.dataLength)
  return out
}

/**
 * The checkstring a writer tests in `slot_testv_and_readv_and_writev`: the
 * start of the signed prefix (57 bytes for SDMF, 41 for MDMF).
 */
export function packCheckstring (version: MutableVersion): Uint8Array {
  return packSignedPrefix(version).slice(0, checkstringSize(version.format))
}

/**
 * The version a share belongs to, from its first bytes (at least the signed
 * prefix: 75 bytes for SDMF, 59 for MDMF; reading 123 covers both). This is
 * what a servermap reads from each share before anything is verified.
 */
export function readMutableVersion (bytes: Uint8Array): MutableVersion {
  if (bytes.length < 1) fail('share is empty')
  const format = formatOfVersionByte(bytes[0] as number)
  const size = signedPrefixSize(format)
  if (bytes.length < size) fail(`${format.toUpperCase()} signed prefix truncated: ${bytes.length} of ${size} bytes`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, size)
  const at = PARAMS_AT[format]
  const version: MutableVersion = {
    format,
    seqnum: view.getBigUint64(SEQNUM_AT),
    rootHash: bytes.slice(ROOT_HASH_AT, ROOT_HASH_AT + HASH_SIZE),
    salt: format === 'sdmf' ? bytes.slice(SDMF_SALT_AT, SDMF_SALT_AT + SALT_SIZE) : undefined,
    k: view.getUint8(at),
    n: view.getUint8(at + 1),
    segmentSize: getSafeUint64(view, at + 2, 'segment size'),
    dataLength: getSafeUint64(view, at + 10, 'data length')
  }
  mutableGeometry(version)
  return version
}

/**
 * A string naming the version, for grouping shares in a servermap: the hex
 * of its signed prefix, which covers every field of the version.
 */
export function mutableVersionKey (version: MutableVersion): string {
  return Buffer.from(packSignedPrefix(version)).toString('hex')
}
