/**
 * Mutable files (SDMF and MDMF): share layouts, version prefixes, and the
 * encode and verify/decode pipeline. Pure: no I/O.
 */
export * from './errors.js'
export * from './version.js'
export {
  SHARE_HASH_PAIR_SIZE, mutableBlockHash, parseBlockHashTree, parseShareHashChain, sliceSpan,
  type MutableSegment, type MutableShareHeader, type MutableShareParts, type MutableSharePieces,
  type MutableWriteVector, type Span
} from './layout-common.js'
export { SDMF_HEADER_SIZE, packSdmfShare, parseSdmfHeader } from './sdmf-layout.js'
export {
  MDMF_HEADER_SIZE, MDMF_PRIVATE_KEY_SIZE, MDMF_SHARE_DATA_OFFSET, MDMF_SHARE_HASH_CHAIN_SIZE,
  MDMF_SIGNATURE_SIZE, MDMF_VERIFICATION_KEY_SIZE, packMdmfShare, parseMdmfHeader, type PackedMdmfShare
} from './mdmf-layout.js'
export * from './share.js'
export * from './verify.js'
export * from './encode.js'
export * from './decode.js'
