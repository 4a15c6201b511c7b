/**
 * The coefficient matrices of zfec's systematic Reed-Solomon code (spec
 * section b). Matrices are flat, row-major `Uint8Array`s over GF(2^8).
 */
import { GF_MUL, GF_SIZE, gfInverse, gfPow2 } from './gf.js'

/**
 * The n x k Vandermonde matrix whose row r evaluates a polynomial of degree
 * < k at zfec's r-th point: 0 for row 0 (with 0^0 = 1), then 2^(r-1).
 */
export function vandermonde (k: number, n: number): Uint8Array {
  const v = new Uint8Array(n * k)
  v[0] = 1
  for (let r = 1; r < n; r++) {
    for (let c = 0; c < k; c++) v[r * k + c] = gfPow2((r - 1) * c)
  }
  return v
}

/** `row[dst] ^= factor * row[src]` over the `size` columns of a square matrix. */
function addScaledRow (m: Uint8Array, size: number, dst: number, src: number, factor: number): void {
  const base = factor * GF_SIZE
  const d = dst * size
  const s = src * size
  for (let c = 0; c < size; c++) m[d + c] = (m[d + c] ?? 0) ^ (GF_MUL[base + (m[s + c] ?? 0)] ?? 0)
}

/**
 * The inverse of a square `size` x `size` matrix by Gauss-Jordan elimination.
 * The input is left untouched. Throws a RangeError when it is singular, which
 * for zfec's matrices means a caller bug (repeated evaluation points).
 */
export function invert (matrix: Uint8Array, size: number): Uint8Array {
  const m = matrix.slice()
  const inv = new Uint8Array(size * size)
  for (let i = 0; i < size; i++) inv[i * size + i] = 1
  for (let col = 0; col < size; col++) {
    let pivot = col
    while (pivot < size && m[pivot * size + col] === 0) pivot++
    if (pivot === size) throw new RangeError('matrix is singular')
    if (pivot !== col) {
      swapRows(m, size, pivot, col)
      swapRows(inv, size, pivot, col)
    }
    const scale = gfInverse(m[col * size + col] ?? 0)
    if (scale !== 1) {
      scaleRow(m, size, col, scale)
      scaleRow(inv, size, col, scale)
    }
    for (let r = 0; r < size; r++) {
      const factor = r === col ? 0 : (m[r * size + col] ?? 0)
      if (factor === 0) continue
      addScaledRow(m, size, r, col, factor)
      addScaledRow(inv, size, r, col, factor)
    }
  }
  return inv
}

function swapRows (m: Uint8Array, size: number, a: number, b: number): void {
  const rowA = m.slice(a * size, (a + 1) * size)
  m.copyWithin(a * size, b * size, (b + 1) * size)
  m.set(rowA, b * size)
}

function scaleRow (m: Uint8Array, size: number, r: number, factor: number): void {
  const base = factor * GF_SIZE
  for (let c = r * size; c < (r + 1) * size; c++) m[c] = GF_MUL[base + (m[c] ?? 0)] ?? 0
}

/** `a` (rows x inner) times `b` (inner x cols). */
export function multiply (a: Uint8Array, b: Uint8Array, rows: number, inner: number, cols: number): Uint8Array {
  const out = new Uint8Array(rows * cols)
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < inner; i++) {
      const factor = a[r * inner + i] ?? 0
      if (factor === 0) continue
      const base = factor * GF_SIZE
      for (let c = 0; c < cols; c++) {
        out[r * cols + c] = (out[r * cols + c] ?? 0) ^ (GF_MUL[base + (b[i * cols + c] ?? 0)] ?? 0)
      }
    }
  }
  return out
}

/**
 * The parity rows k..n-1 of zfec's systematic encoding matrix
 * `ENC = V * inverse(V[0..k-1])`, as an (n-k) x k matrix. Rows 0..k-1 of ENC
 * are the identity and are not stored.
 */
export function parityMatrix (k: number, n: number): Uint8Array {
  if (n === k) return new Uint8Array(0)
  const v = vandermonde(k, n)
  const topInverse = invert(v.subarray(0, k * k), k)
  return multiply(v.subarray(k * k), topInverse, n - k, k, k)
}

/** How to rebuild the pieces that are missing from a set of k blocks. */
export interface DecodePlan {
  /** Piece numbers that no received block carries, ascending. */
  readonly missing: number[]
  /**
   * A missing.length x k matrix: row i gives piece `missing[i]` as a
   * combination of the received blocks, in the order they were given.
   */
  readonly rows: Uint8Array
}

/**
 * Builds the k x k matrix of the received blocks' ENC rows (an identity row
 * for a primary block), inverts it, and keeps the rows of missing pieces.
 * `blockNumbers` must be k distinct numbers in 0..n-1.
 */
export function decodePlan (k: number, parity: Uint8Array, blockNumbers: readonly number[]): DecodePlan {
  const received = new Set(blockNumbers)
  const missing: number[] = []
  for (let i = 0; i < k; i++) if (!received.has(i)) missing.push(i)
  if (missing.length === 0) return { missing, rows: new Uint8Array(0) }
  const m = new Uint8Array(k * k)
  blockNumbers.forEach((num, i) => {
    if (num < k) m[i * k + num] = 1
    else m.set(parity.subarray((num - k) * k, (num - k + 1) * k), i * k)
  })
  const inv = invert(m, k)
  const rows = new Uint8Array(missing.length * k)
  missing.forEach((piece, i) => rows.set(inv.subarray(piece * k, (piece + 1) * k), i * k))
  return { missing, rows }
}
