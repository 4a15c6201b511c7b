/**
 * The end of a received chunk without a fresh exception.
 *
 * @libp2p/utils' LengthPrefixedDecoder (Noise reads every message through
 * one) asks its length decoder for the next prefix until the decoder throws
 * a RangeError for want of bytes, which happens at the end of every chunk
 * received, most often with nothing left at all. Constructing that error
 * captures a stack trace through optimized frames: perf put 11% of a storage
 * server's CPU there while it answered small calls (`npm run bench:wire`,
 * run d), and one decode that ends a chunk costs 4 us with the fresh error
 * against 0.5 us without it, from a shallow stack. With nothing buffered,
 * the decoder here throws one RangeError made once, which the loop catches
 * the same way; a partial prefix still goes to the original decoder.
 *
 * This wraps each decoder's length decoder on its first use; if the class
 * ever stops looking as expected, nothing is changed.
 */
import { LengthPrefixedDecoder } from '@libp2p/utils'

/** Thrown, never with a new stack, where the decoder has no bytes to read a prefix from. */
const NOTHING_BUFFERED = new RangeError('no bytes buffered for a length prefix')
const WRAPPED = Symbol('lafs.lengthDecoderWrapped')

interface DecoderFields {
  lengthDecoder?: unknown
  [WRAPPED]?: boolean
}

let installed = false

/** Installs the shortcut for every length-prefixed decoder in this process; returns whether it is in effect. */
export function cheapLengthPrefixEnd (): boolean {
  if (installed) return true
  const prototype = LengthPrefixedDecoder.prototype as unknown as Record<string, unknown>
  const original = prototype.decode
  if (typeof original !== 'function') return false
  prototype.decode = function (this: DecoderFields, ...args: unknown[]): unknown {
    const decodeLength = this.lengthDecoder
    if (this[WRAPPED] !== true && typeof decodeLength === 'function') {
      this.lengthDecoder = (buffer: { byteLength: number }): unknown => {
        if (buffer.byteLength === 0) throw NOTHING_BUFFERED
        return (decodeLength as (b: unknown) => unknown)(buffer)
      }
      this[WRAPPED] = true
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  }
  installed = true
  return true
}
