import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { ParameterError } from '../src/errors.js'
import { DEFAULT_MAX_SEGMENT_SIZE, EncodingParameterError, chkParams } from '../src/encoding/segmentation.js'

interface Example {
  k: number, n: number, max_segment_size: number, size: number, effective_segment_size: number, num_segments: number
  tail_segment_size: number, padded_tail_segment_size: number, block_size: number, tail_block_size: number, share_data_size: number
}
const { examples } = JSON.parse(readFileSync(new URL('../../test/fixtures/chk-worked-examples.json', import.meta.url), 'utf8')) as { examples: Example[] }

void describe('chkParams', () => {
  void it('matches every worked example', () => {
    assert.equal(examples.length, 4)
    for (const e of examples) {
      assert.deepEqual(chkParams(e.size, e.k, e.n, e.max_segment_size), {
        size: e.size,
        k: e.k,
        n: e.n,
        segmentSize: e.effective_segment_size,
        numSegments: e.num_segments,
        tailSize: e.tail_segment_size,
        paddedTailSize: e.padded_tail_segment_size,
        blockSize: e.block_size,
        tailBlockSize: e.tail_block_size,
        shareDataSize: e.share_data_size
      })
    }
  })

  void it('rounds the segment size up past the maximum: 131073 bytes, k=3 is one segment', () => {
    const p = chkParams(131073, 3, 10, 131072)
    assert.equal(p.segmentSize, 131073)
    assert.equal(p.numSegments, 1)
    assert.equal(p.tailSize, 131073)
    assert.equal(p.blockSize, 43691)
  })

  void it('gives segsize 71 to a 56-byte file with k=71', () => {
    const p = chkParams(56, 71, 255, 131072)
    assert.equal(p.segmentSize, 71)
    assert.equal(p.numSegments, 1)
    assert.equal(p.tailSize, 56)
    assert.equal(p.paddedTailSize, 71)
    assert.equal(p.blockSize, 1)
    assert.equal(p.tailBlockSize, 1)
    assert.equal(p.shareDataSize, 1)
  })

  void it('uses a full tail when the size is a multiple of the segment size', () => {
    const p = chkParams(262144, 1, 3, 131072)
    assert.equal(p.numSegments, 2)
    assert.equal(p.tailSize, 131072)
    assert.equal(p.tailBlockSize, p.blockSize)
  })

  void it('defaults to a 1 MiB maximum', () => {
    assert.equal(DEFAULT_MAX_SEGMENT_SIZE, 1048576)
    const p = chkParams(3 * 1048576 + 1, 1, 1)
    assert.equal(p.segmentSize, 1048576)
    assert.equal(p.numSegments, 4)
    assert.equal(p.tailSize, 1)
  })

  void it('keeps its invariants across sizes and shapes', () => {
    for (const [k, n] of [[1, 1], [2, 3], [3, 10], [7, 9], [101, 256]] as const) {
      for (const size of [1, 2, 55, 56, 100, 999, 1000, 1001, 4096, 65537]) {
        const p = chkParams(size, k, n, 1000)
        assert.equal(p.segmentSize % k, 0)
        assert.equal(p.paddedTailSize % k, 0)
        assert.ok(p.tailSize >= 1 && p.tailSize <= p.segmentSize)
        assert.equal((p.numSegments - 1) * p.segmentSize + p.tailSize, size)
        assert.equal(p.shareDataSize, Math.ceil(size / k))
        assert.equal(p.shareDataSize, (p.numSegments - 1) * p.blockSize + p.tailBlockSize)
      }
    }
  })

  void it('rejects bad parameters with EncodingParameterError', () => {
    const bad: Array<[number, number, number, number?]> = [
      [100, 0, 1], [100, 4, 3], [100, 1, 257], [100, 1.5, 3], [100, 3, Number.NaN],
      [0, 3, 10], [-1, 3, 10], [1.5, 3, 10], [Number.POSITIVE_INFINITY, 3, 10],
      [100, 3, 10, 0], [100, 3, 10, 1.5], [100, 3, 10, -5]
    ]
    for (const [size, k, n, max] of bad) {
      assert.throws(() => chkParams(size, k, n, max), (err: unknown) => err instanceof EncodingParameterError && err instanceof ParameterError,
        `chkParams(${size}, ${k}, ${n}, ${max}) should throw`)
    }
  })
})
