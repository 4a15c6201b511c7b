/**
 * Netstrings: `<decimal length>:<bytes>,`. Tahoe builds its tagged hashes,
 * UEBs and directory entries from them.
 */
import { FormatError } from '../errors.js'

const encoder = new TextEncoder()

export class NetstringError extends FormatError {}

export function netstring (value: Uint8Array | string): Uint8Array {
  const bytes = typeof value === 'string' ? encoder.encode(value) : value
  const prefix = encoder.encode(`${bytes.length}:`)
  const out = new Uint8Array(prefix.length + bytes.length + 1)
  out.set(prefix, 0)
  out.set(bytes, prefix.length)
  out[out.length - 1] = 0x2c // ','
  return out
}

/**
 * `netstring(netstring(a) || netstring(b) || ...)` built in one buffer, with
 * strings as UTF-8: a directory entry is four fields in one netstring, and a
 * directory is packed whole on every change.
 */
export function netstringOfNetstrings (values: ReadonlyArray<Uint8Array | string>): Uint8Array {
  const parts = values.map(value => typeof value === 'string' ? Buffer.from(value, 'utf8') : value)
  const headers = parts.map(part => `${part.length}:`)
  let inner = 0
  parts.forEach((part, i) => { inner += (headers[i] as string).length + part.length + 1 })
  const outerHeader = `${inner}:`
  const out = new Uint8Array(outerHeader.length + inner + 1)
  let at = writeAscii(out, outerHeader, 0)
  parts.forEach((part, i) => {
    at = writeAscii(out, headers[i] as string, at)
    out.set(part, at)
    at += part.length
    out[at++] = 0x2c // ','
  })
  out[at] = 0x2c
  return out
}

function writeAscii (out: Uint8Array, text: string, at: number): number {
  for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i)
  return at + text.length
}

/** Longest decimal length prefix accepted; 15 digits is far beyond any real field. */
const MAX_LENGTH_DIGITS = 15

/**
 * Reads one netstring starting at `offset`. Returns its value (a view into
 * `data`) and the offset just past its trailing comma.
 */
export function readNetstring (data: Uint8Array, offset = 0): { value: Uint8Array, next: number } {
  let position = offset
  let length = 0
  let digits = 0
  while (position < data.length && data[position] !== 0x3a /* ':' */) {
    const byte = data[position] ?? 0
    if (byte < 0x30 || byte > 0x39) throw new NetstringError(`netstring at offset ${offset}: length has a non-digit byte`)
    if (digits === 1 && length === 0) throw new NetstringError(`netstring at offset ${offset}: length has a leading zero`)
    if (++digits > MAX_LENGTH_DIGITS) throw new NetstringError(`netstring at offset ${offset}: length is too long`)
    length = length * 10 + (byte - 0x30)
    position++
  }
  if (position >= data.length) throw new NetstringError(`netstring at offset ${offset}: no ':' after the length`)
  if (digits === 0) throw new NetstringError(`netstring at offset ${offset}: empty length`)
  const start = position + 1
  const end = start + length
  if (end + 1 > data.length) {
    throw new NetstringError(`netstring at offset ${offset}: declares ${length} bytes but only ${Math.max(0, data.length - start - 1)} follow`)
  }
  if (data[end] !== 0x2c) throw new NetstringError(`netstring at offset ${offset}: missing trailing ','`)
  return { value: data.subarray(start, end), next: end + 1 }
}

/** Splits `data` into a sequence of netstrings that must cover it exactly. */
export function splitNetstrings (data: Uint8Array): Uint8Array[] {
  const values: Uint8Array[] = []
  let offset = 0
  while (offset < data.length) {
    const { value, next } = readNetstring(data, offset)
    values.push(value)
    offset = next
  }
  return values
}
