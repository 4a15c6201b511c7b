/**
 * The share hash chain each share stores: (node index, hash) pairs of the
 * share hash tree, packed `>H32s` each, that connect the share's block-tree
 * root to the share root in the UEB.
 */
import { ParameterError } from '../../errors.js'
import { HASH_SIZE } from '../../crypto/hash.js'
import { siblingChain } from '../hashtree.js'
import { SHARE_HASH_PAIR_SIZE, ShareLayoutError, checkTotalShares } from './layout.js'

export type ShareHashPair = readonly [index: number, hash: Uint8Array]

const MAX_NODE_INDEX = 0xffff

export function packShareHashes (pairs: readonly ShareHashPair[]): Uint8Array {
  const out = new Uint8Array(pairs.length * SHARE_HASH_PAIR_SIZE)
  const view = new DataView(out.buffer)
  pairs.forEach(([index, hash], i) => {
    if (!Number.isInteger(index) || index < 0 || index > MAX_NODE_INDEX) throw new ParameterError(`share hash node index ${index} does not fit 2 bytes`)
    if (hash.length !== HASH_SIZE) throw new ParameterError(`share hash for node ${index} is ${hash.length} bytes, not ${HASH_SIZE}`)
    view.setUint16(i * SHARE_HASH_PAIR_SIZE, index)
    out.set(hash, i * SHARE_HASH_PAIR_SIZE + 2)
  })
  return out
}

/** Parses packed pairs into node index -> hash. Any order is accepted; a repeated index is not. */
export function parseShareHashes (bytes: Uint8Array): Map<number, Uint8Array> {
  if (bytes.length % SHARE_HASH_PAIR_SIZE !== 0) {
    throw new ShareLayoutError(`share-hash region of ${bytes.length} bytes is not whole pairs of ${SHARE_HASH_PAIR_SIZE}`)
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const hashes = new Map<number, Uint8Array>()
  for (let offset = 0; offset < bytes.length; offset += SHARE_HASH_PAIR_SIZE) {
    const index = view.getUint16(offset)
    if (hashes.has(index)) throw new ShareLayoutError(`share hash for node ${index} appears twice`)
    hashes.set(index, bytes.slice(offset + 2, offset + SHARE_HASH_PAIR_SIZE))
  }
  return hashes
}

/**
 * The node indexes share `shareNumber` stores, in the order Tahoe's encoder
 * writes them. Tahoe builds a Python `set` from the sibling chain (leaf
 * upwards) and then adds the leaf, and writes the set in iteration order.
 * Readers accept any order; matching it only makes our shares byte-identical
 * to Tahoe's.
 */
export function shareHashChainOrder (shareNumber: number, totalShares: number): number[] {
  checkTotalShares(totalShares)
  if (!Number.isInteger(shareNumber) || shareNumber < 0 || shareNumber >= totalShares) {
    throw new ParameterError(`share ${shareNumber} is outside 0..${totalShares - 1}`)
  }
  const set = new CPythonIntSet()
  for (const index of siblingChain(shareNumber, totalShares, true)) set.add(index)
  return set.values()
}

/** The pairs share `shareNumber` stores, from all nodes of the share hash tree, in Tahoe's order. */
export function shareHashPairs (shareTree: readonly Uint8Array[], shareNumber: number, totalShares: number): ShareHashPair[] {
  return shareHashChainOrder(shareNumber, totalShares).map(index => {
    const hash = shareTree[index]
    if (hash === undefined) throw new ParameterError(`share hash tree has no node ${index}`)
    return [index, hash] as const
  })
}

/*
 * CPython 3's set of small non-negative ints, enough to reproduce its
 * iteration order (Objects/setobject.c). hash(i) == i. The table starts at 8
 * slots; an insert probes the home slot and, when it is at least 9 slots from
 * the end, the 9 slots after it, then jumps to (i*5 + 1 + perturb) & mask
 * with perturb shifted right by 5 each round. When fill*5 >= mask*3 after an
 * insert the table grows to the smallest power of two above used*4 and the
 * old slots are reinserted in table order. Iteration is table order.
 */
const SET_MIN_SIZE = 8
const LINEAR_PROBES = 9
const PERTURB_SHIFT = 5
const LARGE_SET = 50000

class CPythonIntSet {
  #table: Array<number | undefined> = new Array<number | undefined>(SET_MIN_SIZE)
  #mask = SET_MIN_SIZE - 1
  #used = 0

  add (key: number): void {
    let perturb = key
    let i = key & this.#mask
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.#mask ? LINEAR_PROBES : 0
      for (let j = i; j <= i + probes; j++) {
        const slot = this.#table[j]
        if (slot === key) return
        if (slot === undefined) {
          this.#table[j] = key
          this.#used++
          // No deletions happen here, so fill == used.
          if (this.#used * 5 >= this.#mask * 3) this.#resize(this.#used > LARGE_SET ? this.#used * 2 : this.#used * 4)
          return
        }
      }
      perturb = Math.floor(perturb / 2 ** PERTURB_SHIFT)
      i = (i * 5 + 1 + perturb) & this.#mask
    }
  }

  values (): number[] {
    return this.#table.filter((slot): slot is number => slot !== undefined)
  }

  #resize (minUsed: number): void {
    let size = SET_MIN_SIZE
    while (size <= minUsed) size *= 2
    const old = this.#table
    this.#table = new Array<number | undefined>(size)
    this.#mask = size - 1
    for (const key of old) if (key !== undefined) this.#insertClean(key)
  }

  #insertClean (key: number): void {
    let perturb = key
    let i = key & this.#mask
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.#mask ? LINEAR_PROBES : 0
      for (let j = i; j <= i + probes; j++) {
        if (this.#table[j] === undefined) {
          this.#table[j] = key
          return
        }
      }
      perturb = Math.floor(perturb / 2 ** PERTURB_SHIFT)
      i = (i * 5 + 1 + perturb) & this.#mask
    }
  }
}
