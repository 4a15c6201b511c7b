/**
 * Encoding a mutable file (Tahoe's Publish, spec f.2-f.5) into its N shares,
 * pure: the caller supplies the key, the parameters and a source of random
 * salts, and gets back each share's bytes and the write vectors to send.
 *
 * Per segment: a fresh 16-byte salt (SDMF has one for the whole file),
 * encryption under H(salt, readkey), zfec into N blocks, and a block hash
 * per block (of salt || block for MDMF, of the block for SDMF). Per share:
 * the block hash tree over its block hashes. Over the shares: the share hash
 * tree over the block-tree roots, whose root R is signed with the version.
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto'
import { encryptPrivateKey, mutableReadkey, mutableStorageIndex, mutableWritekey } from '../../crypto/mutable-keys.js'
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import { ParameterError } from '../../errors.js'
import { buildHashTree, neededHashes } from '../hashtree.js'
import { nextMultiple } from '../mathutil.js'
import { ErasureCodec, type ZfecKernel } from '../zfec/index.js'
import { mutableBlockHash, type MutableSegment, type MutableWriteVector } from './layout-common.js'
import { encryptAndEncodeSegment } from './segment-codec.js'
import { packMutableShare } from './share.js'
import {
  DEFAULT_MUTABLE_MAX_SEGMENT_SIZE, MAX_MUTABLE_SHARES, MAX_SEQNUM, SALT_SIZE, mutableGeometry, packCheckstring,
  packSignedPrefix, segmentPlaintextSize, type MutableFormat, type MutableGeometry, type MutableVersion
} from './version.js'

export interface MutableEncodeOptions {
  format: MutableFormat
  plaintext: Uint8Array
  /** Shares needed to read the file: 1..n. */
  k: number
  /** Shares made: k..255. */
  n: number
  /** 1 for a first publish, then one more than the highest seqnum seen. */
  seqnum: bigint
  privateKey: RsaPrivateKey
  /**
   * Where salts come from; tests inject a deterministic source.
   * @default node:crypto randomBytes
   */
  randomBytes?: (size: number) => Uint8Array
  /**
   * MDMF's segment size before rounding up to a multiple of k. SDMF ignores it.
   * @default DEFAULT_MUTABLE_MAX_SEGMENT_SIZE (128 KiB)
   */
  maxSegmentSize?: number
  /** Erasure-code kernel; the default is the fastest available. */
  kernel?: ZfecKernel
}

export interface EncodedMutableShare {
  shnum: number
  /** The whole share as it reads back from a server once written. */
  bytes: Uint8Array
  /** What to send: the whole share at 0 for SDMF, Tahoe's list of pieces for MDMF. */
  writeVectors: MutableWriteVector[]
}

export interface EncodedMutableFile {
  version: MutableVersion
  geometry: MutableGeometry
  /** The bytes the signature covers (75 SDMF, 59 MDMF). */
  signedPrefix: Uint8Array
  signature: Uint8Array
  /** What a writer of the next version tests for (57 SDMF, 41 MDMF). */
  checkstring: Uint8Array
  /** Where every server files these shares. */
  storageIndex: Uint8Array
  /** Indexed by share number. */
  shares: EncodedMutableShare[]
}

function checkOptions (options: MutableEncodeOptions): void {
  const { format, plaintext, k, n, seqnum } = options
  if (format !== 'sdmf' && format !== 'mdmf') throw new ParameterError(`unknown mutable format ${String(format)}`)
  if (!(plaintext instanceof Uint8Array)) throw new ParameterError('plaintext must be a Uint8Array')
  if (!Number.isInteger(k) || k < 1 || k > MAX_MUTABLE_SHARES) throw new ParameterError(`k must be an integer in 1..${MAX_MUTABLE_SHARES}, not ${k}`)
  if (!Number.isInteger(n) || n < k || n > MAX_MUTABLE_SHARES) throw new ParameterError(`n must be an integer in k..${MAX_MUTABLE_SHARES}, not ${n}`)
  if (typeof seqnum !== 'bigint' || seqnum < 0n || seqnum > MAX_SEQNUM) throw new ParameterError('seqnum must be a bigint in 0..2^64-1')
  const max = options.maxSegmentSize
  if (max !== undefined && (!Number.isSafeInteger(max) || max < 1)) throw new ParameterError(`maxSegmentSize must be a positive integer, not ${max}`)
}

function saltFrom (random: (size: number) => Uint8Array): Uint8Array {
  const salt = random(SALT_SIZE)
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_SIZE) throw new ParameterError(`randomBytes must return ${SALT_SIZE} bytes`)
  return Uint8Array.from(salt)
}

export interface SealedVersion {
  /** Every node of each share's block hash tree. */
  blockTrees: Uint8Array[][]
  /** Every node of the share hash tree; node 0 is the root hash R. */
  shareTree: Uint8Array[]
  version: MutableVersion
  signedPrefix: Uint8Array
  signature: Uint8Array
  verificationKey: Uint8Array
  encryptedPrivateKey: Uint8Array
  checkstring: Uint8Array
}

/**
 * Closes a version once every share's block hashes are known: the hash
 * trees, the root hash R, the signed prefix and its signature, and the
 * key material every share carries.
 */
export function sealVersion (
  shape: Omit<MutableVersion, 'rootHash'>,
  blockHashes: readonly Uint8Array[][],
  privateKey: RsaPrivateKey,
  writekey: Uint8Array,
  privateKeyDer: Uint8Array
): SealedVersion {
  const blockTrees = blockHashes.map(hashes => buildHashTree(hashes))
  const shareTree = buildHashTree(blockTrees.map(tree => tree[0] as Uint8Array))
  const version: MutableVersion = { ...shape, rootHash: Uint8Array.from(shareTree[0] as Uint8Array) }
  const signedPrefix = packSignedPrefix(version)
  return {
    blockTrees,
    shareTree,
    version,
    signedPrefix,
    signature: privateKey.sign(signedPrefix),
    verificationKey: privateKey.publicKey.toSpkiDer(),
    encryptedPrivateKey: encryptPrivateKey(writekey, privateKeyDer),
    checkstring: packCheckstring(version)
  }
}

/** Encodes `plaintext` as version `seqnum` of the mutable file keyed by `privateKey`. */
export function encodeMutableFile (options: MutableEncodeOptions): EncodedMutableFile {
  checkOptions(options)
  const { format, plaintext, k, n, seqnum, privateKey } = options
  const random = options.randomBytes ?? nodeRandomBytes
  const privateKeyDer = privateKey.toPkcs8Der()
  const writekey = mutableWritekey(privateKeyDer)
  const readkey = mutableReadkey(writekey)

  const segmentSize = nextMultiple(format === 'mdmf' ? options.maxSegmentSize ?? DEFAULT_MUTABLE_MAX_SEGMENT_SIZE : plaintext.length, k)
  // SDMF draws its one salt even for an empty file: the signed prefix needs it.
  const fileSalt = format === 'sdmf' ? saltFrom(random) : undefined
  const shape = { format, seqnum, rootHash: new Uint8Array(32), salt: fileSalt, k, n, segmentSize, dataLength: plaintext.length }
  const geometry = mutableGeometry(shape)

  const codec = ErasureCodec.create(k, n, options.kernel === undefined ? {} : { kernel: options.kernel })
  const segments: MutableSegment[][] = Array.from({ length: n }, () => [])
  const blockHashes: Uint8Array[][] = Array.from({ length: n }, () => [])
  for (let segnum = 0; segnum < geometry.numSegments; segnum++) {
    const salt = fileSalt ?? saltFrom(random)
    const start = segnum * segmentSize
    const blocks = encryptAndEncodeSegment(codec, readkey, salt, plaintext.subarray(start, start + segmentPlaintextSize(shape, geometry, segnum)))
    blocks.forEach((block, shnum) => {
      const segment = { salt, block }
      segments[shnum]?.push(segment)
      blockHashes[shnum]?.push(mutableBlockHash(format, segment))
    })
  }

  const { blockTrees, shareTree, version, signedPrefix, signature, verificationKey, encryptedPrivateKey } =
    sealVersion(shape, blockHashes, privateKey, writekey, privateKeyDer)

  const shares = blockTrees.map((blockHashTree, shnum): EncodedMutableShare => {
    const shareHashChain = new Map(neededHashes(shnum, n).map(index => [index, shareTree[index] as Uint8Array]))
    const packed = packMutableShare({
      version, verificationKey, signature, shareHashChain, blockHashTree,
      segments: segments[shnum] ?? [], encryptedPrivateKey
    })
    return { shnum, ...packed }
  })
  return {
    version,
    geometry,
    signedPrefix,
    signature,
    checkstring: packCheckstring(version),
    storageIndex: Uint8Array.from(mutableStorageIndex(readkey)),
    shares
  }
}
