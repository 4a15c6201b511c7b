/**
 * Arithmetic in GF(2^8) exactly as zfec defines it (spec section b): the
 * field is built from x^8 + x^4 + x^3 + x^2 + 1 (0x11D) with generator 2.
 * Every table is computed once, when this module is first imported.
 */

/** The primitive polynomial, including the x^8 term. */
export const GF_POLYNOMIAL = 0x11d
/** Number of field elements. */
export const GF_SIZE = 256
/** Order of the multiplicative group. */
const GROUP_ORDER = GF_SIZE - 1

/**
 * `GF_EXP[i] = 2^i` for i in 0..509: doubled in length so that the sum of
 * two logarithms indexes it without a modulo.
 */
export const GF_EXP = new Uint8Array(2 * GROUP_ORDER)
/** `GF_LOG[a]` for a != 0; `GF_LOG[0]` is unused (zero has no logarithm). */
export const GF_LOG = new Uint8Array(GF_SIZE)
/**
 * The full multiplication table: `GF_MUL[a * 256 + b] = a * b`. Row `a`
 * (256 bytes) is what the TypeScript kernel uses for one coefficient.
 */
export const GF_MUL = new Uint8Array(GF_SIZE * GF_SIZE)

{
  let x = 1
  for (let i = 0; i < GROUP_ORDER; i++) {
    GF_EXP[i] = x
    GF_EXP[i + GROUP_ORDER] = x
    GF_LOG[x] = i
    x <<= 1
    if ((x & GF_SIZE) !== 0) x ^= GF_POLYNOMIAL
  }
  for (let a = 1; a < GF_SIZE; a++) {
    const logA = GF_LOG[a] ?? 0
    for (let b = 1; b < GF_SIZE; b++) {
      GF_MUL[a * GF_SIZE + b] = GF_EXP[logA + (GF_LOG[b] ?? 0)] ?? 0
    }
  }
}

export function gfMul (a: number, b: number): number {
  return GF_MUL[(a << 8) | b] ?? 0
}

/** `2^e` for any integer e >= 0. */
export function gfPow2 (e: number): number {
  return GF_EXP[e % GROUP_ORDER] ?? 0
}

/** The multiplicative inverse of a non-zero element. */
export function gfInverse (a: number): number {
  if (a === 0) throw new RangeError('zero has no inverse in GF(2^8)')
  return GF_EXP[GROUP_ORDER - (GF_LOG[a] ?? 0)] ?? 0
}

/** The 256-byte row of the multiplication table for coefficient `c`. */
export function gfMulRow (c: number): Uint8Array {
  return GF_MUL.subarray(c * GF_SIZE, (c + 1) * GF_SIZE)
}
