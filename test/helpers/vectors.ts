/** Loads Tahoe's published test vectors from test/fixtures. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url))

export interface TahoeVector {
  convergence: string
  expected: string
  format: { kind: 'chk' | 'ssk', params: null | { format: 'sdmf' | 'mdmf', key: string } }
  sample: { seed: string, length: number }
  zfec: { required: number, total: number, segmentSize: number }
}

export function loadTahoeVectors (): TahoeVector[] {
  const doc = parse(readFileSync(FIXTURES + 'test_vectors.yaml', 'utf8')) as { vector: TahoeVector[] }
  return doc.vector
}

export function loadJsonFixture<T> (name: string): T {
  return JSON.parse(readFileSync(FIXTURES + name, 'utf8')) as T
}

/** A vector's plaintext: the seed repeated and cut to `length` bytes. */
export function samplePlaintext (sample: { seed: string, length: number }): Uint8Array {
  const seed = Buffer.from(sample.seed, 'base64')
  const out = Buffer.allocUnsafe(sample.length)
  for (let filled = 0; filled < out.length; filled += seed.length) seed.copy(out, filled, 0, Math.min(seed.length, out.length - filled))
  return out
}
