/**
 * Caps of every kind built from fixed bytes, and a hand-rolled directory
 * entry writer that follows spec g.1 without using src/fs, so that tests
 * can craft bodies the packer would refuse to write.
 */
import { createCipheriv, createHash } from 'node:crypto'
import { formatCap, parseCap, readCap, verifyCap, type Cap } from '../../src/encoding/caps.js'

const encoder = new TextEncoder()

export function bytes (length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 17 + 7) & 0xff)
}

export function concatBytes (...parts: Array<Uint8Array | string>): Uint8Array {
  const encoded = parts.map(part => typeof part === 'string' ? encoder.encode(part) : part)
  const out = new Uint8Array(encoded.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of encoded) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** `len:bytes,` written out by hand. */
export function ns (value: Uint8Array | string): Uint8Array {
  const data = typeof value === 'string' ? encoder.encode(value) : value
  return concatBytes(`${data.length}:`, data, ',')
}

/** One raw directory entry: netstring of the four netstrings. */
export function rawEntry (name: Uint8Array | string, ro: Uint8Array | string, rwcapdata: Uint8Array, metadata: Uint8Array | string): Uint8Array {
  return ns(concatBytes(ns(name), ns(ro), ns(rwcapdata), ns(metadata)))
}

const sha256 = (...parts: Uint8Array[]): Uint8Array => {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest()
}

/** Tahoe's tagged hash: SHA256d(netstring(tag) || value). */
function taggedHash (tag: string, value: Uint8Array): Uint8Array {
  return sha256(sha256(ns(tag), value))
}

/** Spec g.1's rwcapdata, computed from the tags and constructions the spec names. */
export function expectedRwcapdata (writekey: Uint8Array, rwcap: string): Uint8Array {
  const cap = encoder.encode(rwcap)
  const salt = taggedHash('allmydata_dirnode_child_rwcap_to_salt_v1', cap).subarray(0, 16)
  const key = sha256(sha256(ns('allmydata_mutable_writekey_and_salt_to_dirnode_child_capkey_v1'), ns(salt), ns(writekey))).subarray(0, 16)
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16))
  const ciphertext = concatBytes(cipher.update(cap), cipher.final())
  // Tahoe's hmac: the 16-byte key XORed with the pads, without padding the key to a block.
  const inner = sha256(key.map(b => b ^ 0x36), salt, ciphertext)
  const mac = sha256(key.map(b => b ^ 0x5c), inner)
  return concatBytes(salt, ciphertext, mac)
}

const chkFile = { kind: 'chk', key: bytes(16, 1), uebHash: bytes(32, 2), k: 3, n: 10, size: 123456 } as const

export const CAPS = {
  chk: formatCap(chkFile),
  lit: formatCap({ kind: 'lit', data: encoder.encode('hello, world') }),
  ssk: formatCap({ kind: 'ssk', writekey: bytes(16, 3), fingerprint: bytes(32, 4) }),
  mdmf: formatCap({ kind: 'mdmf', writekey: bytes(16, 5), fingerprint: bytes(32, 6) }),
  dir2: formatCap({ kind: 'dir2', file: { kind: 'ssk', writekey: bytes(16, 7), fingerprint: bytes(32, 8) } }),
  dirChk: formatCap({ kind: 'dir2-chk', file: { ...chkFile, key: bytes(16, 9) } }),
  dirLit: formatCap({ kind: 'dir2-lit', file: { kind: 'lit', data: encoder.encode('') } })
}

export function readOf (cap: string): string {
  return formatCap(readCap(parseCap(cap) as Exclude<Cap, { kind: 'unknown' }>))
}

export function verifyOf (cap: string): string | undefined {
  const verify = verifyCap(parseCap(cap))
  return verify === undefined ? undefined : formatCap(verify)
}

/** RFC 4648 base32 (upper case, padded), as Python's b32decode reads it. */
export function rfcBase32Decode (text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const out: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of text.replace(/=+$/, '')) {
    const value = alphabet.indexOf(char)
    if (value < 0) throw new Error('not RFC 4648 base32')
    buffer = ((buffer << 5) | value) & 0x1fff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      out.push((buffer >> bits) & 0xff)
    }
  }
  return Uint8Array.from(out)
}
