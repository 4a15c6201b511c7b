/**
 * Tahoe's integer helpers (spec 0.5), for non-negative safe integers.
 * Callers validate their inputs; these only do the arithmetic.
 */

/** `ceil(n / d)` for n >= 0, d >= 1. */
export function divCeil (n: number, d: number): number {
  // (n - n % d) / d is exact for every safe integer, unlike (n + d - 1) / d.
  const remainder = n % d
  return (n - remainder) / d + (remainder === 0 ? 0 : 1)
}

/** The smallest multiple of `k` that is >= n. */
export function nextMultiple (n: number, k: number): number {
  return divCeil(n, k) * k
}

/** The smallest power of two >= n; 1 for n <= 1. */
export function nextPowerOfTwo (n: number): number {
  let power = 1
  while (power < n) power *= 2
  return power
}

/** floor(log2(n)) for n >= 1; exact for any safe integer (no floating-point log). */
export function log2Floor (n: number): number {
  let bits = 0
  let rest = n
  while (rest >= 2) {
    rest = Math.floor(rest / 2)
    bits++
  }
  return bits
}
