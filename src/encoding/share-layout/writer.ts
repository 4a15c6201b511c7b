/**
 * Turns one share's parts into (offset, bytes) writes for a storage server,
 * following a planned layout. Each part is checked against the layout so a
 * wrong size is caught here rather than by a downloader.
 */
import { ParameterError } from '../../errors.js'
import { HASH_SIZE } from '../../crypto/hash.js'
import { packImmutableHeader, packUebLength, type ImmutableShareLayout } from './layout.js'
import { packShareHashes, type ShareHashPair } from './share-hashes.js'

export interface ShareWrite {
  offset: number
  data: Uint8Array
}

export interface ImmutableShareParts {
  /** This share's block of each segment, in segment order. */
  blocks: readonly Uint8Array[]
  /** Every node of the crypttext hash tree (the same in all shares). */
  crypttextHashTree: readonly Uint8Array[]
  /** Every node of this share's block hash tree. */
  blockHashTree: readonly Uint8Array[]
  /** The share hash chain, in the order it is to be written. */
  shareHashes: readonly ShareHashPair[]
  ueb: Uint8Array
}

export interface ShareWriteOptions {
  /**
   * Also write the unused plaintext hash-tree region as zeros. Tahoe leaves it
   * unwritten and relies on the server reading gaps as zeros.
   * @default false
   */
  zeroPlaintextHashTree?: boolean
}

export function headerWrite (layout: ImmutableShareLayout): ShareWrite {
  return { offset: 0, data: packImmutableHeader(layout) }
}

/** Length of block `segmentIndex`: the full block size, or what is left for the last one. */
export function blockLength (layout: ImmutableShareLayout, segmentIndex: number): number {
  if (!Number.isInteger(segmentIndex) || segmentIndex < 0 || segmentIndex >= layout.numSegments) {
    throw new ParameterError(`segment ${segmentIndex} is outside 0..${layout.numSegments - 1}`)
  }
  return segmentIndex === layout.numSegments - 1
    ? layout.shareDataSize - (layout.numSegments - 1) * layout.blockSize
    : layout.blockSize
}

export function blockWrite (layout: ImmutableShareLayout, segmentIndex: number, block: Uint8Array): ShareWrite {
  const expected = blockLength(layout, segmentIndex)
  if (block.length !== expected) throw new ParameterError(`block ${segmentIndex} must be ${expected} bytes, not ${block.length}`)
  return { offset: layout.offsets.data + segmentIndex * layout.blockSize, data: block }
}

export function plaintextHashTreeWrite (layout: ImmutableShareLayout): ShareWrite {
  return { offset: layout.offsets.plaintextHashTree, data: new Uint8Array(layout.hashTreeSize) }
}

export function crypttextHashTreeWrite (layout: ImmutableShareLayout, nodes: readonly Uint8Array[]): ShareWrite {
  return { offset: layout.offsets.crypttextHashTree, data: packTree(layout, nodes, 'crypttext') }
}

export function blockHashTreeWrite (layout: ImmutableShareLayout, nodes: readonly Uint8Array[]): ShareWrite {
  return { offset: layout.offsets.blockHashes, data: packTree(layout, nodes, 'block') }
}

export function shareHashesWrite (layout: ImmutableShareLayout, pairs: readonly ShareHashPair[]): ShareWrite {
  if (pairs.length !== layout.numShareHashes) {
    throw new ParameterError(`a share of ${layout.totalShares} stores ${layout.numShareHashes} share hashes, not ${pairs.length}`)
  }
  return { offset: layout.offsets.shareHashes, data: packShareHashes(pairs) }
}

/** The UEB with its length prefix. */
export function uebWrite (layout: ImmutableShareLayout, ueb: Uint8Array): ShareWrite {
  if (ueb.length > layout.uebSize) throw new ParameterError(`UEB of ${ueb.length} bytes exceeds the ${layout.uebSize} planned`)
  const data = new Uint8Array(layout.fieldSize + ueb.length)
  data.set(packUebLength(layout.fieldSize, ueb.length))
  data.set(ueb, layout.fieldSize)
  return { offset: layout.offsets.uriExtension, data }
}

/** Every write of a whole share, in offset order. */
export function immutableShareWrites (layout: ImmutableShareLayout, parts: ImmutableShareParts, options: ShareWriteOptions = {}): ShareWrite[] {
  if (parts.blocks.length !== layout.numSegments) {
    throw new ParameterError(`expected ${layout.numSegments} blocks, got ${parts.blocks.length}`)
  }
  const writes = [headerWrite(layout), ...parts.blocks.map((block, i) => blockWrite(layout, i, block))]
  if (options.zeroPlaintextHashTree === true) writes.push(plaintextHashTreeWrite(layout))
  writes.push(
    crypttextHashTreeWrite(layout, parts.crypttextHashTree),
    blockHashTreeWrite(layout, parts.blockHashTree),
    shareHashesWrite(layout, parts.shareHashes),
    uebWrite(layout, parts.ueb)
  )
  return writes
}

/** The whole share as one buffer; for tests and small files. */
export function assembleImmutableShare (layout: ImmutableShareLayout, parts: ImmutableShareParts): Uint8Array {
  const writes = immutableShareWrites(layout, parts)
  const last = writes[writes.length - 1] as ShareWrite
  const share = new Uint8Array(last.offset + last.data.length)
  for (const { offset, data } of writes) share.set(data, offset)
  return share
}

function packTree (layout: ImmutableShareLayout, nodes: readonly Uint8Array[], name: string): Uint8Array {
  const data = new Uint8Array(layout.hashTreeSize)
  if (nodes.length * HASH_SIZE !== data.length) {
    throw new ParameterError(`${name} hash tree must have ${data.length / HASH_SIZE} nodes, not ${nodes.length}`)
  }
  nodes.forEach((node, i) => {
    if (node.length !== HASH_SIZE) throw new ParameterError(`${name} hash tree node ${i} is ${node.length} bytes`)
    data.set(node, i * HASH_SIZE)
  })
  return data
}
