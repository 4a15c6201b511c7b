/**
 * Tahoe-LAFS base32: the RFC 4648 alphabet in lower case, without padding.
 * Decoding is strict in the way Tahoe's `could_be_base32_encoded` is: only
 * lower-case alphabet characters, a length whose remainder mod 8 is one of
 * 0, 2, 4, 5 or 7, and zero bits in the unused tail of the last character.
 */
import { FormatError } from '../errors.js'

export const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'

const DECODE_TABLE = (() => {
  const table = new Int8Array(128).fill(-1)
  for (let i = 0; i < BASE32_ALPHABET.length; i++) table[BASE32_ALPHABET.charCodeAt(i)] = i
  return table
})()

/** Unused low bits in the final character, indexed by `length % 8` (-1: impossible length). */
const UNUSED_TAIL_BITS = [0, -1, 2, -1, 4, 1, -1, 3] as const

export class Base32Error extends FormatError {}

/** The number of characters that encode `byteLength` bytes. */
export function base32Length (byteLength: number): number {
  return Math.ceil(byteLength * 8 / 5)
}

export function base32Encode (bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += BASE32_ALPHABET[(buffer >>> bits) & 31]
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31]
  return out
}

/** Why `text` is not valid Tahoe base32, or undefined when it is. */
export function base32Problem (text: string): string | undefined {
  const unused = UNUSED_TAIL_BITS[text.length % 8] ?? -1
  if (unused < 0) return `a base32 string cannot have length ${text.length}`
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 128 || DECODE_TABLE[code] === -1) {
      return `character ${JSON.stringify(text[i])} at position ${i} is not in the base32 alphabet`
    }
  }
  if (text.length > 0 && unused > 0) {
    const last = DECODE_TABLE[text.charCodeAt(text.length - 1)] ?? 0
    if ((last & ((1 << unused) - 1)) !== 0) return 'the last base32 character has non-zero padding bits'
  }
  return undefined
}

export function isBase32 (text: string): boolean {
  return base32Problem(text) === undefined
}

export function base32Decode (text: string): Uint8Array {
  const problem = base32Problem(text)
  if (problem !== undefined) throw new Base32Error(problem)
  const out = new Uint8Array(Math.floor(text.length * 5 / 8))
  let buffer = 0
  let bits = 0
  let index = 0
  for (let i = 0; i < text.length; i++) {
    buffer = (buffer << 5) | (DECODE_TABLE[text.charCodeAt(i)] ?? 0)
    bits += 5
    if (bits >= 8) {
      bits -= 8
      out[index++] = (buffer >>> bits) & 0xff
      buffer &= (1 << bits) - 1
    }
  }
  return out
}
