/**
 * Verifying mutable shares (spec f.2-f.5) against a cap's fingerprint:
 * the verification key must hash to the fingerprint, the signature must
 * cover the signed prefix, each share's block-tree root must lead through
 * its share hash chain to the signed root hash R, and each block (with its
 * salt, for MDMF) must match its leaf of the block hash tree.
 *
 * The steps are separate so that a reader fetching only parts of a share
 * (a servermap reading headers, a segment fetch) can check what it fetched;
 * `verifyMutableShare` runs them all on a whole share.
 */
import { publicKeyFingerprint } from '../../crypto/mutable-keys.js'
import { RsaKeyFormatError, RsaPublicKey } from '../../crypto/rsa.js'
import { HashTreeError, IncompleteHashTree, emptyLeafHash, internalNodeHash } from '../hashtree.js'
import { nextPowerOfTwo } from '../mathutil.js'
import {
  BadSignatureError, BlockHashTreeError, CorruptBlockError, MutableShareFormatError, ShareHashChainError,
  VerificationKeyMismatchError, VersionMismatchError
} from './errors.js'
import { mutableBlockHash, type MutableSegment, type MutableShareHeader } from './layout-common.js'
import { parseMutableShare } from './share.js'
import { packSignedPrefix, type MutableVersion } from './version.js'

function equal (a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0
}

/**
 * Checks the verification key against the cap's fingerprint and the
 * signature over the version's signed prefix; returns the key. This is
 * what a servermap does with the first bytes of each share.
 */
export function verifyMutableSignature (
  fingerprint: Uint8Array, version: MutableVersion, verificationKey: Uint8Array, signature: Uint8Array
): RsaPublicKey {
  if (!equal(publicKeyFingerprint(verificationKey), fingerprint)) {
    throw new VerificationKeyMismatchError('the verification key does not match the fingerprint of the cap')
  }
  let key: RsaPublicKey
  try {
    key = RsaPublicKey.fromSpkiDer(verificationKey)
  } catch (err: unknown) {
    // Only a broken writer can store an unreadable key with the right fingerprint.
    if (err instanceof RsaKeyFormatError) throw new VerificationKeyMismatchError('the verification key is not a readable RSA key', { cause: err })
    throw err
  }
  if (!key.verify(packSignedPrefix(version), signature)) {
    throw new BadSignatureError(`the signature does not cover the signed prefix of seqnum ${version.seqnum}`)
  }
  return key
}

/**
 * Checks that the stored block hash tree is a tree: every interior node is
 * the hash of its two children, and the leaves past the last segment are the
 * standard empty-leaf hashes. Its root still has to be checked against R.
 */
export function verifyBlockHashTree (header: MutableShareHeader, blockHashTree: readonly Uint8Array[]): void {
  const width = nextPowerOfTwo(header.geometry.numSegments)
  if (blockHashTree.length !== 2 * width - 1) {
    throw new MutableShareFormatError(`block hash tree has ${blockHashTree.length} nodes, not ${2 * width - 1}`)
  }
  const node = (index: number): Uint8Array => blockHashTree[index] as Uint8Array
  const firstLeaf = width - 1
  for (let position = header.geometry.numSegments; position < width; position++) {
    if (!equal(node(firstLeaf + position), emptyLeafHash(position))) {
      throw new BlockHashTreeError(`block hash tree padding leaf ${position} is not the empty-leaf hash`)
    }
  }
  for (let index = firstLeaf - 1; index >= 0; index--) {
    if (!equal(node(index), internalNodeHash(node(2 * index + 1), node(2 * index + 2)))) {
      throw new BlockHashTreeError(`block hash tree node ${index} is not the hash of its children`)
    }
  }
}

/**
 * Checks that `blockTreeRoot`, as leaf `shnum` of the share hash tree,
 * leads through `shareHashChain` to the version's root hash R.
 */
export function verifyShareHashChain (
  header: MutableShareHeader, shnum: number, shareHashChain: ReadonlyMap<number, Uint8Array>, blockTreeRoot: Uint8Array
): void {
  const { version } = header
  checkShareNumber(version, shnum)
  const tree = new IncompleteHashTree(version.n)
  tree.setRoot(version.rootHash)
  try {
    tree.setHashes(shareHashChain, new Map([[shnum, blockTreeRoot]]))
  } catch (err: unknown) {
    if (err instanceof HashTreeError) {
      throw new ShareHashChainError(`share ${shnum} does not lead to the root hash: ${err.message}`, { cause: err })
    }
    throw err
  }
}

/**
 * Checks one segment of a share against that share's block hash tree, which
 * must already be verified (verifyBlockHashTree and verifyShareHashChain).
 */
export function verifySegment (
  header: MutableShareHeader, blockHashTree: readonly Uint8Array[], segnum: number, segment: MutableSegment
): void {
  const leaf = blockHashTree[nextPowerOfTwo(header.geometry.numSegments) - 1 + segnum]
  if (leaf === undefined || segnum < 0 || segnum >= header.geometry.numSegments) {
    throw new MutableShareFormatError(`segment ${segnum} is outside a file of ${header.geometry.numSegments} segments`)
  }
  if (!equal(mutableBlockHash(header.version.format, segment), leaf)) {
    const what = header.version.format === 'mdmf' ? 'salt and block' : 'block'
    throw new CorruptBlockError(segnum, `the ${what} of segment ${segnum} do not match the block hash tree`)
  }
}

function checkShareNumber (version: MutableVersion, shnum: number): void {
  if (!Number.isInteger(shnum) || shnum < 0 || shnum >= version.n) {
    throw new MutableShareFormatError(`share number ${shnum} is outside 0..${version.n - 1} of its version`)
  }
}

/** A share whose every part has been verified. */
export interface VerifiedMutableShare {
  shnum: number
  header: MutableShareHeader
  version: MutableVersion
  segments: MutableSegment[]
  /** Not verified: only a write-cap holder can (see recoverPrivateKey). */
  encryptedPrivateKey: Uint8Array
}

/**
 * Parses and verifies a whole share. Throws MutableShareFormatError if it
 * does not parse, a CorruptMutableShareError naming the failed check, or
 * VersionMismatchError if `expected` is given and the share, though sound,
 * is of another version.
 *
 * A block is called corrupt only once the block hash tree holding its leaf
 * has been tied to R; a tree that matches neither its blocks nor R is the
 * tree's fault. So a single damaged byte is blamed on the field it is in.
 */
export function verifyMutableShare (
  fingerprint: Uint8Array, shnum: number, bytes: Uint8Array, expected?: MutableVersion
): VerifiedMutableShare {
  const parts = parseMutableShare(bytes)
  const { header, version } = parts
  checkShareNumber(version, shnum)
  verifyMutableSignature(fingerprint, version, parts.verificationKey, parts.signature)
  if (expected !== undefined && !equal(packSignedPrefix(expected), packSignedPrefix(version))) {
    throw new VersionMismatchError(`share ${shnum} is of seqnum ${version.seqnum}, another version than the one being read`)
  }

  verifyBlockHashTree(header, parts.blockHashTree)
  let blockFailure: CorruptBlockError | undefined
  for (let segnum = 0; segnum < parts.segments.length && blockFailure === undefined; segnum++) {
    try {
      verifySegment(header, parts.blockHashTree, segnum, parts.segments[segnum] as MutableSegment)
    } catch (err: unknown) {
      if (!(err instanceof CorruptBlockError)) throw err
      blockFailure = err
    }
  }
  try {
    verifyShareHashChain(header, shnum, parts.shareHashChain, parts.blockHashTree[0] as Uint8Array)
  } catch (err: unknown) {
    if (err instanceof ShareHashChainError && blockFailure !== undefined) {
      throw new BlockHashTreeError(`share ${shnum}'s block hash tree matches neither its blocks nor the root hash`, { cause: err })
    }
    throw err
  }
  if (blockFailure !== undefined) throw blockFailure
  return { shnum, header, version, segments: parts.segments, encryptedPrivateKey: parts.encryptedPrivateKey }
}
