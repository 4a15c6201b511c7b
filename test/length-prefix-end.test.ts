/**
 * The length-prefixed decoder with a cheap chunk end
 * (src/node/length-prefix-end.ts): messages come out the same wherever the
 * chunks are cut, a prefix cut in two still waits for its second byte, and
 * the end of a chunk with nothing left throws one error made once.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { LengthPrefixedDecoder } from '@libp2p/utils'
import { Uint8ArrayList } from 'uint8arraylist'
import { cheapLengthPrefixEnd } from '../src/node/length-prefix-end.js'

/** Noise's framing: a two-byte big-endian length. */
function uint16Length (data: Uint8ArrayList): number {
  if (data.byteLength < 2) throw new RangeError('not enough bytes for a length')
  return (data.get(0) << 8) + data.get(1)
}

function framed (messages: Uint8Array[]): Buffer {
  return Buffer.concat(messages.flatMap(message => [Buffer.from([message.length >> 8, message.length & 0xff]), message]))
}

function decodeAll (decoder: LengthPrefixedDecoder, chunks: Uint8Array[]): Buffer[] {
  const out: Buffer[] = []
  for (const chunk of chunks) for (const message of decoder.decode(chunk)) out.push(Buffer.from(message.subarray()))
  return out
}

describe('length-prefixed decoding with a cheap chunk end', () => {
  it('is in effect', () => {
    assert.equal(cheapLengthPrefixEnd(), true)
  })

  it('gives the same messages wherever the chunks are cut, prefixes cut in two included', () => {
    cheapLengthPrefixEnd()
    const messages = [randomBytes(1), randomBytes(300), randomBytes(0x1234), randomBytes(2), randomBytes(70)]
    const stream = framed(messages)
    for (let cut = 1; cut < stream.length; cut += 7) {
      const decoder = new LengthPrefixedDecoder({ lengthDecoder: uint16Length, encodingLength: () => 2 })
      const chunks = [stream.subarray(0, cut), stream.subarray(cut, cut + 1), stream.subarray(cut + 1)]
      assert.deepEqual(decodeAll(decoder, chunks), messages.map(message => Buffer.from(message)), `cut at ${cut}`)
    }
  })

  it('ends a chunk with nothing left by throwing one error made once, a RangeError as the loop expects', () => {
    cheapLengthPrefixEnd()
    const decoder = new LengthPrefixedDecoder({ lengthDecoder: uint16Length, encodingLength: () => 2 })
    decodeAll(decoder, [framed([randomBytes(5)])])
    const { lengthDecoder } = decoder as unknown as { lengthDecoder: (data: Uint8ArrayList) => number }
    const caught = (data: Uint8ArrayList): unknown => { try { return lengthDecoder(data) } catch (err: unknown) { return err } }
    const first = caught(new Uint8ArrayList())
    assert.ok(first instanceof RangeError)
    assert.equal(caught(new Uint8ArrayList()), first, 'the same error object, no new stack trace')
    // A partial prefix goes to the original decoder, which makes its own error.
    const partial = caught(new Uint8ArrayList(Uint8Array.of(1)))
    assert.ok(partial instanceof RangeError)
    assert.notEqual(partial, first)
    assert.equal(caught(new Uint8ArrayList(Uint8Array.of(1, 2))), 0x102)
  })
})
