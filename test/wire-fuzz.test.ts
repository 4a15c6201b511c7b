/**
 * Bad input on `/lafs/storage/1`, sent raw over real libp2p streams to the
 * real handler: broken framing, undecodable bytes, mutated frames, and
 * every request kind with fields of the wrong size, range or wire type.
 * Each stream must get error statuses (or be closed), never hang, and the
 * node must keep answering good requests on new streams. Inputs come from a
 * seeded generator, so a failure replays.
 */
import './helpers/wire-peers.js'
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import $protobuf from 'protobufjs/minimal.js'
import { MAX_CALL_SIZE, MAX_VECTOR_ENTRIES } from '../src/actors/storage/constants.js'
import type { LocalStorageServer } from '../src/actors/storage/index.js'
import { ConnectionLostError } from '../src/protocol/errors.js'
import { FrameReader } from '../src/protocol/frame-reader.js'
import {
  MAX_FRAME_LENGTH, MAX_STATUS_MESSAGE_LENGTH, STORAGE_PROTOCOL, encodeFrame, encodeLengthPrefix
} from '../src/protocol/framing.js'
import { remoteStorageServer } from '../src/protocol/storage-client.js'
import { storageProtocolHandler, type StorageProtocolHandler } from '../src/protocol/storage-handler.js'
import {
  Status, WireShareType, decodeResponse, encodeRequest, type RequestMessage, type ResponseMessage
} from '../src/protocol/storage-messages.js'
import { startServer, tempStorageDir } from './helpers/storage-local.js'
import { startPeerPair, type PeerPair } from './helpers/wire-peers.js'

const SEED = 0x1afe5eed

/** mulberry32: a small seeded generator, so every run sends the same bytes. */
function generator (seed: number): { int: (max: number) => number, bytes: (n: number) => Uint8Array } {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
  return {
    int: max => Math.floor(next() * max),
    bytes: n => Uint8Array.from({ length: n }, () => Math.floor(next() * 256))
  }
}

let pair: PeerPair
let local: LocalStorageServer
let handler: StorageProtocolHandler
let dir: string

before(async () => {
  pair = await startPeerPair()
  dir = await tempStorageDir()
  local = await startServer(dir)
  handler = storageProtocolHandler({ idleTimeoutMs: 2000 })({ registrar: pair.server, storage: local, logger: pair.server.logger })
  await handler.start()
})

after(async () => {
  await handler.stop()
  await local.stop()
  await pair.stop()
  await rm(dir, { recursive: true, force: true })
})

interface Exchange {
  replies: Array<ResponseMessage & { status: Status }>
  /** How the stream ended: a clean close, or a reset. */
  end: 'closed' | 'reset'
}

/** Sends `bytes` on a new stream, half-closes, and collects every reply until the stream ends. */
async function exchange (bytes: Uint8Array): Promise<Exchange> {
  const stream = await pair.client.dialProtocol(pair.server.peerId, STORAGE_PROTOCOL)
  // Listening starts before anything is sent, so no reply can be missed.
  const reader = new FrameReader(stream)
  const replies: Exchange['replies'] = []
  try {
    stream.send(bytes)
    await stream.close()
    while (true) {
      const frame = await reader.read({ firstByteTimeoutMs: 5000, idleTimeoutMs: 5000 })
      if (frame == null) return { replies, end: 'closed' }
      const reply = decodeResponse(frame)
      assert.ok(reply.message.length <= MAX_STATUS_MESSAGE_LENGTH, 'status messages are bounded')
      assert.ok(!reply.message.includes('\n') && !reply.message.includes('    at '), 'no stack traces on the wire')
      replies.push(reply)
    }
  } catch (err: unknown) {
    if (err instanceof ConnectionLostError) return { replies, end: 'reset' }
    throw err
  } finally {
    reader.detach()
    if (stream.status === 'open') stream.abort(new Error('exchange over'))
  }
}

const frame = (request: RequestMessage): Uint8Array => encodeFrame(encodeRequest(request))
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts))

/** A good request on a fresh stream through the real client: the node still serves. */
async function assertServing (): Promise<void> {
  const remote = remoteStorageServer({ peerId: pair.server.peerId })({
    dialProtocol: pair.client.dialProtocol.bind(pair.client),
    logger: pair.client.logger
  })
  try {
    const version = await remote.getVersion()
    assert.ok(version.maximumMutableShareSize > 0)
  } finally {
    await remote.close()
  }
}

const si = (): Uint8Array => randomBytes(16)
const key = (): Uint8Array => randomBytes(32)
const bucket = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ storageIndex: si(), shareNumber: 0, uploadSecret: key(), ...over })
const UNSAFE = 2 ** 53
/** Near the top of uint64 (2^64 - 1 itself is not a double; it would round to 2^64 and wrap to 0). */
const HUGE = 2 ** 64 - 2 ** 11
const manyReads = (n: number): Array<Record<string, number>> => Array.from({ length: n }, () => ({}))

/** Every request kind with bad fields, and the status each must get. */
const BAD_FIELDS: Array<[string, RequestMessage, Status]> = [
  ['getVersion (sanity)', { getVersion: {} }, Status.OK],

  ['allocate: 15-byte SI', { allocateBuckets: { storageIndex: randomBytes(15), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: 10 } }, Status.BAD_STORAGE_INDEX],
  ['allocate: 17-byte SI', { allocateBuckets: { storageIndex: randomBytes(17), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: 10 } }, Status.BAD_STORAGE_INDEX],
  ['allocate: no SI', { allocateBuckets: { renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: 10 } }, Status.BAD_STORAGE_INDEX],
  ['allocate: share 256', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0, 256], allocatedSize: 10 } }, Status.BAD_SHARE_NUMBER],
  ['allocate: 257 shares', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: Array.from({ length: 257 }, (_, i) => i % 256), allocatedSize: 10 } }, Status.BAD_REQUEST],
  ['allocate: 31-byte renew secret', { allocateBuckets: { storageIndex: si(), renewSecret: randomBytes(31), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: 10 } }, Status.BAD_REQUEST],
  ['allocate: no upload secret', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), shareNumbers: [0], allocatedSize: 10 } }, Status.BAD_REQUEST],
  ['allocate: unsafe size', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: UNSAFE } }, Status.BAD_REQUEST],
  ['allocate: ~2^64 size', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: HUGE } }, Status.BAD_REQUEST],
  ['allocate: initial data for a share not requested', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: 10, initialData: [{ shareNumber: 1, data: randomBytes(4) }] } }, Status.BAD_REQUEST],
  ['allocate: initial data twice for one share', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: 10, initialData: [{ shareNumber: 0, data: randomBytes(4) }, { shareNumber: 0, data: randomBytes(4) }] } }, Status.BAD_REQUEST],
  ['allocate: initial data past the allocated size', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: 10, initialData: [{ shareNumber: 0, data: randomBytes(11) }] } }, Status.DATA_TOO_LARGE],
  ['allocate: initial data for share 256', { allocateBuckets: { storageIndex: si(), renewSecret: key(), cancelSecret: key(), uploadSecret: key(), shareNumbers: [0], allocatedSize: 10, initialData: [{ shareNumber: 256, data: randomBytes(4) }] } }, Status.BAD_SHARE_NUMBER],

  ['write: no bucket', { writeBucket: { offset: 0, data: randomBytes(4) } }, Status.BAD_REQUEST],
  ['write: 17-byte SI', { writeBucket: { bucket: bucket({ storageIndex: randomBytes(17) }), offset: 0, data: randomBytes(4) } }, Status.BAD_STORAGE_INDEX],
  ['write: share 256', { writeBucket: { bucket: bucket({ shareNumber: 256 }), offset: 0, data: randomBytes(4) } }, Status.BAD_SHARE_NUMBER],
  ['write: 33-byte upload secret', { writeBucket: { bucket: bucket({ uploadSecret: randomBytes(33) }), offset: 0, data: randomBytes(4) } }, Status.BAD_REQUEST],
  ['write: unsafe offset', { writeBucket: { bucket: bucket(), offset: UNSAFE, data: randomBytes(4) } }, Status.BAD_REQUEST],
  ['write: unsafe byte count to close at', { writeBucket: { bucket: bucket(), offset: 0, data: randomBytes(4), closeWhenWritten: UNSAFE } }, Status.BAD_REQUEST],
  ['write: no such bucket', { writeBucket: { bucket: bucket(), offset: 0, data: randomBytes(4) } }, Status.NO_SUCH_BUCKET],

  ['close: no bucket', { closeBucket: {} }, Status.BAD_REQUEST],
  ['close: 15-byte SI', { closeBucket: { bucket: bucket({ storageIndex: randomBytes(15) }) } }, Status.BAD_STORAGE_INDEX],
  ['close: share 1000', { closeBucket: { bucket: bucket({ shareNumber: 1000 }) } }, Status.BAD_SHARE_NUMBER],
  ['close: no such bucket', { closeBucket: { bucket: bucket() } }, Status.NO_SUCH_BUCKET],
  ['abort: no bucket', { abortBucket: {} }, Status.BAD_REQUEST],
  ['abort: no upload secret', { abortBucket: { bucket: { storageIndex: si(), shareNumber: 1 } } }, Status.BAD_REQUEST],
  ['abort: share 256', { abortBucket: { bucket: bucket({ shareNumber: 256 }) } }, Status.BAD_SHARE_NUMBER],

  ['list: 15-byte SI', { listBuckets: { storageIndex: randomBytes(15) } }, Status.BAD_STORAGE_INDEX],
  ['list: no SI', { listBuckets: {} }, Status.BAD_STORAGE_INDEX],
  ['list: good', { listBuckets: { storageIndex: si() } }, Status.OK],

  ['read: 17-byte SI', { readBucket: { storageIndex: randomBytes(17), shareNumber: 0, offset: 0, length: 1 } }, Status.BAD_STORAGE_INDEX],
  ['read: share 256', { readBucket: { storageIndex: si(), shareNumber: 256, offset: 0, length: 1 } }, Status.BAD_SHARE_NUMBER],
  ['read: ~2^64 offset', { readBucket: { storageIndex: si(), shareNumber: 0, offset: HUGE, length: 1 } }, Status.BAD_REQUEST],
  ['read: length over one call', { readBucket: { storageIndex: si(), shareNumber: 0, offset: 0, length: MAX_CALL_SIZE + 1 } }, Status.BAD_REQUEST],
  ['read: no such share', { readBucket: { storageIndex: si(), shareNumber: 0, offset: 0, length: 1 } }, Status.NO_SUCH_BUCKET],

  ['readv: 15-byte SI', { slotReadv: { storageIndex: randomBytes(15), readVector: [{ offset: 0, length: 1 }] } }, Status.BAD_STORAGE_INDEX],
  ['readv: share 256', { slotReadv: { storageIndex: si(), shareNumbers: [256], readVector: [] } }, Status.BAD_SHARE_NUMBER],
  ['readv: too many vectors', { slotReadv: { storageIndex: si(), readVector: manyReads(MAX_VECTOR_ENTRIES + 1) } }, Status.BAD_REQUEST],
  ['readv: unsafe length', { slotReadv: { storageIndex: si(), readVector: [{ offset: 0, length: UNSAFE }] } }, Status.BAD_REQUEST],
  ['readv: good', { slotReadv: { storageIndex: si(), readVector: [{ offset: 0, length: 10 }] } }, Status.OK],

  ['testv: 17-byte SI', { slotTestvAndReadvAndWritev: { storageIndex: randomBytes(17), writeEnabler: key(), renewSecret: key(), cancelSecret: key() } }, Status.BAD_STORAGE_INDEX],
  ['testv: 31-byte write enabler', { slotTestvAndReadvAndWritev: { storageIndex: si(), writeEnabler: randomBytes(31), renewSecret: key(), cancelSecret: key() } }, Status.BAD_REQUEST],
  ['testv: no secrets', { slotTestvAndReadvAndWritev: { storageIndex: si() } }, Status.BAD_REQUEST],
  ['testv: share 256', { slotTestvAndReadvAndWritev: { storageIndex: si(), writeEnabler: key(), renewSecret: key(), cancelSecret: key(), testAndWrite: [{ shareNumber: 256 }] } }, Status.BAD_SHARE_NUMBER],
  ['testv: share twice', { slotTestvAndReadvAndWritev: { storageIndex: si(), writeEnabler: key(), renewSecret: key(), cancelSecret: key(), testAndWrite: [{ shareNumber: 1 }, { shareNumber: 1 }] } }, Status.BAD_REQUEST],
  ['testv: 257 entries', { slotTestvAndReadvAndWritev: { storageIndex: si(), writeEnabler: key(), renewSecret: key(), cancelSecret: key(), testAndWrite: Array.from({ length: 257 }, (_, i) => ({ shareNumber: i % 256 })) } }, Status.BAD_REQUEST],
  ['testv: unsafe write offset', { slotTestvAndReadvAndWritev: { storageIndex: si(), writeEnabler: key(), renewSecret: key(), cancelSecret: key(), testAndWrite: [{ shareNumber: 0, write: [{ offset: UNSAFE, data: randomBytes(2) }] }] } }, Status.BAD_REQUEST],
  ['testv: ~2^64 new length', { slotTestvAndReadvAndWritev: { storageIndex: si(), writeEnabler: key(), renewSecret: key(), cancelSecret: key(), testAndWrite: [{ shareNumber: 0, newLength: HUGE }] } }, Status.BAD_REQUEST],
  ['testv: too many test vectors', { slotTestvAndReadvAndWritev: { storageIndex: si(), writeEnabler: key(), renewSecret: key(), cancelSecret: key(), testAndWrite: [{ shareNumber: 0, test: manyReads(MAX_VECTOR_ENTRIES + 1) }] } }, Status.BAD_REQUEST],

  ['add lease: 15-byte SI', { addLease: { storageIndex: randomBytes(15), renewSecret: key(), cancelSecret: key() } }, Status.BAD_STORAGE_INDEX],
  ['add lease: empty renew secret', { addLease: { storageIndex: si(), renewSecret: new Uint8Array(0), cancelSecret: key() } }, Status.BAD_REQUEST],
  ['add lease: no cancel secret', { addLease: { storageIndex: si(), renewSecret: key() } }, Status.BAD_REQUEST],
  ['renew lease: 17-byte SI', { renewLease: { storageIndex: randomBytes(17), renewSecret: key() } }, Status.BAD_STORAGE_INDEX],
  ['renew lease: 31-byte secret', { renewLease: { storageIndex: si(), renewSecret: randomBytes(31) } }, Status.BAD_REQUEST],
  ['renew lease: no such lease', { renewLease: { storageIndex: si(), renewSecret: key() } }, Status.NO_SUCH_LEASE],

  ['advise: unspecified type', { adviseCorruptShare: { storageIndex: si(), shareNumber: 0, reason: 'x' } }, Status.BAD_REQUEST],
  ['advise: unknown type 7', { adviseCorruptShare: { shareType: 7 as WireShareType, storageIndex: si(), shareNumber: 0, reason: 'x' } }, Status.BAD_REQUEST],
  ['advise: 15-byte SI', { adviseCorruptShare: { shareType: WireShareType.IMMUTABLE, storageIndex: randomBytes(15), shareNumber: 0 } }, Status.BAD_STORAGE_INDEX],
  ['advise: share 256', { adviseCorruptShare: { shareType: WireShareType.MUTABLE, storageIndex: si(), shareNumber: 256 } }, Status.BAD_SHARE_NUMBER],
  ['advise: good', { adviseCorruptShare: { shareType: WireShareType.IMMUTABLE, storageIndex: si(), shareNumber: 3, reason: 'bad hash' } }, Status.OK],

  ['empty oneof', {}, Status.BAD_REQUEST]
]

/** Request bytes written field by field, to put the wrong wire type where a field is expected. */
function rawRequest (id: number, bodyField: number, body: (w: $protobuf.Writer) => void): Uint8Array {
  const w = $protobuf.Writer.create()
  w.uint32((1 << 3) | 0).uint32(id)
  w.uint32((bodyField << 3) | 2).fork()
  body(w)
  w.ldelim()
  return encodeFrame(w.finish())
}

describe('wire fuzz: /lafs/storage/1 under bad input', () => {
  it('answers TOO_LARGE to a length prefix over the limit, and closes the stream', async () => {
    for (const bytes of [
      encodeLengthPrefix(MAX_FRAME_LENGTH + 1),
      encodeLengthPrefix(2 ** 40),
      new Uint8Array(11).fill(0xff),
      concat(frame({ id: 5, getVersion: {} }), encodeLengthPrefix(MAX_FRAME_LENGTH + 1), randomBytes(64))
    ]) {
      const { replies } = await exchange(bytes)
      const last = replies.at(-1)
      assert.equal(last?.status, Status.TOO_LARGE)
      assert.equal(last?.id, 0)
      if (replies.length === 2) assert.deepEqual([replies[0]?.id, replies[0]?.status], [5, Status.OK])
    }
    await assertServing()
  })

  it('answers BAD_REQUEST to a frame cut short by the end of the stream', async () => {
    for (const bytes of [
      concat(encodeLengthPrefix(100), randomBytes(50)),
      Uint8Array.of(0x80),
      concat(frame({ id: 9, listBuckets: { storageIndex: si() } }), encodeLengthPrefix(1000), randomBytes(999))
    ]) {
      const { replies, end } = await exchange(bytes)
      assert.equal(end, 'closed')
      assert.equal(replies.at(-1)?.status, Status.BAD_REQUEST)
    }
    await assertServing()
  })

  it('answers an undecodable message and keeps the stream going', async () => {
    const bytes = concat(
      encodeFrame(new Uint8Array(0)),
      encodeFrame(Uint8Array.from({ length: 20 }, () => 0xff)),
      frame({ id: 11, getVersion: {} }),
      encodeFrame(Uint8Array.of(0x08, 0x07, 0xfa, 0x06, 0x02, 0x01, 0x02)),
      frame({ id: 12, listBuckets: { storageIndex: si() } })
    )
    const { replies, end } = await exchange(bytes)
    assert.equal(end, 'closed')
    assert.deepEqual(replies.map(r => [r.id, r.status]), [
      [0, Status.BAD_REQUEST], // empty frame: a request with no operation
      [0, Status.BAD_REQUEST], // not protobuf
      [11, Status.OK],
      [7, Status.BAD_REQUEST], // only an unknown field: no operation
      [12, Status.OK]
    ])
  })

  it('checks every field of every request kind, answering each in order', async () => {
    const bytes = concat(...BAD_FIELDS.map(([, request], i) => frame({ ...request, id: 100 + i })))
    const { replies, end } = await exchange(bytes)
    assert.equal(end, 'closed')
    assert.equal(replies.length, BAD_FIELDS.length)
    BAD_FIELDS.forEach(([what, , status], i) => {
      const reply = replies[i]
      assert.equal(reply?.id, 100 + i, what)
      assert.equal(Status[reply.status], Status[status], `${what}: ${reply.message}`)
      if (status !== Status.OK) assert.equal(reply.result, undefined, `${what}: no result with an error`)
    })
    await assertServing()
  })

  it('refuses fields sent with the wrong wire type', async () => {
    const cases = [
      // listBuckets (15) whose storage_index (bytes) comes as a varint
      rawRequest(1, 15, w => { w.uint32((1 << 3) | 0).uint32(5) }),
      // readBucket (16) whose share_number (varint) comes as bytes
      rawRequest(2, 16, w => { w.uint32((1 << 3) | 2).bytes(si()).uint32((2 << 3) | 2).bytes(randomBytes(3)) }),
      // writeBucket (12) whose bucket (message) is a varint
      rawRequest(3, 12, w => { w.uint32((1 << 3) | 0).uint32(1) }),
      // readBucket with a negative offset written as int64 -1 (ten-byte varint)
      rawRequest(4, 16, w => { w.uint32((1 << 3) | 2).bytes(si()).uint32((3 << 3) | 0).int64(-1).uint32((4 << 3) | 0).uint32(1) }),
      // the body field itself as a fixed32
      encodeFrame(Uint8Array.of(0x08, 0x05, (11 << 3) | 5, 1, 2, 3, 4)),
      // an unknown wire type (7)
      encodeFrame(Uint8Array.of(0x08, 0x06, (10 << 3) | 7))
    ]
    for (const bytes of cases) {
      const { replies } = await exchange(bytes)
      assert.equal(replies.length, 1)
      assert.notEqual(replies[0]?.status, Status.OK)
    }
    await assertServing()
  })

  it('survives random bytes', async () => {
    const random = generator(SEED)
    for (let i = 0; i < 40; i++) {
      const { replies } = await exchange(random.bytes(1 + random.int(300)))
      // Whatever was sent, each reply is a well-formed Response (checked in exchange).
      assert.ok(replies.length <= 300)
    }
    await assertServing()
  })

  it('survives mutated valid frames of every kind', async () => {
    const random = generator(SEED + 1)
    const valid = BAD_FIELDS.map(([, request], i) => encodeRequest({ ...request, id: 1000 + i }))
    for (let i = 0; i < 60; i++) {
      const body = Uint8Array.from(valid[random.int(valid.length)] ?? [])
      switch (random.int(3)) {
        case 0: // flip a few bytes
          for (let k = 0; k <= random.int(3); k++) {
            const at = random.int(body.length)
            body[at] = (body[at] ?? 0) ^ (1 << random.int(8))
          }
          break
        case 1: // overwrite a run with random bytes
          body.set(random.bytes(Math.min(8, body.length)), random.int(Math.max(1, body.length - 8)))
          break
        default: // claim a different length than the body has
          await exchange(concat(encodeLengthPrefix(body.length + 1 + random.int(16)), body))
          continue
      }
      const { replies } = await exchange(encodeFrame(body))
      assert.ok(replies.length <= 1, 'one frame, at most one reply')
    }
    await assertServing()
    assert.ok(handler.stats().errorReplies > 0)
  })

  it('releases every stream once the fuzzing is over', async () => {
    const start = Date.now()
    while (handler.activeStreams > 0 && Date.now() - start < 5000) await new Promise(resolve => setTimeout(resolve, 5))
    assert.equal(handler.activeStreams, 0)
  })
})
