/** Shared fixtures of the mutable-file tests: keys from Tahoe's vectors, deterministic salts. */
import { createHash } from 'node:crypto'
import { RsaPrivateKey } from '../../src/crypto/rsa.js'
import type { MutableFormat } from '../../src/encoding/mutable/index.js'
import { loadTahoeVectors } from './vectors.js'

export interface VectorKey {
  key: RsaPrivateKey
  /** The write cap Tahoe printed for this key. */
  expectedCap: string
}

/** The RSA keys of the first SDMF and the first MDMF entry of test_vectors.yaml. */
export function vectorKeys (): Record<MutableFormat, VectorKey> {
  const vectors = loadTahoeVectors()
  const pick = (format: MutableFormat): VectorKey => {
    const vector = vectors.find(v => v.format.params?.format === format)
    if (vector?.format.params == null) throw new Error(`no ${format} vector`)
    return { key: RsaPrivateKey.fromPem(vector.format.params.key), expectedCap: vector.expected }
  }
  return { sdmf: pick('sdmf'), mdmf: pick('mdmf') }
}

/** A reproducible randomBytes: SHA-256 of (seed, call number, block), and a record of what it returned. */
export function deterministicRandom (seed: string): { randomBytes: (size: number) => Uint8Array, drawn: Uint8Array[] } {
  const drawn: Uint8Array[] = []
  const randomBytes = (size: number): Uint8Array => {
    const out = new Uint8Array(size)
    for (let at = 0; at < size; at += 32) {
      out.set(createHash('sha256').update(`${seed}/${drawn.length}/${at}`).digest().subarray(0, size - at), at)
    }
    drawn.push(out)
    return out
  }
  return { randomBytes, drawn }
}

/** `size` bytes that differ from segment to segment and from block to block. */
export function plaintextOf (size: number): Uint8Array {
  const out = new Uint8Array(size)
  for (let i = 0; i < size; i++) out[i] = (i * 31 + (i >> 8) * 7 + (i >> 16)) & 0xff
  return out
}

/** A copy of `bytes` with the byte at `at` inverted. */
export function flipByte (bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes)
  copy[at] = (copy[at] ?? 0) ^ 0xff
  return copy
}
