/**
 * Frames of `/lafs/storage/1` as built for sending and as read back: the
 * hand-laid frames of the bulk calls (a bucket write, a bucket read's
 * reply) are byte for byte what the generated encoder gives, every other
 * call goes through the generated encoder whole, and the frame reader
 * takes frames from messages that arrive as lists of chunks split anywhere.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import type { Stream } from '@libp2p/interface'
import { Uint8ArrayList } from 'uint8arraylist'
import { COPY_BULK_UP_TO, requestFrame, resultFrame, responseFrame } from '../src/protocol/frame-codec.js'
import { FrameReader } from '../src/protocol/frame-reader.js'
import { encodeFrame } from '../src/protocol/framing.js'
import {
  Status, decodeRequest, decodeResponse, encodeRequest, encodeResponse, type ResponseMessage
} from '../src/protocol/storage-messages.js'

const bucket = { storageIndex: randomBytes(16), shareNumber: 7, uploadSecret: randomBytes(32) }
/** Byte-for-byte equality, whatever the view type. */
function assertSameBytes (actual: Uint8Array, expected: Uint8Array, what?: string): void {
  assert.equal(Buffer.compare(actual, expected), 0, what)
}

/** A frame's bytes in one buffer. */
function whole (bytes: Uint8Array | Uint8ArrayList): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : bytes.subarray()
}

/** Large bulk bytes travel as a piece of their own after the head (not copied), then any fields after them; small ones inside one buffer. */
function assertBulkPiece (bytes: Uint8Array | Uint8ArrayList, data: Uint8Array, tailPieces = 0): void {
  if (data.length <= COPY_BULK_UP_TO) {
    assert.ok(bytes instanceof Uint8Array, `${data.length} bytes are copied into one buffer`)
    return
  }
  assert.ok(bytes instanceof Uint8ArrayList, `${data.length} bytes go as a piece of their own`)
  const pieces = [...bytes]
  assert.equal(pieces.length, 2 + tailPieces)
  assert.equal(pieces[1], data, 'the bulk bytes are the caller\'s own buffer, not a copy')
}

/** Lengths around each varint boundary, and a block of a 1 MiB segment at 3-of-10. */
const SIZES = [0, 1, 127, 128, COPY_BULK_UP_TO, COPY_BULK_UP_TO + 1, 16_383, 16_384, 349_526, 2_097_151, 2_097_152 + 5]

describe('frames of the storage protocol', () => {
  it('lays out a bucket write (and one that closes) exactly as the generated encoder does, large data not copied', () => {
    for (const size of SIZES) {
      const data = randomBytes(size)
      for (const offset of [0, 300, 2 ** 40 + 3]) {
        for (const close of [false, true]) {
          const body = { bucket, offset, data, ...(close ? { closeWhenWritten: offset + size } : {}) }
          const frame = requestFrame(0x12345, 'writeBucket', body)
          const expected = encodeRequest({ id: 0x12345, writeBucket: body })
          const bytes = whole(frame.bytes)
          assertSameBytes(bytes, encodeFrame(expected), `a write of ${size} bytes at ${offset}${close ? ', closing' : ''}`)
          assert.equal(frame.bodyLength, expected.length)
          if (size > 0) assertBulkPiece(frame.bytes, data, close ? 1 : 0)
          const decoded = decodeRequest(bytes.subarray(bytes.length - frame.bodyLength))
          assert.equal(decoded.writeBucket?.offset, offset)
          assert.equal(decoded.writeBucket?.closeWhenWritten ?? undefined, close ? offset + size : undefined)
          assertSameBytes(decoded.writeBucket?.data ?? new Uint8Array(1), data)
        }
      }
    }
  })

  it('lays out a bucket write given in pieces as the generated encoder does with them joined, the pieces not copied', () => {
    for (const sizes of [[1, 2, 3], [COPY_BULK_UP_TO, 1], [43_691, 43_691, 43_691, 43_690], [0, 70_000, 0]]) {
      const pieces = sizes.map(size => randomBytes(size))
      const joined = Buffer.concat(pieces)
      const frame = requestFrame(77, 'writeBucket', { bucket, offset: 5, data: pieces })
      assertSameBytes(whole(frame.bytes), encodeFrame(encodeRequest({ id: 77, writeBucket: { bucket, offset: 5, data: joined } })), `pieces of ${sizes.join(', ')} bytes`)
      if (joined.length > COPY_BULK_UP_TO) {
        assert.ok(frame.bytes instanceof Uint8ArrayList)
        assert.deepEqual([...frame.bytes].slice(1), pieces, 'each piece goes as it is')
      } else {
        assert.ok(frame.bytes instanceof Uint8Array)
      }
    }
    const none = requestFrame(78, 'writeBucket', { bucket, offset: 5, data: [new Uint8Array(0)] })
    assertSameBytes(whole(none.bytes), encodeFrame(encodeRequest({ id: 78, writeBucket: { bucket, offset: 5 } })))
  })

  it('lays out a bucket read reply exactly as the generated encoder does', () => {
    for (const size of SIZES) {
      const data = randomBytes(size)
      const frame = resultFrame(99, 'readBucket', { data })
      const body = encodeResponse({ id: 99, status: Status.OK, readBucket: { data } })
      const bytes = whole(frame.bytes)
      assertSameBytes(bytes, encodeFrame(body), `a read of ${size} bytes`)
      assert.equal(frame.bodyLength, body.length)
      if (size > 0) assertBulkPiece(frame.bytes, data)
      const decoded = decodeResponse(bytes.subarray(bytes.length - frame.bodyLength))
      assert.equal(decoded.status, Status.OK)
      assertSameBytes(decoded.readBucket?.data ?? new Uint8Array(1), data)
    }
  })

  it('encodes every other call and reply whole, prefix included', () => {
    const listing = requestFrame(5, 'listBuckets', { storageIndex: bucket.storageIndex })
    assertSameBytes(whole(listing.bytes), encodeFrame(encodeRequest({ id: 5, listBuckets: { storageIndex: bucket.storageIndex } })))
    const noData = requestFrame(6, 'writeBucket', { bucket, offset: 1 })
    assertSameBytes(whole(noData.bytes), encodeFrame(encodeRequest({ id: 6, writeBucket: { bucket, offset: 1 } })))
    const listed = resultFrame(7, 'listBuckets', { shareNumbers: [1, 2, 255] })
    assertSameBytes(whole(listed.bytes), encodeFrame(encodeResponse({ id: 7, status: Status.OK, listBuckets: { shareNumbers: [1, 2, 255] } })))
    const failure: ResponseMessage = { id: 8, status: Status.NO_SUCH_BUCKET, message: 'no such bucket' }
    const failed = responseFrame(failure)
    assertSameBytes(whole(failed.bytes), encodeFrame(encodeResponse(failure)))
    assert.equal(failed.bodyLength, encodeResponse(failure).length)
  })
})

/** The parts of a stream a FrameReader uses, fed by hand. */
class FakeStream extends EventTarget {
  readableEnded = false
  readStatus: 'readable' | 'paused' = 'readable'
  pause (): void { this.readStatus = 'paused' }
  resume (): void { this.readStatus = 'readable' }

  /** Delivers one message the way the muxer does: a list of chunks. */
  deliver (chunks: Uint8Array[]): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data: chunks }))
  }
}

function readerOf (stream: FakeStream): FrameReader {
  return new FrameReader(stream as unknown as Stream)
}

describe('the frame reader', () => {
  it('reads frames from lists of chunks split at every place', async () => {
    const bodies = [randomBytes(1), randomBytes(200), randomBytes(70_000), new Uint8Array(0), randomBytes(3)]
    const wire = Buffer.concat(bodies.map(body => encodeFrame(body)))
    // Every split point of the whole byte string into three chunks would
    // be slow; a spread of points covers prefixes and bodies cut anywhere.
    for (const first of [0, 1, 2, 3, 150, 204, 205, 206, 50_000, wire.length - 4, wire.length]) {
      for (const second of [first, first + 1, first + 2, Math.floor((first + wire.length) / 2), wire.length]) {
        if (second > wire.length) continue
        const stream = new FakeStream()
        const reader = readerOf(stream)
        stream.deliver([wire.subarray(0, first), wire.subarray(first, second)])
        stream.deliver([wire.subarray(second)])
        for (const body of bodies) {
          const got = await reader.read({ idleTimeoutMs: 1000 })
          assert.ok(got != null)
          assertSameBytes(got, body, `split at ${first} and ${second}`)
        }
        reader.detach()
      }
    }
  })

  it('hands out a body that arrived in one chunk without copying it', async () => {
    const body = randomBytes(5000)
    const wire = encodeFrame(body)
    const stream = new FakeStream()
    const reader = readerOf(stream)
    stream.deliver([wire])
    const got = await reader.read({ idleTimeoutMs: 1000 })
    assert.ok(got != null)
    assert.equal(got.buffer, wire.buffer, 'a view of the received chunk')
    assertSameBytes(got, body)
    reader.detach()
  })
})
