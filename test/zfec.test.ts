/**
 * The zfec erasure code: known answers from the CHK worked examples, the
 * encoding matrix against an independent Lagrange construction, round trips
 * from random k-subsets, agreement of the wasm and TypeScript kernels, typed
 * errors, and a cross-check against the real zfec where it is installed.
 */
import { describe, it, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import {
  ErasureCodec, ErasureCodeInputError, ErasureCodeParameterError, wasmSimdAvailable, type ZfecKernel
} from '../src/encoding/zfec/index.js'
import { aesCtr } from '../src/crypto/aes.js'
import { Tag, taggedHash } from '../src/crypto/hash.js'

const FIXTURE = new URL('../../test/fixtures/chk-worked-examples.json', import.meta.url)
const SEED = Number(process.env.ZFEC_TEST_SEED ?? randomInt(2 ** 31))
const EDGE_SHAPES: Array<[number, number]> = [[1, 1], [1, 7], [1, 256], [5, 5], [256, 256], [255, 256], [101, 256], [3, 10], [2, 3], [4, 9]]
const LENGTHS = [0, 1, 15, 16, 17, 33, 100, 4095, 4097]

/** A seeded generator (mulberry32), so a failing run can be repeated with ZFEC_TEST_SEED. */
function generator (seed: number): (limit: number) => number {
  let state = seed >>> 0
  return (limit: number) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * limit)
  }
}

const random = generator(SEED)

function randomBytes (length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i++) bytes[i] = random(256)
  return bytes
}

function randomPieces (k: number, length: number): Uint8Array[] {
  return Array.from({ length: k }, () => randomBytes(length))
}

/** A random k-subset of 0..n-1, in random order. */
function randomSubset (k: number, n: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = random(i + 1)
    ;[all[i], all[j]] = [all[j] as number, all[i] as number]
  }
  return all.slice(0, k)
}

function hex (bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex')
}

const kernels: ZfecKernel[] = wasmSimdAvailable() ? ['wasm', 'ts'] : ['ts']

// --- An independent reference: shift-and-add multiplication and Lagrange ---

/** Multiplication in GF(2^8) mod 0x11D by shift-and-add, sharing nothing with gf.ts. */
function slowMul (a: number, b: number): number {
  let product = 0
  for (let x = a, y = b; y !== 0; y >>= 1) {
    if ((y & 1) !== 0) product ^= x
    x <<= 1
    if ((x & 0x100) !== 0) x ^= 0x11d
  }
  return product
}

function slowInverse (a: number): number {
  for (let b = 1; b < 256; b++) if (slowMul(a, b) === 1) return b
  throw new Error('no inverse')
}

/** zfec's evaluation point for block r: 0, then 2^(r-1). */
function point (r: number): number {
  let x = 1
  for (let i = 1; i < r; i++) x = slowMul(x, 2)
  return r === 0 ? 0 : x
}

/**
 * Row r of ENC = V * inverse(V_top): the pieces are a polynomial's values at
 * the first k points, so block r is its value at point r, which is
 * sum_j piece_j * L_j(point r) with the Lagrange basis L_j.
 */
function lagrangeRow (k: number, r: number, points: number[]): number[] {
  const x = point(r)
  return Array.from({ length: k }, (_, j) => {
    let numerator = 1
    let denominator = 1
    for (let i = 0; i < k; i++) {
      if (i === j) continue
      numerator = slowMul(numerator, x ^ (points[i] as number))
      denominator = slowMul(denominator, (points[j] as number) ^ (points[i] as number))
    }
    return slowMul(numerator, slowInverse(denominator))
  })
}

// --- Known answers ---

interface WorkedExample {
  k: number
  n: number
  size: number
  effective_segment_size: number
  aes_key_hex: string
  sample_seed_base64: string
  segment0_block_first8_hex: string[]
  segment0_block_hashes_hex: string[]
}

/** Segment 0 of a worked example: the sample plaintext (vectors README section 2), AES-CTR, zero-padded. */
function segmentZero (example: WorkedExample): Uint8Array {
  const seed = Buffer.from(example.sample_seed_base64, 'base64')
  const plaintext = new Uint8Array(Math.min(example.size, example.effective_segment_size))
  for (let i = 0; i < plaintext.length; i++) plaintext[i] = seed[i % seed.length] as number
  const segment = new Uint8Array(example.effective_segment_size)
  segment.set(aesCtr(Buffer.from(example.aes_key_hex, 'hex'), plaintext))
  return segment
}

void describe('zfec known answers (CHK worked examples, segment 0)', () => {
  const { examples } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { examples: WorkedExample[] }
  for (const example of examples) {
    for (const kernel of kernels) {
      void it(`${example.k}-of-${example.n}, ${example.size} bytes, ${kernel} kernel`, () => {
        const segment = segmentZero(example)
        const blockSize = segment.length / example.k
        const pieces = Array.from({ length: example.k }, (_, i) => segment.subarray(i * blockSize, (i + 1) * blockSize))
        const blocks = ErasureCodec.create(example.k, example.n, { kernel }).encode(pieces)
        assert.deepEqual(blocks.map(b => hex(b.subarray(0, 8))), example.segment0_block_first8_hex)
        assert.deepEqual(blocks.map(b => hex(taggedHash(Tag.BLOCK, b))), example.segment0_block_hashes_hex)
      })
    }
  }
})

void describe('zfec encoding matrix', () => {
  for (const [k, n] of [[1, 3], [2, 3], [3, 10], [7, 20], [71, 255], [101, 256], [255, 256]] as const) {
    void it(`${k}-of-${n} equals the Lagrange construction`, () => {
      // Piece j is the unit vector e_j, so byte j of block r is ENC[r][j].
      const pieces = Array.from({ length: k }, (_, j) => {
        const piece = new Uint8Array(k)
        piece[j] = 1
        return piece
      })
      const points = Array.from({ length: k }, (_, i) => point(i))
      for (const kernel of kernels) {
        const blocks = ErasureCodec.create(k, n, { kernel }).encode(pieces)
        assert.equal(blocks.length, n)
        for (let r = 0; r < n; r++) {
          const expected = r < k ? pieces[r] : Uint8Array.from(lagrangeRow(k, r, points))
          assert.deepEqual(blocks[r], expected, `row ${r} of ${k}-of-${n}, ${kernel} kernel`)
        }
      }
    })
  }
})

// --- Properties ---

void describe('zfec round trips', () => {
  void it('decodes every random k-subset back to the pieces, with both kernels agreeing', (t: TestContext) => {
    t.diagnostic(`seed ${SEED} (set ZFEC_TEST_SEED to repeat)`)
    const shapes: Array<[number, number]> = [...EDGE_SHAPES]
    for (let i = 0; i < 12; i++) {
      const n = 1 + random(256)
      shapes.push([1 + random(n), n])
    }
    for (const [k, n] of shapes) {
      const length = k > 64 ? LENGTHS[random(5)] as number : LENGTHS[random(LENGTHS.length)] as number
      const pieces = randomPieces(k, length)
      const encoded = kernels.map(kernel => ErasureCodec.create(k, n, { kernel }).encode(pieces))
      const [first, ...others] = encoded
      assert.ok(first !== undefined)
      assert.equal(first.length, n)
      first.forEach(block => assert.equal(block.length, length))
      for (let i = 0; i < k; i++) assert.equal(first[i], pieces[i], 'primary blocks are the pieces')
      for (const other of others) assert.deepEqual(other, first, `kernels disagree encoding ${k}-of-${n}, ${length} bytes`)

      for (let trial = 0; trial < 3; trial++) {
        const numbers = randomSubset(k, n)
        const blocks = numbers.map(num => first[num] as Uint8Array)
        for (const kernel of kernels) {
          const decoded = ErasureCodec.create(k, n, { kernel }).decode(blocks, numbers)
          assert.deepEqual(decoded, pieces, `${kernel} decode of ${k}-of-${n} from [${numbers.join(',')}], ${length} bytes`)
        }
      }
    }
  })

  void it('decodes from parity blocks only, across strips of a long input', () => {
    const pieces = randomPieces(3, 300_001)
    const codecs = kernels.map(kernel => ErasureCodec.create(3, 10, { kernel }))
    const blocks = (codecs[0] as ErasureCodec).encode(pieces)
    for (const codec of codecs) {
      assert.deepEqual(codec.encode(pieces), blocks)
      assert.deepEqual(codec.decode([blocks[9], blocks[4], blocks[6]] as Uint8Array[], [9, 4, 6]), pieces)
    }
  })

  void it('returns primary blocks as they are and prefers them when given more than k', () => {
    const codec = ErasureCodec.create(2, 5)
    const pieces = randomPieces(2, 40)
    const blocks = codec.encode(pieces)
    const byPrimaries = codec.decode([blocks[1], blocks[0]] as Uint8Array[], [1, 0])
    assert.equal(byPrimaries[0], blocks[0])
    assert.equal(byPrimaries[1], blocks[1])
    // A corrupt block 4 given beyond k: primaries come first, then parity in
    // the order given, so it is never used here.
    const corrupt = new Uint8Array(40).fill(0xaa)
    assert.deepEqual(codec.decode([corrupt, blocks[1], blocks[0]] as Uint8Array[], [4, 1, 0]), pieces)
    const mixed = codec.decode([blocks[3], corrupt, blocks[1]] as Uint8Array[], [3, 4, 1])
    assert.deepEqual(mixed, pieces)
    assert.equal(mixed[1], blocks[1])
  })

  void it('gives the same bytes from a codec made again (cached matrices) and from Buffer inputs', () => {
    const pieces = randomPieces(4, 77)
    const a = ErasureCodec.create(4, 9).encode(pieces)
    const b = ErasureCodec.create(4, 9).encode(pieces.map(p => Buffer.from(p)))
    assert.deepEqual(b.map(hex), a.map(hex))
  })

  void it('defaults to the wasm kernel where SIMD is available', () => {
    assert.equal(ErasureCodec.create(3, 10).kernel, wasmSimdAvailable() ? 'wasm' : 'ts')
  })
})

// --- Errors ---

void describe('zfec errors', () => {
  void it('rejects bad parameters', () => {
    const bad: Array<[unknown, unknown]> = [[0, 1], [1, 0], [2, 1], [1, 257], [257, 257], [1.5, 3], [3, Number.NaN], ['3', 10], [3, Infinity], [-1, 3]]
    for (const [k, n] of bad) {
      assert.throws(() => ErasureCodec.create(k as number, n as number), ErasureCodeParameterError, `k=${String(k)} n=${String(n)}`)
    }
    assert.throws(() => ErasureCodec.create(3, 10, { kernel: 'gpu' as ZfecKernel }), ErasureCodeParameterError)
    const err = (() => { try { ErasureCodec.create(0, 3) } catch (e: unknown) { return e } })()
    assert.ok(err instanceof ErasureCodeParameterError)
    assert.equal(err.code, 'ERR_PARAMETER')
    assert.equal(err.name, 'ErasureCodeParameterError')
    assert.match(err.message, /k must be an integer from 1 to 256/)
  })

  void it('rejects bad pieces', () => {
    const codec = ErasureCodec.create(3, 5)
    const piece = new Uint8Array(8)
    assert.throws(() => codec.encode([piece, piece]), ErasureCodeInputError)
    assert.throws(() => codec.encode([piece, piece, piece, piece]), ErasureCodeInputError)
    assert.throws(() => codec.encode([piece, piece, new Uint8Array(9)]), /equal lengths: piece 2 has 9 bytes/)
    assert.throws(() => codec.encode([piece, piece, [1, 2] as unknown as Uint8Array]), ErasureCodeInputError)
    assert.throws(() => codec.encode(undefined as unknown as Uint8Array[]), ErasureCodeInputError)
  })

  void it('rejects bad blocks and block numbers', () => {
    const codec = ErasureCodec.create(3, 5)
    const blocks = codec.encode(randomPieces(3, 8))
    const three = blocks.slice(2)
    assert.throws(() => codec.decode(three, [2, 3, 3]), /block number 3 is given twice/)
    assert.throws(() => codec.decode(three, [2, 3, 5]), /outside 0\.\.4/)
    assert.throws(() => codec.decode(three, [-1, 3, 4]), ErasureCodeInputError)
    assert.throws(() => codec.decode(three, [2.5, 3, 4]), ErasureCodeInputError)
    assert.throws(() => codec.decode(three.slice(1), [3, 4]), /needs k=3 blocks, got 2/)
    assert.throws(() => codec.decode(three, [2, 3]), /as many block numbers as blocks/)
    assert.throws(() => codec.decode([three[0], three[1], new Uint8Array(7)] as Uint8Array[], [2, 3, 4]), /equal lengths/)
    for (const kernel of kernels) {
      assert.throws(() => ErasureCodec.create(3, 5, { kernel }).decode([], []), ErasureCodeInputError)
    }
  })
})

// --- Cross-check against the real zfec ---

/** A Python that can `import zfec`, or why there is none. */
function findZfecPython (): { python?: string, reason: string } {
  const reasons: string[] = []
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import zfec'], { encoding: 'utf8' })
    if (probe.status === 0) return { python, reason: '' }
    reasons.push(`${python}: ${probe.error?.message ?? probe.stderr.trim().split('\n').pop() ?? 'failed'}`)
  }
  return { reason: reasons.join('; ') }
}

const ZFEC_SCRIPT = `
import json, sys, zfec
out = []
for case in json.load(sys.stdin):
    pieces = [bytes.fromhex(p) for p in case['pieces']]
    out.append([b.hex() for b in zfec.Encoder(case['k'], case['n']).encode(pieces)])
json.dump(out, sys.stdout)
`

void describe('zfec cross-check with python3-zfec', () => {
  void it('encodes exactly as zfec does', (t: TestContext) => {
    const { python, reason } = findZfecPython()
    if (python === undefined) {
      t.skip(`python3-zfec not installed: ${reason}`)
      return
    }
    t.diagnostic(`using ${python}, seed ${SEED}`)
    const shapes: Array<[number, number]> = [...EDGE_SHAPES, [71, 255], [17, 200]]
    for (let i = 0; i < 6; i++) {
      const n = 1 + random(256)
      shapes.push([1 + random(n), n])
    }
    const cases = shapes.map(([k, n]) => ({ k, n, pieces: randomPieces(k, k > 64 ? 23 : 1 + random(300)) }))
    const run = spawnSync(python, ['-c', ZFEC_SCRIPT], {
      input: JSON.stringify(cases.map(c => ({ k: c.k, n: c.n, pieces: c.pieces.map(hex) }))),
      encoding: 'utf8',
      maxBuffer: 64 << 20
    })
    assert.equal(run.status, 0, run.stderr)
    const expected = JSON.parse(run.stdout) as string[][]
    cases.forEach((c, i) => {
      for (const kernel of kernels) {
        const blocks = ErasureCodec.create(c.k, c.n, { kernel }).encode(c.pieces).map(hex)
        assert.deepEqual(blocks, expected[i], `${c.k}-of-${c.n}, ${kernel} kernel`)
      }
    })
  })
})
