/**
 * AES-128-CTR as Tahoe uses it: the counter block is one 128-bit big-endian
 * integer starting at zero, so the keystream can be entered at any byte
 * offset by starting the counter at `offset / 16` and skipping `offset % 16`.
 */
import { createCipheriv, type Cipher } from 'node:crypto'
import { ParameterError } from '../errors.js'

export const AES_KEY_SIZE = 16
const BLOCK = 16

function counterBlock (blockIndex: bigint): Buffer {
  const iv = Buffer.alloc(BLOCK)
  iv.writeBigUInt64BE(blockIndex >> 64n, 0)
  iv.writeBigUInt64BE(blockIndex & 0xffffffffffffffffn, 8)
  return iv
}

/**
 * A CTR keystream positioned at a byte offset. `update()` encrypts or
 * decrypts (the same operation) and advances the position.
 */
export class AesCtr {
  readonly #cipher: Cipher

  constructor (key: Uint8Array, offset: number | bigint = 0) {
    if (key.length !== AES_KEY_SIZE && key.length !== 32) {
      throw new ParameterError(`AES key must be 16 or 32 bytes, not ${key.length}`)
    }
    const position = BigInt(offset)
    if (position < 0n) throw new ParameterError('AES-CTR offset cannot be negative')
    this.#cipher = createCipheriv(key.length === 16 ? 'aes-128-ctr' : 'aes-256-ctr', key, counterBlock(position / 16n))
    const skip = Number(position % 16n)
    if (skip > 0) this.#cipher.update(Buffer.alloc(skip))
  }

  update (data: Uint8Array): Buffer {
    return this.#cipher.update(data)
  }
}

/** Encrypts or decrypts `data` that sits at `offset` in the keystream of `key`. */
export function aesCtr (key: Uint8Array, data: Uint8Array, offset: number | bigint = 0): Buffer {
  return new AesCtr(key, offset).update(data)
}
