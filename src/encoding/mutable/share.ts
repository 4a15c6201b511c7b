/**
 * Either mutable layout, chosen by the version byte: pack a share from its
 * pieces, parse a header, locate one segment, or parse a whole share into
 * its fields with every offset and length checked.
 */
import { ParameterError } from '../../errors.js'
import { MutableShareFormatError } from './errors.js'
import {
  parseBlockHashTree, parseShareHashChain, sliceSpan,
  type MutableSegment, type MutableShareHeader, type MutableShareParts, type MutableSharePieces, type Span,
  type MutableWriteVector
} from './layout-common.js'
import { MDMF_HEADER_SIZE, packMdmfShare, parseMdmfHeader } from './mdmf-layout.js'
import { packSdmfShare, parseSdmfHeader } from './sdmf-layout.js'
import { SALT_SIZE, formatOfVersionByte, segmentBlockSize } from './version.js'

/** Enough bytes to parse the header of either layout. */
export const MUTABLE_HEADER_READ_SIZE = MDMF_HEADER_SIZE
/**
 * What Tahoe's servermap reads from each share first. For MDMF it holds
 * the header, private key, share hash chain, signature and verification key
 * (all before byte 2167); for SDMF the header, key, signature and hashes.
 */
export const MUTABLE_PREFIX_READ_SIZE = 4000

export interface PackedMutableShare {
  /** The whole share. */
  bytes: Uint8Array
  /** What a writer sends: SDMF the whole share at 0, MDMF Tahoe's list of pieces. */
  writeVectors: MutableWriteVector[]
}

export function packMutableShare (pieces: MutableSharePieces): PackedMutableShare {
  if (pieces.version.format === 'mdmf') return packMdmfShare(pieces)
  const bytes = packSdmfShare(pieces)
  return { bytes, writeVectors: [{ offset: 0, data: bytes }] }
}

/** The header of a share of either layout, from its first bytes (MUTABLE_HEADER_READ_SIZE suffice). */
export function parseMutableShareHeader (bytes: Uint8Array): MutableShareHeader {
  if (bytes.length < 1) throw new MutableShareFormatError('share is empty')
  return formatOfVersionByte(bytes[0] as number) === 'sdmf' ? parseSdmfHeader(bytes) : parseMdmfHeader(bytes)
}

function checkSegnum (header: MutableShareHeader, segnum: number): void {
  const { numSegments } = header.geometry
  if (!Number.isSafeInteger(segnum) || segnum < 0 || segnum >= numSegments) {
    throw new ParameterError(`segment ${segnum} is outside a file of ${numSegments} segments`)
  }
}

/** Where segment `segnum` lies in the share: the block, preceded by its salt for MDMF. */
export function segmentSpan (header: MutableShareHeader, segnum: number): Span {
  checkSegnum(header, segnum)
  const { geometry, shareData } = header
  const saltSize = header.version.format === 'mdmf' ? SALT_SIZE : 0
  return {
    offset: shareData.offset + segnum * (geometry.blockSize + saltSize),
    length: segmentBlockSize(geometry, segnum) + saltSize
  }
}

/** Splits the bytes of `segmentSpan(header, segnum)` into salt and block. */
export function readSegment (header: MutableShareHeader, segnum: number, spanBytes: Uint8Array): MutableSegment {
  const span = segmentSpan(header, segnum)
  if (spanBytes.length !== span.length) {
    throw new MutableShareFormatError(`segment ${segnum} should be ${span.length} bytes, got ${spanBytes.length}`)
  }
  if (header.version.format === 'sdmf') return { salt: header.version.salt as Uint8Array, block: spanBytes }
  return { salt: spanBytes.subarray(0, SALT_SIZE), block: spanBytes.subarray(SALT_SIZE) }
}

/**
 * A whole share parsed into its fields. The fields are views into `bytes`.
 * Throws MutableShareFormatError when the share is truncated or its header
 * is inconsistent; nothing is verified here.
 */
export function parseMutableShare (bytes: Uint8Array): MutableShareParts {
  const header = parseMutableShareHeader(bytes)
  if (bytes.length < header.end) {
    throw new MutableShareFormatError(`share truncated: ${bytes.length} bytes, its header says ${header.end}`)
  }
  const segments: MutableSegment[] = []
  for (let segnum = 0; segnum < header.geometry.numSegments; segnum++) {
    segments.push(readSegment(header, segnum, sliceSpan(bytes, segmentSpan(header, segnum), `segment ${segnum}`)))
  }
  return {
    header,
    version: header.version,
    verificationKey: sliceSpan(bytes, header.verificationKey, 'verification key'),
    signature: sliceSpan(bytes, header.signature, 'signature'),
    shareHashChain: parseShareHashChain(sliceSpan(bytes, header.shareHashChain, 'share hash chain')),
    blockHashTree: parseBlockHashTree(sliceSpan(bytes, header.blockHashTree, 'block hash tree')),
    segments,
    encryptedPrivateKey: sliceSpan(bytes, header.encryptedPrivateKey, 'encrypted private key')
  }
}
