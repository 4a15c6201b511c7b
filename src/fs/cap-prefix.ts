/**
 * Whether text starts with a cap: a check with no imports, for commands
 * that must start quickly (caps themselves, and the hashes they pull in,
 * take some 40 ms to load).
 */
const CAP_PREFIXES = ['URI:', 'ro.URI:', 'imm.URI:'] as const

/** Whether text starts with a cap (possibly marked `ro.` or `imm.`). */
export function hasCapPrefix (text: string): boolean {
  return CAP_PREFIXES.some(prefix => text.startsWith(prefix))
}
