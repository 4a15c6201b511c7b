/**
 * The MDMF share layout (spec f.5, version byte 1): the 59-byte signed
 * prefix, eight `>Q` offsets (encrypted private key, share hash chain,
 * signature, verification key, verification key end, share data, block
 * hash tree, EOF) ending at byte 123, then encrypted private key, share hash
 * chain, signature and verification key back to back. The share data starts
 * at the fixed offset 2167, after room reserved for those four fields, so a
 * writer can place blocks before it knows their sizes; each segment there is
 * `salt(16) || block`. The block hash tree follows the share data.
 */
import { ParameterError } from '../../errors.js'
import {
  checkOffsetOrder, checkPieces, checkRegionSizes, packBlockHashTree, packShareHashChain, spanBetween,
  type MutableShareHeader, type MutableSharePieces, type MutableWriteVector
} from './layout-common.js'
import { MutableShareFormatError } from './errors.js'
import {
  MDMF_CHECKSTRING_SIZE, MDMF_SIGNED_PREFIX_SIZE, SALT_SIZE, getSafeUint64, mutableGeometry, packCheckstring,
  packSignedPrefix, readMutableVersion, setUint64
} from './version.js'

/** Signed prefix + eight `>Q` offsets. */
export const MDMF_HEADER_SIZE = 123
/** Room Tahoe reserves for each variable field; only their sum matters to the layout. */
export const MDMF_PRIVATE_KEY_SIZE = 1220
export const MDMF_SIGNATURE_SIZE = 260
export const MDMF_VERIFICATION_KEY_SIZE = 292
/** (2 + 32) bytes per pair, log2(256) pairs. */
export const MDMF_SHARE_HASH_CHAIN_SIZE = 272
/** Where the share data starts in every MDMF share Tahoe writes. */
export const MDMF_SHARE_DATA_OFFSET =
  MDMF_HEADER_SIZE + MDMF_PRIVATE_KEY_SIZE + MDMF_SIGNATURE_SIZE + MDMF_VERIFICATION_KEY_SIZE + MDMF_SHARE_HASH_CHAIN_SIZE

const OFFSETS_TABLE_SIZE = MDMF_HEADER_SIZE - MDMF_SIGNED_PREFIX_SIZE
const OFFSET_FIELDS = [
  'encryptedPrivateKey', 'shareHashChain', 'signature', 'verificationKey',
  'verificationKeyEnd', 'shareData', 'blockHashTree', 'end'
] as const

export type MdmfOffsets = Record<typeof OFFSET_FIELDS[number], number>

export interface PackedMdmfShare {
  /** The whole share, as it reads back from a server after the writes. */
  bytes: Uint8Array
  /**
   * The write vectors Tahoe's MDMFSlotWriteProxy sends in its one
   * test-and-set call, in its order (views into `bytes`).
   */
  writeVectors: MutableWriteVector[]
}

function packOffsets (offsets: MdmfOffsets): Uint8Array {
  const out = new Uint8Array(OFFSETS_TABLE_SIZE)
  const view = new DataView(out.buffer)
  OFFSET_FIELDS.forEach((field, i) => { setUint64(view, i * 8, offsets[field]) })
  return out
}

/**
 * The MDMF share for `pieces`, and the write vectors that produce it:
 * each `salt || block`; the encrypted private key; the block hash tree; the
 * share hash chain; the checkstring; the signature; the verification key;
 * the offsets table; k, N, segment size and data length at 41; and the
 * checkstring again, which Tahoe adds to the first write of a share.
 */
export function packMdmfShare (pieces: MutableSharePieces): PackedMdmfShare {
  const { version } = pieces
  if (version.format !== 'mdmf') throw new ParameterError('packMdmfShare needs an MDMF version')
  const geometry = mutableGeometry(version)
  checkPieces(pieces, geometry)
  const chain = packShareHashChain(pieces.shareHashChain)
  const tree = packBlockHashTree(pieces.blockHashTree)

  const shareHashChain = MDMF_HEADER_SIZE + pieces.encryptedPrivateKey.length
  const signature = shareHashChain + chain.length
  const verificationKey = signature + pieces.signature.length
  const verificationKeyEnd = verificationKey + pieces.verificationKey.length
  if (verificationKeyEnd > MDMF_SHARE_DATA_OFFSET) {
    throw new ParameterError(`MDMF key, chain and signature take ${verificationKeyEnd - MDMF_HEADER_SIZE} bytes; ${MDMF_SHARE_DATA_OFFSET - MDMF_HEADER_SIZE} are reserved`)
  }
  const blockHashTree = MDMF_SHARE_DATA_OFFSET + geometry.shareDataSize
  const offsets: MdmfOffsets = {
    encryptedPrivateKey: MDMF_HEADER_SIZE,
    shareHashChain,
    signature,
    verificationKey,
    verificationKeyEnd,
    shareData: MDMF_SHARE_DATA_OFFSET,
    blockHashTree,
    end: blockHashTree + tree.length
  }

  const bytes = new Uint8Array(offsets.end)
  const writeVectors: MutableWriteVector[] = []
  const put = (offset: number, data: Uint8Array): void => {
    bytes.set(data, offset)
    writeVectors.push({ offset, data: bytes.subarray(offset, offset + data.length) })
  }
  let at = MDMF_SHARE_DATA_OFFSET
  for (const { salt, block } of pieces.segments) {
    bytes.set(salt, at)
    bytes.set(block, at + SALT_SIZE)
    writeVectors.push({ offset: at, data: bytes.subarray(at, at + SALT_SIZE + block.length) })
    at += SALT_SIZE + block.length
  }
  put(offsets.encryptedPrivateKey, pieces.encryptedPrivateKey)
  put(offsets.blockHashTree, tree)
  put(offsets.shareHashChain, chain)
  const checkstring = packCheckstring(version)
  put(0, checkstring)
  put(offsets.signature, pieces.signature)
  put(offsets.verificationKey, pieces.verificationKey)
  put(MDMF_SIGNED_PREFIX_SIZE, packOffsets(offsets))
  put(MDMF_CHECKSTRING_SIZE, packSignedPrefix(version).subarray(MDMF_CHECKSTRING_SIZE))
  writeVectors.push({ offset: 0, data: bytes.subarray(0, MDMF_CHECKSTRING_SIZE) })
  return { bytes, writeVectors }
}

/** Reads the 123-byte MDMF header and checks that its offsets fit the version. */
export function parseMdmfHeader (bytes: Uint8Array): MutableShareHeader {
  const version = readMutableVersion(bytes)
  if (version.format !== 'mdmf') throw new MutableShareFormatError('not an MDMF share')
  if (bytes.length < MDMF_HEADER_SIZE) throw new MutableShareFormatError(`MDMF header truncated: ${bytes.length} of ${MDMF_HEADER_SIZE} bytes`)
  const view = new DataView(bytes.buffer, bytes.byteOffset + MDMF_SIGNED_PREFIX_SIZE, OFFSETS_TABLE_SIZE)
  const read = (i: number): number => getSafeUint64(view, i * 8, `${OFFSET_FIELDS[i] ?? ''} offset`)
  const o = Object.fromEntries(OFFSET_FIELDS.map((field, i) => [field, read(i)])) as MdmfOffsets
  checkOffsetOrder(MDMF_HEADER_SIZE, [
    ['encrypted private key', o.encryptedPrivateKey],
    ['share hash chain', o.shareHashChain],
    ['signature', o.signature],
    ['verification key', o.verificationKey],
    ['verification key end', o.verificationKeyEnd],
    ['share data', o.shareData],
    ['block hash tree', o.blockHashTree],
    ['EOF', o.end]
  ])
  const header: MutableShareHeader = {
    version,
    geometry: mutableGeometry(version),
    headerSize: MDMF_HEADER_SIZE,
    verificationKey: spanBetween(o.verificationKey, o.verificationKeyEnd),
    signature: spanBetween(o.signature, o.verificationKey),
    shareHashChain: spanBetween(o.shareHashChain, o.signature),
    blockHashTree: spanBetween(o.blockHashTree, o.end),
    shareData: spanBetween(o.shareData, o.blockHashTree),
    encryptedPrivateKey: spanBetween(o.encryptedPrivateKey, o.shareHashChain),
    end: o.end
  }
  checkRegionSizes(header)
  return header
}
