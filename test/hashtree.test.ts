import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { base32Encode } from '../src/crypto/base32.js'
import { taggedHash } from '../src/crypto/hash.js'
import { ParameterError } from '../src/errors.js'
import {
  BadHashError, IncompleteHashTree, NotEnoughHashesError, buildHashTree, emptyLeafHash, hashTreeRoot,
  internalNodeHash, neededHashes
} from '../src/encoding/hashtree.js'

interface HashFixture {
  hash_tree_example: { expected_nodes_base32_in_index_order: string[] }
  needed_hashes_examples_8_leaves: Record<'leaf0' | 'leaf0_include_leaf' | 'leaf1' | 'leaf7' | 'leaf7_include_leaf', number[]>
}
const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/hash-known-answers.json', import.meta.url), 'utf8')) as HashFixture

const randomLeaves = (count: number): Uint8Array[] => Array.from({ length: count }, () => randomBytes(32))

/** Every node an IncompleteHashTree knows, to check that a failed call changed nothing. */
function snapshot (tree: IncompleteHashTree): Map<number, string> {
  const known = new Map<number, string>()
  for (let i = 0; i < tree.nodeCount; i++) {
    const node = tree.getNode(i)
    if (node !== undefined) known.set(i, Buffer.from(node).toString('hex'))
  }
  return known
}

function chainFor (nodes: Uint8Array[], indexes: number[]): Map<number, Uint8Array> {
  return new Map(indexes.map(i => [i, nodes[i] as Uint8Array]))
}

function flipped (hash: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(hash)
  copy[7] = (copy[7] ?? 0) ^ 0x01
  return copy
}

void describe('HashTree', () => {
  void it('reproduces the 3-leaf known answer of test_hashtree.py', () => {
    const leaves = [0, 1, 2].map(i => taggedHash('tag', String(i)))
    const nodes = buildHashTree(leaves)
    assert.deepEqual(nodes.map(base32Encode), fixture.hash_tree_example.expected_nodes_base32_in_index_order)
    // The pad leaf is numbered by leaf position (3), not node index (6).
    assert.deepEqual(nodes[6], emptyLeafHash(3))
    assert.deepEqual(nodes[0], internalNodeHash(nodes[1] as Uint8Array, nodes[2] as Uint8Array))
    assert.deepEqual(hashTreeRoot(leaves), nodes[0])
  })

  void it('gives the needed-hash index sets of the 8-leaf examples', () => {
    const expected = fixture.needed_hashes_examples_8_leaves
    assert.deepEqual(neededHashes(0, 8), expected.leaf0)
    assert.deepEqual(neededHashes(0, 8, true), expected.leaf0_include_leaf)
    assert.deepEqual(neededHashes(1, 8), expected.leaf1)
    assert.deepEqual(neededHashes(7, 8), expected.leaf7)
    assert.deepEqual(neededHashes(7, 8, true), expected.leaf7_include_leaf)
  })

  void it('has 2P - 1 nodes for non-power-of-two leaf counts, padded per leaf position', () => {
    for (const count of [1, 2, 3, 5, 7, 9, 16, 17]) {
      const leaves = randomLeaves(count)
      const nodes = buildHashTree(leaves)
      let width = 1
      while (width < count) width *= 2
      assert.equal(nodes.length, 2 * width - 1)
      for (let p = 0; p < width; p++) assert.deepEqual(nodes[width - 1 + p], p < count ? leaves[p] : emptyLeafHash(p))
      for (let j = 0; j < width - 1; j++) {
        assert.deepEqual(nodes[j], internalNodeHash(nodes[2 * j + 1] as Uint8Array, nodes[2 * j + 2] as Uint8Array))
      }
    }
  })

  void it('makes a 1-leaf tree whose root is the leaf, and an empty tree of one pad leaf', () => {
    const [leaf] = randomLeaves(1) as [Uint8Array]
    assert.deepEqual(buildHashTree([leaf]), [leaf])
    assert.deepEqual(neededHashes(0, 1), [])
    assert.deepEqual(neededHashes(0, 1, true), [0])
    assert.deepEqual(buildHashTree([]), [emptyLeafHash(0)])
  })

  void it('rejects bad leaves and leaf indexes with ParameterError', () => {
    assert.throws(() => buildHashTree([new Uint8Array(31)]), ParameterError)
    assert.throws(() => neededHashes(3, 3), ParameterError)
    assert.throws(() => neededHashes(-1, 3), ParameterError)
    assert.throws(() => neededHashes(0.5, 3), ParameterError)
  })
})

void describe('IncompleteHashTree', () => {
  void it('validates every leaf of random trees from its needed hashes alone', () => {
    for (const count of [1, 2, 3, 4, 5, 8, 10, 13, 33]) {
      const leaves = randomLeaves(count)
      const nodes = buildHashTree(leaves)
      for (let leaf = 0; leaf < count; leaf++) {
        const tree = new IncompleteHashTree(count)
        tree.setRoot(nodes[0] as Uint8Array)
        const needed = tree.neededForLeaf(leaf)
        assert.deepEqual(needed, neededHashes(leaf, count))
        tree.setHashes(chainFor(nodes, needed), new Map([[leaf, leaves[leaf] as Uint8Array]]))
        assert.deepEqual(tree.getLeaf(leaf), leaves[leaf])
        assert.deepEqual(tree.neededForLeaf(leaf, true), [])
      }
    }
  })

  void it('asks for fewer hashes as it learns more', () => {
    const leaves = randomLeaves(8)
    const nodes = buildHashTree(leaves)
    const tree = new IncompleteHashTree(8)
    assert.deepEqual(tree.neededForLeaf(0), [0, 2, 4, 8])
    tree.setRoot(nodes[0] as Uint8Array)
    tree.setHashes(chainFor(nodes, tree.neededForLeaf(0)), new Map([[0, leaves[0] as Uint8Array]]))
    // Leaf 1's sibling (leaf 0) and parent (node 3) are known now.
    assert.deepEqual(tree.neededForLeaf(1), [])
    tree.setHashes(new Map(), new Map([[1, leaves[1] as Uint8Array]]))
    // Node 4 is known, so leaf 2 needs only leaf 3.
    assert.deepEqual(tree.neededForLeaf(2), [10])
    assert.deepEqual(tree.neededForLeaf(2, true), [9, 10])
  })

  void it('rejects a flipped hash or leaf with BadHashError and keeps nothing of the call', () => {
    const count = 13
    const leaves = randomLeaves(count)
    const nodes = buildHashTree(leaves)
    const tree = new IncompleteHashTree(count)
    tree.setRoot(nodes[0] as Uint8Array)
    tree.setHashes(chainFor(nodes, neededHashes(4, count)), new Map([[4, leaves[4] as Uint8Array]]))
    const before = snapshot(tree)
    const leaf = 11
    const needed = tree.neededForLeaf(leaf)
    assert.ok(needed.length >= 2)
    for (const victim of needed) {
      const chain = chainFor(nodes, needed)
      chain.set(victim, flipped(chain.get(victim) as Uint8Array))
      assert.throws(() => tree.setHashes(chain, new Map([[leaf, leaves[leaf] as Uint8Array]])), BadHashError)
      assert.deepEqual(snapshot(tree), before)
    }
    assert.throws(() => tree.setHashes(chainFor(nodes, needed), new Map([[leaf, flipped(leaves[leaf] as Uint8Array)]])), BadHashError)
    assert.deepEqual(snapshot(tree), before)
    // A node that contradicts an already known one.
    assert.throws(() => tree.setHashes(new Map([[0, flipped(nodes[0] as Uint8Array)]])), BadHashError)
    assert.throws(() => tree.setRoot(flipped(nodes[0] as Uint8Array)), BadHashError)
    assert.deepEqual(snapshot(tree), before)
    // And the honest chain still goes in afterwards.
    tree.setHashes(chainFor(nodes, needed), new Map([[leaf, leaves[leaf] as Uint8Array]]))
    assert.deepEqual(tree.getLeaf(leaf), leaves[leaf])
  })

  void it('gives NotEnoughHashesError for a missing hash or an unset root, and keeps nothing', () => {
    const count = 10
    const leaves = randomLeaves(count)
    const nodes = buildHashTree(leaves)
    const noRoot = new IncompleteHashTree(count)
    assert.throws(() => noRoot.setHashes(chainFor(nodes, neededHashes(2, count)), new Map([[2, leaves[2] as Uint8Array]])), NotEnoughHashesError)
    assert.equal(snapshot(noRoot).size, 0)

    const tree = new IncompleteHashTree(count)
    tree.setRoot(nodes[0] as Uint8Array)
    const before = snapshot(tree)
    const needed = neededHashes(6, count)
    for (const missing of needed) {
      const chain = chainFor(nodes, needed.filter(i => i !== missing))
      assert.throws(() => tree.setHashes(chain, new Map([[6, leaves[6] as Uint8Array]])), NotEnoughHashesError)
      assert.deepEqual(snapshot(tree), before)
    }
  })

  void it('treats out-of-range indexes, wrong lengths and conflicting arguments as bad hashes', () => {
    const nodes = buildHashTree(randomLeaves(4))
    const tree = new IncompleteHashTree(4)
    tree.setRoot(nodes[0] as Uint8Array)
    assert.throws(() => tree.setHashes(new Map([[7, nodes[1] as Uint8Array]])), BadHashError)
    assert.throws(() => tree.setHashes(new Map([[-1, nodes[1] as Uint8Array]])), BadHashError)
    assert.throws(() => tree.setHashes(new Map(), new Map([[4, nodes[3] as Uint8Array]])), BadHashError)
    assert.throws(() => tree.setHashes(new Map([[1, new Uint8Array(31)]])), BadHashError)
    assert.throws(() => tree.setHashes(new Map([[3, nodes[3] as Uint8Array]]), new Map([[0, nodes[4] as Uint8Array]])), BadHashError)
    assert.throws(() => tree.neededForLeaf(4), ParameterError)
    assert.equal(snapshot(tree).size, 1)
  })

  void it('checks the single leaf of a 1-leaf tree against the root', () => {
    const [leaf] = randomLeaves(1) as [Uint8Array]
    const tree = new IncompleteHashTree(1)
    assert.equal(tree.nodeCount, 1)
    tree.setRoot(leaf)
    assert.throws(() => tree.setHashes(new Map(), new Map([[0, flipped(leaf)]])), BadHashError)
    tree.setHashes(new Map(), new Map([[0, leaf]]))
    assert.deepEqual(tree.getLeaf(0), leaf)
  })

  void it('accepts a whole tree at once and rejects it if any node is altered', () => {
    const nodes = buildHashTree(randomLeaves(5))
    const all = new Map(nodes.map((node, i) => [i, node]))
    const altered = new IncompleteHashTree(5)
    altered.setRoot(nodes[0] as Uint8Array)
    const broken = new Map(all)
    broken.set(13, flipped(nodes[13] as Uint8Array)) // a pad leaf
    assert.throws(() => altered.setHashes(broken), BadHashError)
    assert.equal(snapshot(altered).size, 1)
    altered.setHashes(all)
    assert.equal(snapshot(altered).size, nodes.length)
  })
})
