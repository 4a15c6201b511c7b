/**
 * The 120 CHK caps of Tahoe's test_vectors.yaml, and the step-by-step values
 * of chk-worked-examples.json: convergent key, storage index, segmentation,
 * block hashes, hash-tree roots, UEB bytes and hash, read and verify caps.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { loadJsonFixture, loadTahoeVectors, samplePlaintext } from './helpers/vectors.js'
import { immutableCapOfBytes, ChkEncoder } from '../src/encoding/chk-encoder.js'
import { ConvergentKeyHasher, convergenceTag, immutableStorageIndex } from '../src/crypto/immutable-keys.js'
import { chkParams } from '../src/encoding/segmentation.js'
import { base32Encode } from '../src/crypto/base32.js'
import { formatCap, parseCap, verifyCap } from '../src/encoding/caps.js'
import { AesCtr } from '../src/crypto/aes.js'

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')

describe('Tahoe CHK test vectors', () => {
  const vectors = loadTahoeVectors().filter(v => v.format.kind === 'chk')

  it('has all 120 CHK vectors', () => {
    assert.equal(vectors.length, 120)
  })

  for (const vector of vectors) {
    const { required: k, total: n, segmentSize } = vector.zfec
    it(`${k}-of-${n}, ${vector.sample.length} bytes, secret ${vector.convergence}`, () => {
      const cap = immutableCapOfBytes(samplePlaintext(vector.sample), {
        convergenceSecret: Buffer.from(vector.convergence, 'base64'),
        k,
        n,
        maxSegmentSize: segmentSize
      })
      assert.equal(cap, vector.expected)
    })
  }
})

interface WorkedExample {
  convergence_hex: string
  k: number
  n: number
  max_segment_size: number
  size: number
  effective_segment_size: number
  num_segments: number
  tail_segment_size: number
  padded_tail_segment_size: number
  block_size: number
  tail_block_size: number
  share_data_size: number
  convergence_tag_hex: string
  aes_key_hex: string
  storage_index_base32: string
  ciphertext_first16_hex: string
  segment0_block_hashes_hex: string[]
  segment0_block_first8_hex: string[]
  block_hash_tree_roots_hex: string[]
  crypttext_segment_hashes_hex: string[]
  ueb_hex: string
  ueb_hash_base32: string
  cap: string
  verify_cap: string
  sample_seed_base64: string
}

describe('CHK worked examples, step by step', () => {
  const { examples } = loadJsonFixture<{ examples: WorkedExample[] }>('chk-worked-examples.json')
  for (const ex of examples) {
    it(`${ex.k}-of-${ex.n}, ${ex.size} bytes`, () => {
      const plaintext = samplePlaintext({ seed: ex.sample_seed_base64, length: ex.size })
      const secret = Buffer.from(ex.convergence_hex, 'hex')
      const params = chkParams(ex.size, ex.k, ex.n, ex.max_segment_size)
      assert.deepEqual(
        [params.segmentSize, params.numSegments, params.tailSize, params.paddedTailSize, params.blockSize, params.tailBlockSize, params.shareDataSize],
        [ex.effective_segment_size, ex.num_segments, ex.tail_segment_size, ex.padded_tail_segment_size, ex.block_size, ex.tail_block_size, ex.share_data_size])
      assert.equal(hex(convergenceTag(secret, ex.k, ex.n, params.segmentSize)), ex.convergence_tag_hex)

      const key = new ConvergentKeyHasher(secret, ex.k, ex.n, params.segmentSize).update(plaintext).digest()
      assert.equal(hex(key), ex.aes_key_hex)
      assert.equal(base32Encode(immutableStorageIndex(key)), ex.storage_index_base32)
      assert.equal(hex(new AesCtr(key).update(plaintext.subarray(0, 16))), ex.ciphertext_first16_hex)

      const encoder = new ChkEncoder({ size: ex.size, k: ex.k, n: ex.n, maxSegmentSize: ex.max_segment_size, key })
      for (let s = 0; s < params.numSegments; s++) {
        const start = s * params.segmentSize
        const { blocks } = encoder.encodePlaintext(plaintext.subarray(start, start + encoder.segmentLength(s)))
        if (s === 0) assert.deepEqual(blocks.map(b => hex(b.subarray(0, 8))), ex.segment0_block_first8_hex)
      }
      const encoding = encoder.finish()
      assert.deepEqual(encoding.blockHashTrees.map(tree => hex(tree[0] ?? new Uint8Array())), ex.block_hash_tree_roots_hex)
      const leaves = encoding.crypttextHashTree.slice(encoding.crypttextHashTree.length - (encoding.crypttextHashTree.length + 1) / 2)
      // The fixture lists the first few segment hashes only.
      assert.deepEqual(leaves.slice(0, ex.crypttext_segment_hashes_hex.length).map(hex), ex.crypttext_segment_hashes_hex)
      assert.equal(hex(encoding.ueb), ex.ueb_hex)
      assert.equal(base32Encode(encoding.uebHash), ex.ueb_hash_base32)

      const cap = formatCap({ kind: 'chk', key, uebHash: encoding.uebHash, k: ex.k, n: ex.n, size: ex.size })
      assert.equal(cap, ex.cap)
      const verify = verifyCap(parseCap(cap))
      assert.ok(verify !== undefined)
      assert.equal(formatCap(verify), ex.verify_cap)
    })
  }
})

describe('ChkEncoder parity buffers given by the caller', () => {
  const key = randomBytes(16)
  it('encodes into them exactly what it would allocate, and gives the same cap', () => {
    const data = randomBytes(3000)
    const plain = new ChkEncoder({ size: data.length, k: 3, n: 10, maxSegmentSize: 900, key })
    const into = new ChkEncoder({ size: data.length, k: 3, n: 10, maxSegmentSize: 900, key })
    const reused = Array.from({ length: 7 }, () => new Uint8Array(300).fill(0xaa))
    for (let start = 0; start < data.length; start += 900) {
      const segment = data.subarray(start, start + 900)
      const expected = plain.encodePlaintext(segment).blocks
      const full = segment.length === 900
      const got = into.encodePlaintext(segment, full ? reused : undefined).blocks
      assert.deepEqual(got.map(block => Buffer.from(block)), expected.map(block => Buffer.from(block)))
      if (full) assert.ok(got.slice(3).every((block, i) => block === reused[i]), 'the parity blocks are the given buffers')
    }
    assert.deepEqual(Buffer.from(into.finish().uebHash), Buffer.from(plain.finish().uebHash))
  })
  it('refuses buffers of the wrong count or size before taking the segment', () => {
    const encoder = new ChkEncoder({ size: 1000, k: 3, n: 10, maxSegmentSize: 300, key })
    const segment = new Uint8Array(300)
    assert.throws(() => encoder.encodePlaintext(segment, Array.from({ length: 6 }, () => new Uint8Array(100))), { name: 'ParameterError' })
    assert.throws(() => encoder.encodePlaintext(segment, Array.from({ length: 7 }, () => new Uint8Array(99))), { name: 'ParameterError' })
    assert.equal(encoder.segmentsDone, 0)
    // Nothing was taken: the cipher is where it was, so the blocks are the usual ones.
    const got = encoder.encodePlaintext(segment, Array.from({ length: 7 }, () => new Uint8Array(100))).blocks
    const expected = new ChkEncoder({ size: 1000, k: 3, n: 10, maxSegmentSize: 300, key }).encodePlaintext(segment).blocks
    assert.deepEqual(got.map(block => Buffer.from(block)), expected.map(block => Buffer.from(block)))
    assert.equal(encoder.segmentsDone, 1)
  })
})

describe('ChkEncoder misuse', () => {
  const key = new Uint8Array(16)
  it('rejects a segment of the wrong length', () => {
    const encoder = new ChkEncoder({ size: 1000, k: 3, n: 10, maxSegmentSize: 300, key })
    assert.throws(() => encoder.encodePlaintext(new Uint8Array(299)), { name: 'ParameterError' })
  })
  it('rejects finishing before every segment is encoded, and extra segments', () => {
    const encoder = new ChkEncoder({ size: 100, k: 3, n: 10, maxSegmentSize: 60, key })
    encoder.encodePlaintext(new Uint8Array(encoder.segmentLength(0)))
    assert.throws(() => encoder.finish(), /only 1 of 2 segments/)
    encoder.encodePlaintext(new Uint8Array(encoder.segmentLength(1)))
    assert.throws(() => encoder.encodePlaintext(new Uint8Array(1)), { name: 'ParameterError' })
    encoder.finish()
    assert.throws(() => encoder.finish(), { name: 'ParameterError' })
  })
})
