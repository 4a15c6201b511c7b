/**
 * Tahoe's Merkle trees (spec c.1, `src/allmydata/hashtree.py`).
 *
 * Nodes are numbered in heap order: the root is 0 and node j has children
 * 2j+1 and 2j+2. L leaves are padded to P = next power of two; the pad leaf
 * at leaf position i is `emptyLeafHash(i)`. Leaves sit at nodes P-1 .. 2P-2.
 */
import { LafsError, ParameterError } from '../errors.js'
import { HASH_SIZE, Tag, taggedHash, taggedPairHash } from '../crypto/hash.js'
import { log2Floor, nextPowerOfTwo } from './mathutil.js'

/** Largest leaf count accepted, so that every node index stays a safe integer. */
export const MAX_LEAVES = 2 ** 48

/** Something about supplied hashes is wrong; the base of the two failures below. */
export class HashTreeError extends LafsError {}

/** A supplied hash contradicts a known one, or is malformed or misplaced. */
export class BadHashError extends HashTreeError {
  constructor (message: string, options?: ErrorOptions) {
    super('ERR_BAD_HASH', message, options)
  }
}

/** The supplied hashes do not connect every new node to the trusted root. */
export class NotEnoughHashesError extends HashTreeError {
  constructor (message: string, options?: ErrorOptions) {
    super('ERR_NOT_ENOUGH_HASHES', message, options)
  }
}

/** The hash standing in for the missing leaf at leaf position `position`. */
export function emptyLeafHash (position: number): Uint8Array {
  return taggedHash(Tag.MERKLE_EMPTY_LEAF, String(position))
}

export function internalNodeHash (left: Uint8Array, right: Uint8Array): Uint8Array {
  return taggedPairHash(Tag.MERKLE_INTERNAL_NODE, left, right)
}

function checkLeafCount (numLeaves: number): void {
  if (!Number.isSafeInteger(numLeaves) || numLeaves < 0 || numLeaves > MAX_LEAVES) {
    throw new ParameterError(`a hash tree needs 0..${MAX_LEAVES} leaves, got ${numLeaves}`)
  }
}

/** Number of nodes (2P - 1) in the tree over `numLeaves` leaves. */
export function hashTreeNodeCount (numLeaves: number): number {
  checkLeafCount(numLeaves)
  return 2 * nextPowerOfTwo(numLeaves) - 1
}

/** Depth of node `index`: the root is level 0, its children level 1. */
export function nodeLevel (index: number): number {
  return log2Floor(index + 1)
}

function parentOf (index: number): number {
  return Math.floor((index - 1) / 2)
}

function siblingOf (index: number): number {
  // Left children have odd indexes, right children even ones.
  return index % 2 === 1 ? index + 1 : index - 1
}

/** Every node of the tree over `leaves`, in heap (index) order; node 0 is the root. */
export function buildHashTree (leaves: readonly Uint8Array[]): Uint8Array[] {
  checkLeafCount(leaves.length)
  leaves.forEach((leaf, i) => {
    if (leaf.length !== HASH_SIZE) throw new ParameterError(`leaf ${i} is ${leaf.length} bytes, not ${HASH_SIZE}`)
  })
  const width = nextPowerOfTwo(leaves.length)
  const nodes = new Array<Uint8Array>(2 * width - 1)
  const firstLeaf = width - 1
  for (let position = 0; position < width; position++) {
    nodes[firstLeaf + position] = leaves[position] ?? emptyLeafHash(position)
  }
  for (let index = firstLeaf - 1; index >= 0; index--) {
    nodes[index] = internalNodeHash(nodes[2 * index + 1] as Uint8Array, nodes[2 * index + 2] as Uint8Array)
  }
  return nodes
}

export function hashTreeRoot (leaves: readonly Uint8Array[]): Uint8Array {
  return buildHashTree(leaves)[0] as Uint8Array
}

/**
 * The node indexes needed to check leaf `leafIndex` against the root: the
 * sibling of every node on the path from the leaf up (never the root itself),
 * plus the leaf when `includeLeaf`. Sorted ascending.
 */
export function neededHashes (leafIndex: number, numLeaves: number, includeLeaf = false): number[] {
  return siblingChain(leafIndex, numLeaves, includeLeaf).sort((a, b) => a - b)
}

/**
 * Like `neededHashes` but in Tahoe's construction order: siblings from the
 * leaf upwards, then the leaf itself when `includeLeaf`. The share layout
 * needs this order to reproduce Tahoe's set iteration.
 */
export function siblingChain (leafIndex: number, numLeaves: number, includeLeaf = false): number[] {
  checkLeafCount(numLeaves)
  if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= numLeaves) {
    throw new ParameterError(`leaf ${leafIndex} is outside a tree of ${numLeaves} leaves`)
  }
  const leafNode = nextPowerOfTwo(numLeaves) - 1 + leafIndex
  const chain: number[] = []
  for (let here = leafNode; here !== 0; here = parentOf(here)) chain.push(siblingOf(here))
  if (includeLeaf) chain.push(leafNode)
  return chain
}

/**
 * A tree filled in gradually from untrusted sources, each addition checked
 * against what is already known (`IncompleteHashTree` in Tahoe).
 *
 * Unlike Tahoe, which accepts a computed root when none was set, this tree
 * refuses any addition while the root is unknown: the root must come first,
 * from a trusted place (the UEB, the cap, a signed header).
 */
export class IncompleteHashTree {
  readonly numLeaves: number
  /** Node index of leaf 0. */
  readonly firstLeafIndex: number
  readonly nodeCount: number
  // Sparse: a downloader learns only the chains of the leaves it fetches.
  readonly #nodes = new Map<number, Uint8Array>()

  constructor (numLeaves: number) {
    checkLeafCount(numLeaves)
    this.numLeaves = numLeaves
    this.firstLeafIndex = nextPowerOfTwo(numLeaves) - 1
    this.nodeCount = 2 * this.firstLeafIndex + 1
  }

  /** Sets the trusted root. Throws BadHashError if a different root is already set. */
  setRoot (root: Uint8Array): void {
    this.setHashes(new Map([[0, root]]))
  }

  getNode (index: number): Uint8Array | undefined {
    return this.#nodes.get(index)
  }

  /** Leaf by leaf position (0-based), not node index. */
  getLeaf (leafIndex: number): Uint8Array | undefined {
    return this.#nodes.get(this.firstLeafIndex + leafIndex)
  }

  hasNode (index: number): boolean {
    return this.#nodes.has(index)
  }

  /**
   * Node indexes still unknown that are needed to validate leaf `leafIndex`,
   * sorted ascending. The walk up stops at the first known node, since every
   * known node is already connected to the root.
   */
  neededForLeaf (leafIndex: number, includeLeaf = false): number[] {
    if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex > this.firstLeafIndex) {
      throw new ParameterError(`leaf ${leafIndex} is outside a tree of ${this.firstLeafIndex + 1} leaf positions`)
    }
    const leafNode = this.firstLeafIndex + leafIndex
    const needed: number[] = []
    if (includeLeaf && !this.#nodes.has(leafNode)) needed.push(leafNode)
    for (let here = leafNode; here !== 0 && !this.#nodes.has(here); here = parentOf(here)) {
      const sibling = siblingOf(here)
      if (!this.#nodes.has(sibling)) needed.push(sibling)
    }
    if (!this.#nodes.has(0) && !needed.includes(0)) needed.push(0)
    return needed.sort((a, b) => a - b)
  }

  /**
   * Adds `hashes` (by node index) and `leaves` (by leaf position). Each new
   * node's parent is recomputed from it and its sibling, level by level from
   * the bottom, until it meets a known node, which must match. All or
   * nothing: on BadHashError or NotEnoughHashesError no supplied or computed
   * node is kept.
   */
  setHashes (hashes: ReadonlyMap<number, Uint8Array>, leaves: ReadonlyMap<number, Uint8Array> = new Map()): void {
    const incoming = this.#mergeInputs(hashes, leaves)
    if (!this.#nodes.has(0) && !incoming.has(0)) {
      throw new NotEnoughHashesError('the root hash must be set before other hashes can be checked')
    }
    const added: number[] = []
    try {
      // pending[level] holds new nodes not yet checked against their parent.
      const pending: Array<Set<number>> = []
      const addProvisionally = (index: number, hash: Uint8Array): void => {
        const known = this.#nodes.get(index)
        if (known !== undefined) {
          if (!equalBytes(known, hash)) throw new BadHashError(`hash for node ${this.#describe(index)} contradicts the one already known`)
          return
        }
        this.#nodes.set(index, hash)
        added.push(index)
        const level = nodeLevel(index)
        let set = pending[level]
        if (set === undefined) pending[level] = set = new Set()
        set.add(index)
      }
      for (const [index, hash] of incoming) addProvisionally(index, hash)

      for (let level = pending.length - 1; level > 0; level--) {
        const here = pending[level]
        if (here === undefined) continue
        for (const index of here) {
          const sibling = siblingOf(index)
          const siblingHash = this.#nodes.get(sibling)
          if (siblingHash === undefined) {
            throw new NotEnoughHashesError(`node ${this.#describe(index)} cannot be checked: its sibling ${sibling} is missing`)
          }
          const own = this.#nodes.get(index) as Uint8Array
          const [left, right] = index < sibling ? [own, siblingHash] : [siblingHash, own]
          // A new parent lands in pending[level - 1], which is visited next.
          addProvisionally(parentOf(index), internalNodeHash(left, right))
          here.delete(sibling)
        }
      }
    } catch (err: unknown) {
      for (const index of added) this.#nodes.delete(index)
      throw err
    }
  }

  #mergeInputs (hashes: ReadonlyMap<number, Uint8Array>, leaves: ReadonlyMap<number, Uint8Array>): Map<number, Uint8Array> {
    const incoming = new Map<number, Uint8Array>()
    for (const [index, hash] of hashes) {
      if (!Number.isSafeInteger(index) || index < 0 || index >= this.nodeCount) {
        throw new BadHashError(`node index ${index} is outside a tree of ${this.nodeCount} nodes`)
      }
      checkHashLength(hash, `node ${index}`)
      incoming.set(index, hash)
    }
    for (const [leafIndex, hash] of leaves) {
      if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex > this.firstLeafIndex) {
        throw new BadHashError(`leaf ${leafIndex} is outside a tree of ${this.firstLeafIndex + 1} leaf positions`)
      }
      checkHashLength(hash, `leaf ${leafIndex}`)
      const index = this.firstLeafIndex + leafIndex
      const other = incoming.get(index)
      if (other !== undefined && !equalBytes(other, hash)) {
        throw new BadHashError(`leaf ${leafIndex} and node ${index} were given different hashes`)
      }
      incoming.set(index, hash)
    }
    return incoming
  }

  #describe (index: number): string {
    return index >= this.firstLeafIndex ? `${index} (leaf ${index - this.firstLeafIndex})` : String(index)
  }
}

function checkHashLength (hash: Uint8Array, what: string): void {
  if (hash.length !== HASH_SIZE) throw new BadHashError(`${what} is ${hash.length} bytes, not ${HASH_SIZE}`)
}

function equalBytes (a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
