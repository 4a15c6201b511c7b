/**
 * Erasure-code throughput for Tahoe's default shape: 3-of-10 with 1 MiB
 * segments (pieces of 349,526 bytes). Measures encoding with each kernel,
 * decoding from parity blocks only, and, where python3-zfec is installed,
 * zfec itself on the same shapes. MB/s counts input (plaintext) bytes, 1 MB =
 * 10^6 bytes. Run standalone to print a table:
 *   node dist/scripts/bench/erasure.js [megabytes]
 */
import { spawnSync } from 'node:child_process'
import { randomFillSync } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { ErasureCodec, wasmSimdAvailable, type ZfecKernel } from '../../src/encoding/zfec/index.js'

const K = 3
const N = 10
const SEGMENT = 1 << 20
const PIECE = Math.ceil(SEGMENT / K)
/** Parity blocks only, so decoding must rebuild every piece. */
const DECODE_FROM = [4, 7, 9]
const MIN_MEGABYTES = 64
const ZFEC_PYTHON = '/usr/bin/python3'
/** Segments coded before timing starts, so the wasm kernel has been optimized. */
const WARM_UP = 8
/** Each rate is the best of this many passes over the input, to see past other load on the machine. */
const ROUNDS = 3

export interface BenchResult { name: string, mbPerSecond: number }

function rate (bytes: number, milliseconds: number): number {
  return bytes / 1e6 / (milliseconds / 1000)
}

/** The input cut into segments, each padded to a multiple of k and split into k pieces. */
function makeSegments (count: number): Uint8Array[][] {
  return Array.from({ length: count }, () => {
    const segment = new Uint8Array(PIECE * K)
    randomFillSync(segment.subarray(0, SEGMENT))
    return Array.from({ length: K }, (_, i) => segment.subarray(i * PIECE, (i + 1) * PIECE))
  })
}

/** The best rate of `ROUNDS` passes of `work` over every item, after a warm-up. */
function bestRate<T> (items: T[], work: (item: T) => void): number {
  for (const item of items.slice(0, WARM_UP)) work(item)
  let best = 0
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    for (const item of items) work(item)
    best = Math.max(best, rate(items.length * SEGMENT, performance.now() - start))
  }
  return best
}

function timeEncode (kernel: ZfecKernel, segments: Uint8Array[][]): number {
  const codec = ErasureCodec.create(K, N, { kernel })
  return bestRate(segments, pieces => { codec.encode(pieces) })
}

function timeDecode (kernel: ZfecKernel, blockSets: Uint8Array[][]): number {
  const codec = ErasureCodec.create(K, N, { kernel })
  return bestRate(blockSets, blocks => { codec.decode(blocks, DECODE_FROM) })
}

const ZFEC_SCRIPT = `
import os, sys, time, zfec
count, k, n, piece, segment, warm_up, rounds = (int(a) for a in sys.argv[1:8])
encoder = zfec.Encoder(k, n)
segments = [[os.urandom(piece) for _ in range(k)] for _ in range(count)]
for pieces in segments[:warm_up]:
    encoder.encode(pieces)
best = 0
for _ in range(rounds):
    start = time.perf_counter()
    for pieces in segments:
        encoder.encode(pieces)
    best = max(best, count * segment / 1e6 / (time.perf_counter() - start))
print(best)
`

/** zfec's own encode rate on the same shapes, or undefined where it is not installed. */
function zfecEncodeRate (count: number): number | undefined {
  const run = spawnSync(ZFEC_PYTHON, ['-c', ZFEC_SCRIPT, String(count), String(K), String(N), String(PIECE), String(SEGMENT), String(WARM_UP), String(ROUNDS)], { encoding: 'utf8' })
  if (run.status !== 0) return undefined
  const value = Number(run.stdout.trim())
  return Number.isFinite(value) ? value : undefined
}

export async function benchErasure (opts: { megabytes: number }): Promise<BenchResult[]> {
  const count = Math.max(MIN_MEGABYTES, Math.ceil(opts.megabytes))
  const segments = makeSegments(count)
  const results: BenchResult[] = []
  const kernels: ZfecKernel[] = wasmSimdAvailable() ? ['ts', 'wasm'] : ['ts']
  for (const kernel of kernels) {
    results.push({ name: `encode 3-of-10, ${kernel} kernel`, mbPerSecond: timeEncode(kernel, segments) })
  }
  const encoder = ErasureCodec.create(K, N)
  const blockSets = segments.map(pieces => {
    const blocks = encoder.encode(pieces)
    return DECODE_FROM.map(num => blocks[num] as Uint8Array)
  })
  for (const kernel of kernels) {
    results.push({ name: `decode 3-of-10 from parity [${DECODE_FROM.join(',')}], ${kernel} kernel`, mbPerSecond: timeDecode(kernel, blockSets) })
  }
  const zfec = zfecEncodeRate(count)
  if (zfec !== undefined) {
    results.push({ name: 'encode 3-of-10, python3-zfec', mbPerSecond: zfec })
    const wasm = results.find(r => r.name.endsWith('wasm kernel') && r.name.startsWith('encode'))
    if (wasm !== undefined) results.push({ name: 'encode ratio wasm / zfec (x, not MB/s)', mbPerSecond: wasm.mbPerSecond / zfec })
  }
  return await Promise.resolve(results)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const megabytes = Number(process.argv[2] ?? MIN_MEGABYTES)
  const results = await benchErasure({ megabytes })
  const width = Math.max(...results.map(r => r.name.length))
  console.log(`erasure code, ${Math.max(MIN_MEGABYTES, Math.ceil(megabytes))} MiB of input, 1 MiB segments`)
  for (const { name, mbPerSecond } of results) console.log(`${name.padEnd(width)}  ${mbPerSecond.toFixed(name.includes('ratio') ? 2 : 0).padStart(8)}`)
}
