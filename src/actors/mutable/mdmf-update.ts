/**
 * A partial MDMF update (Tahoe's Publish.update), pure: given the old
 * version, every share's old block-hash leaves, and the new plaintext of a
 * run of segments, it encodes just those segments (fresh salts), rebuilds
 * each share's block hash tree from the old leaves with the new ones in
 * place, the share hash tree, root hash and signature, and returns per
 * share only the write vectors that change: the new segments, and the
 * private key, hash trees, signature, verification key, offsets and header.
 * The shares it leaves behind are byte for byte what `packMdmfShare` would
 * lay out for the new version.
 */
import { mutableReadkey, mutableWritekey } from '../../crypto/mutable-keys.js'
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import { ParameterError } from '../../errors.js'
import { neededHashes } from '../../encoding/hashtree.js'
import { divCeil } from '../../encoding/mathutil.js'
import {
  MDMF_CHECKSTRING_SIZE, MDMF_HEADER_SIZE, MDMF_SHARE_DATA_OFFSET, MDMF_SIGNED_PREFIX_SIZE, SALT_SIZE,
  mutableBlockHash, mutableGeometry, segmentPlaintextSize,
  type MutableVersion, type MutableWriteVector
} from '../../encoding/mutable/index.js'
import { packBlockHashTree, packShareHashChain } from '../../encoding/mutable/layout-common.js'
import { encryptAndEncodeSegment } from '../../encoding/mutable/segment-codec.js'
import { sealVersion } from '../../encoding/mutable/encode.js'
import { ErasureCodec, type ZfecKernel } from '../../encoding/zfec/index.js'
import { randomBytes as nodeRandomBytes } from 'node:crypto'
import type { PublishShare } from './publish.js'

export interface MdmfUpdateInput {
  old: MutableVersion
  /** For each share number 0..n-1, the old block hash tree's leaves (one per old segment), verified. */
  oldLeaves: ReadonlyArray<readonly Uint8Array[]>
  /** The first segment rewritten. */
  firstSegment: number
  /**
   * The new plaintext of the segments rewritten: from `firstSegment *
   * segmentSize` to the end of the last of them (the end of the file when
   * that segment is its tail).
   */
  plaintext: Uint8Array
  newDataLength: number
  seqnum: bigint
  privateKey: RsaPrivateKey
  randomBytes?: (size: number) => Uint8Array
  kernel?: ZfecKernel
}

export interface MdmfUpdate {
  version: MutableVersion
  checkstring: Uint8Array
  /** By share number: the write vectors of the update and the share's new length. */
  shares: Map<number, PublishShare>
  /** The segments rewritten, first and last. */
  firstSegment: number
  lastSegment: number
}

/** `>Q` fields of the MDMF offsets table, in its order. */
function packOffsetsTable (offsets: readonly number[]): Uint8Array {
  const out = new Uint8Array(offsets.length * 8)
  const view = new DataView(out.buffer)
  offsets.forEach((offset, i) => { view.setBigUint64(i * 8, BigInt(offset)) })
  return out
}

function checkInput (input: MdmfUpdateInput, geometry: ReturnType<typeof mutableGeometry>): number {
  const { old, firstSegment, plaintext, newDataLength } = input
  if (old.format !== 'mdmf') throw new ParameterError('a partial update needs an MDMF version')
  if (newDataLength < old.dataLength) throw new ParameterError('a partial update cannot shrink the file')
  if (input.oldLeaves.length !== old.n) throw new ParameterError(`old leaves of ${input.oldLeaves.length} shares given, the version has ${old.n}`)
  const start = firstSegment * old.segmentSize
  if (!Number.isSafeInteger(firstSegment) || firstSegment < 0 || start > newDataLength || plaintext.length === 0) {
    throw new ParameterError(`segment ${firstSegment} and ${plaintext.length} bytes do not describe segments of the file`)
  }
  const end = start + plaintext.length
  if (end !== newDataLength && plaintext.length % old.segmentSize !== 0) {
    throw new ParameterError('the rewritten plaintext must end at a segment boundary or at the end of the file')
  }
  if (end > newDataLength) throw new ParameterError('the rewritten plaintext runs past the new end of the file')
  const lastSegment = firstSegment + divCeil(plaintext.length, old.segmentSize) - 1
  if (lastSegment >= geometry.numSegments) throw new ParameterError('the rewritten segments run past the file')
  return lastSegment
}

export function encodeMdmfUpdate (input: MdmfUpdateInput): MdmfUpdate {
  const { old, firstSegment, plaintext, privateKey } = input
  const { k, n, segmentSize } = old
  const random = input.randomBytes ?? nodeRandomBytes
  const shape: MutableVersion = { ...old, seqnum: input.seqnum, dataLength: input.newDataLength, rootHash: new Uint8Array(32) }
  const geometry = mutableGeometry(shape)
  const lastSegment = checkInput(input, geometry)
  const privateKeyDer = privateKey.toPkcs8Der()
  const writekey = mutableWritekey(privateKeyDer)
  const readkey = mutableReadkey(writekey)

  const codec = ErasureCodec.create(k, n, input.kernel === undefined ? {} : { kernel: input.kernel })
  const leaves = input.oldLeaves.map(shareLeaves => shareLeaves.slice(0, geometry.numSegments))
  const segmentWrites: MutableWriteVector[][] = Array.from({ length: n }, () => [])
  for (let segnum = firstSegment; segnum <= lastSegment; segnum++) {
    const from = (segnum - firstSegment) * segmentSize
    const chunk = plaintext.subarray(from, from + segmentPlaintextSize(shape, geometry, segnum))
    const salt = Uint8Array.from(random(SALT_SIZE))
    if (salt.length !== SALT_SIZE) throw new ParameterError(`randomBytes must return ${SALT_SIZE} bytes`)
    encryptAndEncodeSegment(codec, readkey, salt, chunk).forEach((block, shnum) => {
      const data = new Uint8Array(SALT_SIZE + block.length)
      data.set(salt)
      data.set(block, SALT_SIZE)
      ;(leaves[shnum] as Uint8Array[])[segnum] = mutableBlockHash('mdmf', { salt, block })
      segmentWrites[shnum]?.push({ offset: MDMF_SHARE_DATA_OFFSET + segnum * (geometry.blockSize + SALT_SIZE), data })
    })
  }
  leaves.forEach((shareLeaves, shnum) => {
    // A plain loop: `some` would skip the holes this looks for.
    for (let segnum = 0; segnum < geometry.numSegments; segnum++) {
      if (shareLeaves[segnum] === undefined) throw new ParameterError(`share ${shnum} lacks the old block hash of segment ${segnum}, which is not rewritten`)
    }
  })

  const { blockTrees, shareTree, version, signedPrefix, signature, verificationKey, encryptedPrivateKey, checkstring } =
    sealVersion(shape, leaves, privateKey, writekey, privateKeyDer)

  const shares = new Map<number, PublishShare>()
  blockTrees.forEach((blockTree, shnum) => {
    const chain = packShareHashChain(new Map(neededHashes(shnum, n).map(index => [index, shareTree[index] as Uint8Array])))
    const tree = packBlockHashTree(blockTree)
    const chainAt = MDMF_HEADER_SIZE + encryptedPrivateKey.length
    const signatureAt = chainAt + chain.length
    const keyAt = signatureAt + signature.length
    const keyEnd = keyAt + verificationKey.length
    if (keyEnd > MDMF_SHARE_DATA_OFFSET) throw new ParameterError('the key, chain and signature overflow the room MDMF reserves')
    const treeAt = MDMF_SHARE_DATA_OFFSET + geometry.shareDataSize
    const end = treeAt + tree.length
    const offsets = packOffsetsTable([MDMF_HEADER_SIZE, chainAt, signatureAt, keyAt, keyEnd, MDMF_SHARE_DATA_OFFSET, treeAt, end])
    shares.set(shnum, {
      length: end,
      writeVectors: [
        ...segmentWrites[shnum] ?? [],
        { offset: MDMF_HEADER_SIZE, data: encryptedPrivateKey },
        { offset: treeAt, data: tree },
        { offset: chainAt, data: chain },
        { offset: 0, data: checkstring },
        { offset: signatureAt, data: signature },
        { offset: keyAt, data: verificationKey },
        { offset: MDMF_SIGNED_PREFIX_SIZE, data: offsets },
        { offset: MDMF_CHECKSTRING_SIZE, data: signedPrefix.subarray(MDMF_CHECKSTRING_SIZE) }
      ]
    })
  })
  return { version, checkstring, shares, firstSegment, lastSegment }
}
