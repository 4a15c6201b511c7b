/**
 * The URI extension block (UEB, spec c.3): a CHK file's encoding parameters
 * and hash roots, stored in every share. Its tagged hash is in the cap, so
 * `packUeb` must give Tahoe's bytes exactly: keys sorted by byte value, each
 * written `key:netstring(value)`, integers in ASCII decimal, hashes raw.
 */
import { FormatError, ParameterError } from '../errors.js'
import { HASH_SIZE, Tag, taggedHash } from '../crypto/hash.js'
import { netstring, readNetstring } from '../crypto/netstring.js'
import { divCeil, nextMultiple } from './mathutil.js'
import { MAX_SHARES } from './segmentation.js'
import { concatBytes } from '../bytes.js'

/** Readers refuse a UEB of this many bytes or more (Tahoe's ReadBucketProxy.MAX_UEB_SIZE). */
export const MAX_UEB_SIZE = 2000

/** The only erasure code Tahoe has ever used: zfec's Reed-Solomon. */
export const CODEC_NAME = 'crs'

/** A UEB that does not parse or does not hold together. */
export class UebError extends FormatError {}

/** A UEB (or a share's UEB length field) of MAX_UEB_SIZE bytes or more. */
export class RidiculouslyLargeUebError extends UebError {}

export interface UebFields {
  segmentSize: number
  numSegments: number
  /** k */
  neededShares: number
  /** n */
  totalShares: number
  /** File size in bytes. */
  size: number
  /** Size of the zero-padded last segment; goes into `tail_codec_params`. */
  paddedTailSize: number
  /** Whole-file ciphertext hash; always written, optional on read. */
  crypttextHash?: Uint8Array
  crypttextRootHash: Uint8Array
  shareRootHash: Uint8Array
}

export interface Ueb extends UebFields {
  /** Every key of the block and its raw value, including keys this parser does not interpret. */
  raw: ReadonlyMap<string, Uint8Array>
}

const KEY_PATTERN = /^[a-zA-Z_-]+$/
const DECIMAL_PATTERN = /^(0|[1-9][0-9]{0,15})$/
const COLON = 0x3a
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** `%d-%d-%d`: the codec's data size, k and n. */
function codecParams (dataSize: number, k: number, n: number): string {
  return `${dataSize}-${k}-${n}`
}

/**
 * What is wrong with these fields, or undefined. Shared by pack (the caller's
 * bug) and parse (a corrupt or foreign UEB). Mirrors Tahoe's encoder rules:
 * segment size a multiple of k, tail padded to a multiple of k.
 */
function fieldsProblem (f: UebFields): string | undefined {
  const counts: Array<[string, number]> = [
    ['segment_size', f.segmentSize], ['num_segments', f.numSegments], ['needed_shares', f.neededShares],
    ['total_shares', f.totalShares], ['size', f.size], ['tail_codec_params size', f.paddedTailSize]
  ]
  for (const [name, value] of counts) {
    if (!Number.isSafeInteger(value) || value < 1) return `${name} must be a positive integer, got ${value}`
  }
  const k = f.neededShares
  if (f.totalShares < k || f.totalShares > MAX_SHARES) return `needs 1 <= k <= n <= ${MAX_SHARES}, got k=${k}, n=${f.totalShares}`
  if (f.segmentSize % k !== 0) return `segment_size ${f.segmentSize} is not a multiple of k=${k}`
  const numSegments = divCeil(f.size, f.segmentSize)
  if (f.numSegments !== numSegments) {
    return `num_segments ${f.numSegments} does not match size ${f.size} and segment_size ${f.segmentSize} (expected ${numSegments})`
  }
  const tail = f.size - (numSegments - 1) * f.segmentSize
  const paddedTail = nextMultiple(tail, k)
  if (f.paddedTailSize !== paddedTail) return `tail_codec_params size ${f.paddedTailSize} should be ${paddedTail}`
  const hashes: Array<[string, Uint8Array | undefined]> = [
    ['crypttext_root_hash', f.crypttextRootHash], ['share_root_hash', f.shareRootHash], ['crypttext_hash', f.crypttextHash]
  ]
  for (const [name, hash] of hashes) {
    if (hash !== undefined && hash.length !== HASH_SIZE) return `${name} must be ${HASH_SIZE} bytes, got ${hash.length}`
  }
  return undefined
}

/** Serializes the 11 keys Tahoe's encoder writes, byte for byte. */
export function packUeb (fields: UebFields & { crypttextHash: Uint8Array }): Uint8Array {
  if (!(fields.crypttextHash instanceof Uint8Array)) throw new ParameterError('UEB crypttext_hash is required when packing')
  const problem = fieldsProblem(fields)
  if (problem !== undefined) throw new ParameterError(`cannot pack UEB: ${problem}`)
  const { neededShares: k, totalShares: n } = fields
  const entries: Array<[string, Uint8Array | string]> = [
    ['codec_name', CODEC_NAME],
    ['codec_params', codecParams(fields.segmentSize, k, n)],
    ['crypttext_hash', fields.crypttextHash],
    ['crypttext_root_hash', fields.crypttextRootHash],
    ['needed_shares', String(k)],
    ['num_segments', String(fields.numSegments)],
    ['segment_size', String(fields.segmentSize)],
    ['share_root_hash', fields.shareRootHash],
    ['size', String(fields.size)],
    ['tail_codec_params', codecParams(fields.paddedTailSize, k, n)],
    ['total_shares', String(n)]
  ]
  // The keys are all ASCII, so string order is byte order.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return concatBytes(entries.flatMap(([key, value]) => [encoder.encode(`${key}:`), netstring(value)]))
}

/** `tagged_hash("allmydata_uri_extension_v1", ueb)`: the hash a CHK cap carries. */
export function uebHash (ueb: Uint8Array): Uint8Array {
  return taggedHash(Tag.UEB, ueb)
}

/** Splits a UEB into its key -> value map, checking framing and key syntax only. */
export function splitUeb (bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.length >= MAX_UEB_SIZE) {
    throw new RidiculouslyLargeUebError(`UEB is ${bytes.length} bytes; at most ${MAX_UEB_SIZE - 1} are accepted`)
  }
  const raw = new Map<string, Uint8Array>()
  let offset = 0
  while (offset < bytes.length) {
    const colon = bytes.indexOf(COLON, offset)
    if (colon < 0) throw new UebError(`UEB entry at offset ${offset} has no ':' after its key`)
    const key = String.fromCharCode(...bytes.subarray(offset, colon))
    if (!KEY_PATTERN.test(key)) throw new UebError(`UEB key at offset ${offset} is not of the form [a-zA-Z_-]+`)
    if (raw.has(key)) throw new UebError(`UEB key '${key}' appears twice`)
    let value: { value: Uint8Array, next: number }
    try {
      value = readNetstring(bytes, colon + 1)
    } catch (err: unknown) {
      throw new UebError(`UEB value of '${key}' is not a valid netstring`, { cause: err })
    }
    raw.set(key, value.value)
    offset = value.next
  }
  return raw
}

/**
 * Parses and checks a UEB: framing, key syntax, decimal integers, codec name,
 * codec parameters and sizes consistent with each other, 32-byte hashes.
 * Unknown keys are kept in `raw` and otherwise ignored (old Tahoe wrote a few
 * more). Does not compare k, n or size with a cap: see `checkUebAgainstCap`.
 */
export function parseUeb (bytes: Uint8Array): Ueb {
  const raw = splitUeb(bytes)
  const text = (key: string): string => {
    const value = raw.get(key)
    if (value === undefined) throw new UebError(`UEB has no '${key}'`)
    try {
      return decoder.decode(value)
    } catch (err: unknown) {
      throw new UebError(`UEB '${key}' is not text`, { cause: err })
    }
  }
  const integer = (key: string): number => {
    const value = text(key)
    if (!DECIMAL_PATTERN.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new UebError(`UEB '${key}' is not a canonical decimal integer`)
    }
    return Number(value)
  }
  const hash = (key: string): Uint8Array => {
    const value = raw.get(key)
    if (value === undefined) throw new UebError(`UEB has no '${key}'`)
    if (value.length !== HASH_SIZE) throw new UebError(`UEB '${key}' is ${value.length} bytes, not ${HASH_SIZE}`)
    // A copy, so the fields do not change if the caller reuses the input buffer.
    return value.slice()
  }

  const codecName = text('codec_name')
  if (codecName !== CODEC_NAME) throw new UebError(`UEB codec_name is '${codecName.slice(0, 20)}', only '${CODEC_NAME}' is supported`)
  const fields: UebFields = {
    segmentSize: integer('segment_size'),
    numSegments: integer('num_segments'),
    neededShares: integer('needed_shares'),
    totalShares: integer('total_shares'),
    size: integer('size'),
    paddedTailSize: parseCodecParams(text('tail_codec_params'), 'tail_codec_params').dataSize,
    crypttextRootHash: hash('crypttext_root_hash'),
    shareRootHash: hash('share_root_hash')
  }
  if (raw.has('crypttext_hash')) fields.crypttextHash = hash('crypttext_hash')

  const problem = fieldsProblem(fields)
  if (problem !== undefined) throw new UebError(`inconsistent UEB: ${problem}`)
  const { neededShares: k, totalShares: n } = fields
  for (const [key, dataSize] of [['codec_params', fields.segmentSize], ['tail_codec_params', fields.paddedTailSize]] as const) {
    const params = parseCodecParams(text(key), key)
    if (params.dataSize !== dataSize || params.k !== k || params.n !== n) {
      throw new UebError(`inconsistent UEB: ${key} should be ${codecParams(dataSize, k, n)}`)
    }
  }
  return { ...fields, raw }
}

function parseCodecParams (value: string, key: string): { dataSize: number, k: number, n: number } {
  const parts = value.split('-')
  if (parts.length !== 3 || !parts.every(part => DECIMAL_PATTERN.test(part))) {
    throw new UebError(`UEB '${key}' is not of the form <size>-<k>-<n>`)
  }
  const [dataSize, k, n] = parts.map(Number) as [number, number, number]
  if (!Number.isSafeInteger(dataSize)) throw new UebError(`UEB '${key}' has an oversized data size`)
  return { dataSize, k, n }
}

/**
 * Checks a parsed UEB against the cap that named it. Tahoe's downloader
 * trusts the cap's k, n and size over the UEB's; its verifier insists they
 * agree. A mismatch means shares of another encoding of the same file.
 */
export function checkUebAgainstCap (ueb: UebFields, cap: { k: number, n: number, size: number }): void {
  if (ueb.neededShares !== cap.k || ueb.totalShares !== cap.n || ueb.size !== cap.size) {
    throw new UebError(
      `UEB says k=${ueb.neededShares}, n=${ueb.totalShares}, size=${ueb.size} but the cap says k=${cap.k}, n=${cap.n}, size=${cap.size}`
    )
  }
}
