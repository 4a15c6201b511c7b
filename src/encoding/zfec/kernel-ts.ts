/**
 * The portable multiply-accumulate kernel: plain TypeScript over the full
 * GF(2^8) multiplication table, one 256-byte table row per coefficient. It
 * gives the same bytes as the WebAssembly kernel and serves where
 * WebAssembly SIMD is missing.
 */
import { gfMulRow } from './gf.js'

/**
 * Bytes of each stream handled per pass: the output strip and the input
 * strips stay in L1 while every coefficient of the matrix is applied.
 */
const STRIP = 4096

/**
 * `outputs[r] = XOR_j coefficients[r*k + j] * inputs[j]` for every row r of
 * the rows x k matrix, over the first `length` bytes of each input.
 */
export function combineTs (coefficients: Uint8Array, rows: number, k: number, inputs: readonly Uint8Array[], length: number, into?: readonly Uint8Array[]): Uint8Array[] {
  // The first fold of each row stores rather than xors, so reused outputs need no clearing.
  const outputs: Uint8Array[] = into !== undefined ? [...into] : []
  for (let r = outputs.length; r < rows; r++) outputs.push(new Uint8Array(length))
  const tables = Array.from(coefficients, gfMulRow)
  for (let start = 0; start < length; start += STRIP) {
    const end = Math.min(start + STRIP, length)
    for (let r = 0; r < rows; r++) {
      const out = outputs[r] as Uint8Array
      // Inputs are folded in up to three at a time: fewer passes over the
      // output, and the first pass stores instead of reading it back.
      for (let j = 0; j < k; j += 3) {
        const t = r * k + j
        const first = j === 0
        if (k - j >= 3) {
          fold3(out, tables[t]!, tables[t + 1]!, tables[t + 2]!, inputs[j]!, inputs[j + 1]!, inputs[j + 2]!, start, end, first)
        } else if (k - j === 2) {
          fold2(out, tables[t]!, tables[t + 1]!, inputs[j]!, inputs[j + 1]!, start, end, first)
        } else {
          fold1(out, tables[t]!, inputs[j]!, start, end, first)
        }
      }
    }
  }
  return outputs
}

// Each foldN writes (first) or xors into out[start..end) the products of N
// inputs with their coefficients' table rows t0..tN-1.

function fold3 (out: Uint8Array, t0: Uint8Array, t1: Uint8Array, t2: Uint8Array,
  a: Uint8Array, b: Uint8Array, c: Uint8Array, start: number, end: number, first: boolean): void {
  if (first) for (let i = start; i < end; i++) out[i] = t0[a[i]!]! ^ t1[b[i]!]! ^ t2[c[i]!]!
  else for (let i = start; i < end; i++) out[i]! ^= t0[a[i]!]! ^ t1[b[i]!]! ^ t2[c[i]!]!
}

function fold2 (out: Uint8Array, t0: Uint8Array, t1: Uint8Array,
  a: Uint8Array, b: Uint8Array, start: number, end: number, first: boolean): void {
  if (first) for (let i = start; i < end; i++) out[i] = t0[a[i]!]! ^ t1[b[i]!]!
  else for (let i = start; i < end; i++) out[i]! ^= t0[a[i]!]! ^ t1[b[i]!]!
}

function fold1 (out: Uint8Array, t0: Uint8Array, a: Uint8Array, start: number, end: number, first: boolean): void {
  if (first) for (let i = start; i < end; i++) out[i] = t0[a[i]!]!
  else for (let i = start; i < end; i++) out[i]! ^= t0[a[i]!]!
}
