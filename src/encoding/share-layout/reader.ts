/**
 * Reads the parts of one immutable share through a `read(offset, length)`
 * function (a storage server, a file, a buffer). Every read is sized from
 * the checked header or from the file's geometry and bounded before it is
 * issued; every answer is length-checked. The contents are not validated
 * here: hashes are checked by the downloader against the trees.
 */
import { HASH_SIZE } from '../../crypto/hash.js'
import { ParameterError } from '../../errors.js'
import {
  MAX_HEADER_SIZE, ShareLayoutError, hashTreeRegionSize, parseImmutableHeader, parseUebLength,
  type ImmutableShareHeader
} from './layout.js'
import { parseShareHashes } from './share-hashes.js'

/** Reads `length` bytes at `offset`; may return fewer only at the end of the share. */
export type ShareReadFn = (offset: number, length: number) => Promise<Uint8Array>

/** What the reader must know of the file to find blocks: from the UEB and the cap. */
export interface ShareGeometry {
  numSegments: number
  blockSize: number
  tailBlockSize: number
}

export class ImmutableShareReader {
  readonly header: ImmutableShareHeader
  readonly #read: ShareReadFn

  constructor (read: ShareReadFn, header: ImmutableShareHeader) {
    this.#read = read
    this.header = header
  }

  /** Reads and checks the header, then returns a reader for the rest. */
  static async open (read: ShareReadFn): Promise<ImmutableShareReader> {
    const bytes = await read(0, MAX_HEADER_SIZE)
    // A short answer is fine here: parseImmutableHeader says whether it is enough.
    return new ImmutableShareReader(read, parseImmutableHeader(bytes.subarray(0, MAX_HEADER_SIZE)))
  }

  /** Block `segmentIndex` of this share; the last block may be shorter. */
  async readBlock (segmentIndex: number, geometry: ShareGeometry): Promise<Uint8Array> {
    return (await this.readBlocks(segmentIndex, 1, geometry))[0] as Uint8Array
  }

  /**
   * Blocks `first` .. `first + count - 1`, read at once (they follow one
   * another in the share); the last block of the share may be shorter.
   */
  async readBlocks (first: number, count: number, geometry: ShareGeometry): Promise<Uint8Array[]> {
    const { numSegments, blockSize, tailBlockSize } = geometry
    const last = first + count - 1
    if (!Number.isSafeInteger(first) || !Number.isSafeInteger(count) || count < 1 || first < 0 || last >= numSegments) {
      throw new ParameterError(`blocks ${first}..${last} are not within 0..${numSegments - 1}`)
    }
    const { data, plaintextHashTree } = this.header.offsets
    const expected = (numSegments - 1) * blockSize + tailBlockSize
    if (plaintextHashTree - data !== expected) {
      throw new ShareLayoutError(`share holds ${plaintextHashTree - data} bytes of blocks; the file's geometry needs ${expected}`)
    }
    const length = (count - 1) * blockSize + (last === numSegments - 1 ? tailBlockSize : blockSize)
    const bytes = await this.#readExactly(data + first * blockSize, length, count === 1 ? `block ${first}` : `blocks ${first}..${last}`)
    return Array.from({ length: count }, (_, i) => bytes.subarray(i * blockSize, Math.min((i + 1) * blockSize, length)))
  }

  /** Every node of the crypttext hash tree over `numSegments` leaves. */
  async readCrypttextHashTree (numSegments: number): Promise<Uint8Array[]> {
    return await this.#readTree(this.header.offsets.crypttextHashTree, numSegments, 'crypttext hash tree')
  }

  /** Every node of this share's block hash tree over `numSegments` leaves. */
  async readBlockHashTree (numSegments: number): Promise<Uint8Array[]> {
    return await this.#readTree(this.header.offsets.blockHashes, numSegments, 'block hash tree')
  }

  /** Only the listed nodes of the block hash tree, as a downloader asks for them. */
  async readBlockHashNodes (numSegments: number, indexes: readonly number[]): Promise<Map<number, Uint8Array>> {
    const start = this.header.offsets.blockHashes
    this.#checkTreeRegion(numSegments, 'block hash tree')
    const nodeCount = hashTreeRegionSize(numSegments) / HASH_SIZE
    const nodes = new Map<number, Uint8Array>()
    for (const index of indexes) {
      if (!Number.isSafeInteger(index) || index < 0 || index >= nodeCount) {
        throw new ParameterError(`block hash tree node ${index} is outside 0..${nodeCount - 1}`)
      }
      nodes.set(index, await this.#readExactly(start + index * HASH_SIZE, HASH_SIZE, `block hash tree node ${index}`))
    }
    return nodes
  }

  /** The share hash chain as node index -> hash. */
  async readShareHashes (): Promise<Map<number, Uint8Array>> {
    const { shareHashes, uriExtension } = this.header.offsets
    // The header check bounded this region to at most 9 pairs.
    return parseShareHashes(await this.#readExactly(shareHashes, uriExtension - shareHashes, 'share hashes'))
  }

  /** The UEB bytes; its length field is checked against MAX_UEB_SIZE before the UEB is read. */
  async readUeb (): Promise<Uint8Array> {
    const { fieldSize, offsets } = this.header
    const lengthField = await this.#readExactly(offsets.uriExtension, fieldSize, 'UEB length')
    const length = parseUebLength(fieldSize, lengthField)
    return await this.#readExactly(offsets.uriExtension + fieldSize, length, 'UEB')
  }

  #checkTreeRegion (numSegments: number, what: string): void {
    if (!Number.isSafeInteger(numSegments) || numSegments < 1) throw new ParameterError(`numSegments must be a positive integer, got ${numSegments}`)
    const size = hashTreeRegionSize(numSegments)
    // The header check made the three tree regions equal, so one stands for all.
    const regionSize = this.header.offsets.blockHashes - this.header.offsets.crypttextHashTree
    if (regionSize !== size) {
      throw new ShareLayoutError(`share's ${what} region is ${regionSize} bytes; ${numSegments} segments need ${size}`)
    }
  }

  async #readTree (start: number, numSegments: number, what: string): Promise<Uint8Array[]> {
    this.#checkTreeRegion(numSegments, what)
    const bytes = await this.#readExactly(start, hashTreeRegionSize(numSegments), what)
    const nodes: Uint8Array[] = []
    for (let offset = 0; offset < bytes.length; offset += HASH_SIZE) nodes.push(bytes.subarray(offset, offset + HASH_SIZE))
    return nodes
  }

  async #readExactly (offset: number, length: number, what: string): Promise<Uint8Array> {
    if (length === 0) return new Uint8Array(0)
    const bytes = await this.#read(offset, length)
    if (bytes.length < length) throw new ShareLayoutError(`share truncated: ${what} has ${bytes.length} of ${length} bytes`)
    if (bytes.length > length) throw new ShareLayoutError(`read of ${what} returned ${bytes.length} bytes, more than the ${length} asked`)
    return bytes
  }
}
