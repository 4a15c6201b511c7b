/**
 * The SDMF share layout (spec f.4, version byte 0): the 75-byte signed
 * prefix, an offsets table `>LLLLQQ` (signature, share hash chain, block
 * hash tree, share data, encrypted private key, EOF) ending at byte 107,
 * then verification key, signature, share hash chain, block hash tree, the
 * one block, and the encrypted private key, back to back. A writer sends the
 * whole share in one write vector at offset 0.
 */
import { ParameterError } from '../../errors.js'
import {
  checkOffsetOrder, checkPieces, checkRegionSizes, packBlockHashTree, packShareHashChain, spanBetween,
  type MutableShareHeader, type MutableSharePieces
} from './layout-common.js'
import { MutableShareFormatError } from './errors.js'
import {
  SDMF_SIGNED_PREFIX_SIZE, getSafeUint64, mutableGeometry, packSignedPrefix, readMutableVersion, setUint64
} from './version.js'

/** Signed prefix + `>LLLLQQ`. */
export const SDMF_HEADER_SIZE = 107

/** The first four offsets are 4-byte fields. */
const UINT32_LIMIT = 2 ** 32
/** Where each field of the offsets table sits (`>LLLLQQ` after the signed prefix). */
const OFFSET_AT = {
  signature: SDMF_SIGNED_PREFIX_SIZE,
  shareHashChain: 79,
  blockHashTree: 83,
  shareData: 87,
  encryptedPrivateKey: 91,
  end: 99
} as const

export interface SdmfOffsets {
  signature: number
  shareHashChain: number
  blockHashTree: number
  shareData: number
  encryptedPrivateKey: number
  end: number
}

/** The offsets of a share with these field lengths, in layout order. */
export function sdmfOffsets (lengths: {
  verificationKey: number
  signature: number
  shareHashChain: number
  blockHashTree: number
  shareData: number
  encryptedPrivateKey: number
}): SdmfOffsets {
  const signature = SDMF_HEADER_SIZE + lengths.verificationKey
  const shareHashChain = signature + lengths.signature
  const blockHashTree = shareHashChain + lengths.shareHashChain
  const shareData = blockHashTree + lengths.blockHashTree
  const encryptedPrivateKey = shareData + lengths.shareData
  const end = encryptedPrivateKey + lengths.encryptedPrivateKey
  if (shareData >= UINT32_LIMIT) throw new ParameterError('SDMF share data would start beyond the 4-byte offset range')
  if (!Number.isSafeInteger(end)) throw new ParameterError('SDMF share is too large to address')
  return { signature, shareHashChain, blockHashTree, shareData, encryptedPrivateKey, end }
}

/** The whole SDMF share, as Tahoe's SDMFSlotWriteProxy assembles it. */
export function packSdmfShare (pieces: MutableSharePieces): Uint8Array {
  const { version } = pieces
  if (version.format !== 'sdmf') throw new ParameterError('packSdmfShare needs an SDMF version')
  const geometry = mutableGeometry(version)
  checkPieces(pieces, geometry)
  const salt = version.salt as Uint8Array
  if (pieces.segments.some(segment => Buffer.compare(segment.salt, salt) !== 0)) {
    throw new ParameterError('an SDMF segment must use the version salt')
  }
  const chain = packShareHashChain(pieces.shareHashChain)
  const tree = packBlockHashTree(pieces.blockHashTree)
  const block = pieces.segments[0]?.block ?? new Uint8Array(0)
  const offsets = sdmfOffsets({
    verificationKey: pieces.verificationKey.length,
    signature: pieces.signature.length,
    shareHashChain: chain.length,
    blockHashTree: tree.length,
    shareData: block.length,
    encryptedPrivateKey: pieces.encryptedPrivateKey.length
  })

  const out = new Uint8Array(offsets.end)
  const view = new DataView(out.buffer)
  out.set(packSignedPrefix(version), 0)
  view.setUint32(OFFSET_AT.signature, offsets.signature)
  view.setUint32(OFFSET_AT.shareHashChain, offsets.shareHashChain)
  view.setUint32(OFFSET_AT.blockHashTree, offsets.blockHashTree)
  view.setUint32(OFFSET_AT.shareData, offsets.shareData)
  setUint64(view, OFFSET_AT.encryptedPrivateKey, offsets.encryptedPrivateKey)
  setUint64(view, OFFSET_AT.end, offsets.end)
  out.set(pieces.verificationKey, SDMF_HEADER_SIZE)
  out.set(pieces.signature, offsets.signature)
  out.set(chain, offsets.shareHashChain)
  out.set(tree, offsets.blockHashTree)
  out.set(block, offsets.shareData)
  out.set(pieces.encryptedPrivateKey, offsets.encryptedPrivateKey)
  return out
}

/** Reads the 107-byte SDMF header and checks that its offsets fit the version. */
export function parseSdmfHeader (bytes: Uint8Array): MutableShareHeader {
  const version = readMutableVersion(bytes)
  if (version.format !== 'sdmf') throw new MutableShareFormatError('not an SDMF share')
  if (bytes.length < SDMF_HEADER_SIZE) throw new MutableShareFormatError(`SDMF header truncated: ${bytes.length} of ${SDMF_HEADER_SIZE} bytes`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, SDMF_HEADER_SIZE)
  const offsets: SdmfOffsets = {
    signature: view.getUint32(OFFSET_AT.signature),
    shareHashChain: view.getUint32(OFFSET_AT.shareHashChain),
    blockHashTree: view.getUint32(OFFSET_AT.blockHashTree),
    shareData: view.getUint32(OFFSET_AT.shareData),
    encryptedPrivateKey: getSafeUint64(view, OFFSET_AT.encryptedPrivateKey, 'encrypted private key offset'),
    end: getSafeUint64(view, OFFSET_AT.end, 'EOF offset')
  }
  checkOffsetOrder(SDMF_HEADER_SIZE, [
    ['signature', offsets.signature],
    ['share hash chain', offsets.shareHashChain],
    ['block hash tree', offsets.blockHashTree],
    ['share data', offsets.shareData],
    ['encrypted private key', offsets.encryptedPrivateKey],
    ['EOF', offsets.end]
  ])
  const header: MutableShareHeader = {
    version,
    geometry: mutableGeometry(version),
    headerSize: SDMF_HEADER_SIZE,
    verificationKey: spanBetween(SDMF_HEADER_SIZE, offsets.signature),
    signature: spanBetween(offsets.signature, offsets.shareHashChain),
    shareHashChain: spanBetween(offsets.shareHashChain, offsets.blockHashTree),
    blockHashTree: spanBetween(offsets.blockHashTree, offsets.shareData),
    shareData: spanBetween(offsets.shareData, offsets.encryptedPrivateKey),
    encryptedPrivateKey: spanBetween(offsets.encryptedPrivateKey, offsets.end),
    end: offsets.end
  }
  checkRegionSizes(header)
  return header
}
