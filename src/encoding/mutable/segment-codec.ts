/**
 * One segment of a mutable file through the cipher and the erasure code
 * (spec f.2, f.3): the segment is encrypted with AES-CTR from counter 0
 * under `datakey = H(salt, readkey)[:16]`, zero-padded to a multiple of k,
 * cut into k pieces and encoded into N blocks; and back.
 */
import { AesCtr } from '../../crypto/aes.js'
import { mutableDataKey } from '../../crypto/mutable-keys.js'
import { ParameterError } from '../../errors.js'
import { divCeil } from '../mathutil.js'
import type { ErasureCodec } from '../zfec/index.js'

/** Encrypts `plaintext` (one segment) under its salt and returns its N blocks, numbered by share. */
export function encryptAndEncodeSegment (codec: ErasureCodec, readkey: Uint8Array, salt: Uint8Array, plaintext: Uint8Array): Uint8Array[] {
  const blockSize = divCeil(plaintext.length, codec.k)
  // Zero-filled, so the padding past the ciphertext is already in place.
  const padded = new Uint8Array(blockSize * codec.k)
  padded.set(new AesCtr(mutableDataKey(salt, readkey)).update(plaintext))
  const pieces = Array.from({ length: codec.k }, (_, i) => padded.subarray(i * blockSize, (i + 1) * blockSize))
  return codec.encode(pieces)
}

/** One share's block of a segment, as given to the decoder. */
export interface NumberedBlock {
  shnum: number
  block: Uint8Array
}

/**
 * The plaintext of one segment from at least k distinct blocks of it (more
 * are fine; primary blocks are preferred). `plaintextSize` is the segment's
 * size before padding.
 */
export function decodeAndDecryptSegment (
  codec: ErasureCodec, readkey: Uint8Array, salt: Uint8Array, blocks: readonly NumberedBlock[], plaintextSize: number
): Uint8Array {
  const pieces = codec.decode(blocks.map(b => b.block), blocks.map(b => b.shnum))
  const blockSize = pieces[0]?.length ?? 0
  if (plaintextSize > blockSize * codec.k) {
    throw new ParameterError(`a segment of ${plaintextSize} bytes does not fit ${codec.k} blocks of ${blockSize}`)
  }
  const ciphertext = new Uint8Array(blockSize * codec.k)
  pieces.forEach((piece, i) => { ciphertext.set(piece, i * blockSize) })
  return new Uint8Array(new AesCtr(mutableDataKey(salt, readkey)).update(ciphertext.subarray(0, plaintextSize)))
}
