/**
 * Sizes as Tahoe-LAFS writes them in its configuration (`reserved_space`,
 * `--reserved-space`): a decimal number with an optional k/M/G suffix,
 * decimal by default and binary with `i` (`1G`, `100MB`, `1GiB`, `512kB`).
 * The grammar is Tahoe's `parse_abbreviated_size`, including its quirks
 * (the suffix letter is case-insensitive, the `i` must be lower case).
 */
import { ParameterError } from '../errors.js'

const SIZE_PATTERN = /^(\d+)([kKmMgG]?[iB]?[bB]?)$/

const MULTIPLIERS: Record<string, number> = {
  '': 1,
  I: 1,
  K: 1000,
  M: 1000 ** 2,
  G: 1000 ** 3,
  KI: 1024,
  MI: 1024 ** 2,
  GI: 1024 ** 3
}

export class SizeError extends ParameterError {}

/** The number of bytes `text` stands for; throws SizeError when it is not a size. */
export function parseSize (text: string): number {
  const match = SIZE_PATTERN.exec(text)
  if (match === null) throw new SizeError(`not a size: ${JSON.stringify(text)} (try 0, 500M, 10G or 1GiB)`)
  const digits = match[1] ?? ''
  let suffix = (match[2] ?? '').toUpperCase()
  if (suffix.endsWith('B')) suffix = suffix.slice(0, -1)
  const multiplier = MULTIPLIERS[suffix]
  if (multiplier === undefined) throw new SizeError(`not a size: ${JSON.stringify(text)} (unknown unit)`)
  const size = Number(digits) * multiplier
  if (!Number.isSafeInteger(size)) throw new SizeError(`size too large: ${JSON.stringify(text)}`)
  return size
}

const UNITS: Array<[string, number]> = [['GiB', 1024 ** 3], ['G', 1000 ** 3], ['MiB', 1024 ** 2], ['M', 1000 ** 2], ['kiB', 1024], ['k', 1000]]

/** The shortest exact form of a size that parseSize reads back (`1G`, `1GiB`, `1500k`, `17`). */
export function formatSize (size: number): string {
  if (size === 0) return '0'
  for (const [unit, multiplier] of UNITS) {
    if (size % multiplier === 0) return `${size / multiplier}${unit}`
  }
  return String(size)
}
