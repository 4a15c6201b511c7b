/**
 * Reading a mutable file back (Tahoe's Retrieve, spec f.2-f.5), pure: from
 * verified shares of one version to plaintext, one segment or the whole
 * file. `decodeMutableShares` does the lot for shares fetched whole: it
 * verifies each, reports the bad ones with the check they failed, and
 * decodes from the good ones.
 */
import { mutableReadkey, validateEncryptedPrivateKey } from '../../crypto/mutable-keys.js'
import { RsaPrivateKey } from '../../crypto/rsa.js'
import { ParameterError } from '../../errors.js'
import type { MutableReadCap, MutableWriteCap } from '../caps/types.js'
import { ErasureCodec, type ZfecKernel } from '../zfec/index.js'
import { NotEnoughMutableSharesError, isBadMutableShareError, type MutableShareFailure } from './errors.js'
import type { MutableSegment } from './layout-common.js'
import { decodeAndDecryptSegment } from './segment-codec.js'
import { verifyMutableShare, type VerifiedMutableShare } from './verify.js'
import { mutableGeometry, mutableVersionKey, segmentPlaintextSize, type MutableVersion } from './version.js'

/** What reading needs from a cap: the readkey to decrypt, the fingerprint to verify. */
export interface MutableReadKeys {
  readkey: Uint8Array
  fingerprint: Uint8Array
  /** Present for a write cap: lets the holder recover the private key from a share. */
  writekey?: Uint8Array
}

export function mutableReadKeys (cap: MutableWriteCap | MutableReadCap): MutableReadKeys {
  if ('writekey' in cap) return { readkey: mutableReadkey(cap.writekey), fingerprint: cap.fingerprint, writekey: cap.writekey }
  return { readkey: cap.readkey, fingerprint: cap.fingerprint }
}

export interface MutableDecodeOptions {
  /** Erasure-code kernel; the default is the fastest available. */
  kernel?: ZfecKernel
}

/** One share's verified segment, as given to the decoder. */
export interface ShareSegment {
  shnum: number
  segment: MutableSegment
}

function codecFor (version: MutableVersion, options: MutableDecodeOptions): ErasureCodec {
  return ErasureCodec.create(version.k, version.n, options.kernel === undefined ? {} : { kernel: options.kernel })
}

/** Distinct share numbers, first occurrence kept. */
function distinct<T extends { shnum: number }> (items: readonly T[]): T[] {
  const byShnum = new Map<number, T>()
  for (const item of items) if (!byShnum.has(item.shnum)) byShnum.set(item.shnum, item)
  return [...byShnum.values()]
}

/**
 * The plaintext of segment `segnum` of `version` from at least k distinct
 * shares' blocks of it, each already checked with `verifySegment`.
 */
export function decodeSegment (
  version: MutableVersion, readkey: Uint8Array, segnum: number, blocks: readonly ShareSegment[], options: MutableDecodeOptions = {}
): Uint8Array {
  const geometry = mutableGeometry(version)
  if (!Number.isSafeInteger(segnum) || segnum < 0 || segnum >= geometry.numSegments) {
    throw new ParameterError(`segment ${segnum} is outside a file of ${geometry.numSegments} segments`)
  }
  const unique = distinct(blocks)
  if (unique.length < version.k) throw new NotEnoughMutableSharesError(version.k, unique.length, [])
  // For MDMF every verified block of a segment carries the same salt; for SDMF it is the signed IV.
  const salt = version.salt ?? (unique[0] as ShareSegment).segment.salt
  const numbered = unique.map(({ shnum, segment }) => ({ shnum, block: segment.block }))
  return decodeAndDecryptSegment(codecFor(version, options), readkey, salt, numbered, segmentPlaintextSize(version, geometry, segnum))
}

/** The whole plaintext from at least k distinct verified shares of one version. */
export function decodeVerifiedShares (
  readkey: Uint8Array, shares: readonly VerifiedMutableShare[], options: MutableDecodeOptions = {}
): Uint8Array {
  const first = shares[0]
  if (first === undefined) throw new NotEnoughMutableSharesError(1, 0, [])
  const { version } = first
  const key = mutableVersionKey(version)
  if (shares.some(share => mutableVersionKey(share.version) !== key)) throw new ParameterError('shares of more than one version were given')
  const unique = distinct(shares)
  if (unique.length < version.k) throw new NotEnoughMutableSharesError(version.k, unique.length, [])

  const geometry = mutableGeometry(version)
  const codec = codecFor(version, options)
  const out = new Uint8Array(version.dataLength)
  for (let segnum = 0; segnum < geometry.numSegments; segnum++) {
    const blocks = unique.map(share => ({ shnum: share.shnum, segment: share.segments[segnum] as MutableSegment }))
    const salt = version.salt ?? (blocks[0] as ShareSegment).segment.salt
    const numbered = blocks.map(({ shnum, segment }) => ({ shnum, block: segment.block }))
    const plaintext = decodeAndDecryptSegment(codec, readkey, salt, numbered, segmentPlaintextSize(version, geometry, segnum))
    out.set(plaintext, segnum * version.segmentSize)
  }
  return out
}

/** A share as fetched: its number and its bytes (the whole share). */
export interface MutableShareInput {
  shnum: number
  bytes: Uint8Array
}

export interface DecodedMutableFile {
  plaintext: Uint8Array
  version: MutableVersion
  /** Share numbers that verified. */
  goodShares: number[]
  /** Shares that did not, each with the typed error naming the failed check. */
  badShares: MutableShareFailure[]
}

/**
 * Verifies every share and decodes the file from the good ones. All shares
 * must be of `expected` when it is given, else of the version of the first
 * share that verifies. Throws NotEnoughMutableSharesError (listing every
 * rejected share) when fewer than k distinct shares are good.
 */
export function decodeMutableShares (
  keys: Pick<MutableReadKeys, 'readkey' | 'fingerprint'>,
  shares: readonly MutableShareInput[],
  options: MutableDecodeOptions & { expected?: MutableVersion } = {}
): DecodedMutableFile {
  let expected = options.expected
  const good: VerifiedMutableShare[] = []
  const badShares: MutableShareFailure[] = []
  for (const { shnum, bytes } of shares) {
    try {
      const share = verifyMutableShare(keys.fingerprint, shnum, bytes, expected)
      expected ??= share.version
      good.push(share)
    } catch (err: unknown) {
      if (!isBadMutableShareError(err)) throw err
      badShares.push({ shnum, error: err })
    }
  }
  const unique = distinct(good)
  const needed = expected?.k ?? 1
  if (expected === undefined || unique.length < needed) throw new NotEnoughMutableSharesError(needed, unique.length, badShares)
  return {
    plaintext: decodeVerifiedShares(keys.readkey, unique, options),
    version: expected,
    goodShares: unique.map(share => share.shnum),
    badShares
  }
}

/**
 * The signing key, for a write-cap holder publishing a new version: the
 * share's encrypted private key decrypted with the writekey, checked to hash
 * back to it. Throws PrivateKeyMismatchError when the share's copy is bad.
 */
export function recoverPrivateKey (writekey: Uint8Array, encryptedPrivateKey: Uint8Array): RsaPrivateKey {
  return RsaPrivateKey.fromPkcs8Der(validateEncryptedPrivateKey(writekey, encryptedPrivateKey))
}
