/**
 * The remote StorageServer over `/lafs/storage/1` between two real libp2p
 * nodes: the shared semantics suite (the server side backed by a local
 * StorageServer in a temporary directory), then what only the wire can
 * show: pipelining on one stream, server back-pressure, per-phase
 * timeouts against peers that never answer, aborts and reconnection.
 */
import './helpers/wire-peers.js'
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { Libp2p, Stream } from '@libp2p/interface'
import { StorageAbortedError, StorageUnavailableError } from '../src/actors/storage/errors.js'
import type { StorageServer } from '../src/actors/storage/interface.js'
import {
  ConnectionLostError, DialTimeoutError, FirstByteTimeoutError, IdleTimeoutError, RequestTimeoutError
} from '../src/protocol/errors.js'
import { STORAGE_PROTOCOL } from '../src/protocol/framing.js'
import { remoteStorageServer, type RemoteStorageServer, type RemoteStorageServerInit } from '../src/protocol/storage-client.js'
import { storageProtocolHandler, type StorageProtocolHandler, type StorageProtocolHandlerInit } from '../src/protocol/storage-handler.js'
import { allocation, startServer, tempStorageDir } from './helpers/storage-local.js'
import { startPeerPair, type PeerPair } from './helpers/wire-peers.js'
import { storageSemanticsSuite } from './storage-suite.js'

let pairPromise: Promise<PeerPair> | undefined
const peers = async (): Promise<PeerPair> => await (pairPromise ??= startPeerPair())

after(async () => {
  if (pairPromise != null) await (await pairPromise).stop()
})

interface Served {
  remote: RemoteStorageServer
  handler: StorageProtocolHandler
  dir: string
  close: () => Promise<void>
}

function clientFor (pair: PeerPair, init: Partial<RemoteStorageServerInit> = {}, client: Libp2p = pair.client): RemoteStorageServer {
  return remoteStorageServer({ peerId: pair.server.peerId, ...init })({
    dialProtocol: client.dialProtocol.bind(client),
    logger: client.logger
  })
}

/** A local server in a fresh directory behind the protocol handler, and a remote client for it. */
async function serve (
  wrap: (local: StorageServer) => StorageServer = local => local,
  handlerInit: StorageProtocolHandlerInit = {},
  clientInit: Partial<RemoteStorageServerInit> = {}
): Promise<Served> {
  const pair = await peers()
  const dir = await tempStorageDir()
  const local = await startServer(dir)
  const handler = storageProtocolHandler(handlerInit)({ registrar: pair.server, storage: wrap(local), logger: pair.server.logger })
  await handler.start()
  const remote = clientFor(pair, clientInit)
  return {
    remote,
    handler,
    dir,
    close: async () => {
      await remote.close()
      await handler.stop()
      await local.stop()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

storageSemanticsSuite('remote', async () => {
  const served = await serve()
  return { server: served.remote, dir: served.dir, close: served.close }
})

/** Polls `test` on each turn of the event loop, for at most `limitMs`. */
async function eventually (test: () => boolean, what: string, limitMs = 5000): Promise<void> {
  const start = Date.now()
  while (!test()) {
    if (Date.now() - start > limitMs) assert.fail(`not reached within ${limitMs} ms: ${what}`)
    await new Promise(resolve => setTimeout(resolve, 2))
  }
}

/** A storage wrapper whose first writeBucket waits until `release()`; later writes pass straight through. */
function holdFirstWrite (): { release: () => void, wrap: (local: StorageServer) => StorageServer } {
  let release!: () => void
  const gate = new Promise<void>(resolve => { release = resolve })
  let held = true
  const wrap = (local: StorageServer): StorageServer => Object.assign(Object.create(local) as StorageServer, {
    writeBucket: async (...args: Parameters<StorageServer['writeBucket']>) => {
      if (held) {
        held = false
        await gate
      }
      await local.writeBucket(...args)
    }
  })
  return { release, wrap }
}

/** Registers a raw handler for a test protocol; returns a function that removes it. */
async function rawHandler (protocol: string, handle: (stream: Stream) => void): Promise<() => Promise<void>> {
  const pair = await peers()
  await pair.server.handle(protocol, (stream) => { handle(stream) })
  return async () => { await pair.server.unhandle(protocol) }
}

describe('remote storage over /lafs/storage/1', () => {
  it('pipelines many writes on one stream and reads them back intact', async () => {
    // The first write waits until the test has seen the pipeline fill.
    const { release, wrap } = holdFirstWrite()
    const served = await serve(wrap, { maxBufferedRequests: 8 }, { maxOutstandingRequests: 16 })
    try {
      const chunk = 4096
      const count = 64
      const si = randomBytes(16)
      const data = randomBytes(chunk * count)
      const request = allocation(si, [3], data.length)
      assert.deepEqual((await served.remote.allocateBuckets(request)).allocated, [3])
      const bucket = { storageIndex: si, shareNumber: 3, uploadSecret: request.uploadSecret }
      const before = served.handler.stats()
      const writes = Array.from({ length: count }, async (_, i) => {
        await served.remote.writeBucket(bucket, i * chunk, data.subarray(i * chunk, (i + 1) * chunk))
      })
      // With the first write held, requests keep arriving without replies:
      // the client pipelines, and the server queues no more than its bound.
      let maxQueued = 0
      await eventually(() => {
        const stats = served.handler.stats()
        maxQueued = Math.max(maxQueued, stats.requestsQueued)
        return stats.requestsReceived - before.requestsReceived >= 8
      }, 'eight requests received while the first is unanswered')
      release()
      await Promise.all(writes)
      assert.ok(maxQueued <= 8, `server queued ${maxQueued} requests, bound is 8`)
      await served.remote.closeBucket(bucket)
      const back = await served.remote.readBucket(si, 3, 0, data.length)
      assert.deepEqual(Buffer.from(back), data)
      const after = served.handler.stats()
      assert.equal(after.streamsOpened, 1, 'every call went over one stream')
      assert.equal(after.requestsReceived - before.requestsReceived, count + 2)
    } finally {
      release()
      await served.close()
    }
  })

  it('lets a client fill its default window, past libp2p\'s 4 MiB unread limit, without the stream being reset', async () => {
    const { release, wrap } = holdFirstWrite()
    const served = await serve(wrap)
    try {
      const block = 349_526
      const count = 24
      const si = randomBytes(16)
      const data = randomBytes(block * count)
      const request = allocation(si, [0], data.length)
      await served.remote.allocateBuckets(request)
      const bucket = { storageIndex: si, shareNumber: 0, uploadSecret: request.uploadSecret }
      const before = served.handler.stats().requestsReceived
      const writes = Array.from({ length: count }, async (_, i) => {
        await served.remote.writeBucket(bucket, i * block, data.subarray(i * block, (i + 1) * block))
      })
      // The first write is held: the client goes on sending until its
      // window is full, all of it taken in by the server's own buffers.
      const unanswered = Math.floor(4.5 * 1024 * 1024 / block)
      await eventually(() => served.handler.stats().requestsReceived - before >= unanswered,
        `${unanswered} blocks (over 4 MiB) received while the first is unanswered`)
      release()
      await Promise.all(writes)
      await served.remote.closeBucket(bucket)
      const half = data.length / 2
      const back = [await served.remote.readBucket(si, 0, 0, half), await served.remote.readBucket(si, 0, half, half)]
      assert.equal(Buffer.compare(Buffer.concat(back), data), 0)
      assert.equal(served.handler.stats().streamsOpened, 1, 'one stream carried it all: it was never reset')
    } finally {
      release()
      await served.close()
    }
  })

  it('carries a write of the largest call size', async () => {
    const served = await serve()
    try {
      const si = randomBytes(16)
      const data = randomBytes(8 * 1024 * 1024)
      const request = allocation(si, [0], data.length)
      await served.remote.allocateBuckets(request)
      const bucket = { storageIndex: si, shareNumber: 0, uploadSecret: request.uploadSecret }
      await served.remote.writeBucket(bucket, 0, data)
      await served.remote.closeBucket(bucket)
      const back = await served.remote.readBucket(si, 0, 0, data.length)
      assert.equal(Buffer.compare(Buffer.from(back), data), 0)
    } finally {
      await served.close()
    }
  })

  it('gives a stuck peer a bounded wait: first-byte timeout, then the request timeout', async () => {
    const pair = await peers()
    const streams: Stream[] = []
    // Reads everything, answers nothing.
    const remove = await rawHandler('/lafs/test/silent/1', stream => {
      streams.push(stream)
      stream.addEventListener('message', () => {})
    })
    try {
      const firstByte = clientFor(pair, { protocol: '/lafs/test/silent/1', firstByteTimeoutMs: 150 })
      const err = await firstByte.getVersion().then(() => undefined, (e: unknown) => e)
      assert.ok(err instanceof FirstByteTimeoutError, `expected FirstByteTimeoutError, got ${String(err)}`)
      assert.ok(err instanceof StorageUnavailableError)
      assert.equal(err.phase, 'first-byte')
      await firstByte.close()

      const whole = clientFor(pair, { protocol: '/lafs/test/silent/1', requestTimeoutMs: 150 })
      const err2 = await whole.listBuckets(randomBytes(16)).then(() => undefined, (e: unknown) => e)
      assert.ok(err2 instanceof RequestTimeoutError, `expected RequestTimeoutError, got ${String(err2)}`)
      await whole.close()
    } finally {
      await remove()
      for (const stream of streams) stream.abort(new Error('test over'))
    }
  })

  it('times out a peer that stops taking bytes (idle) and one that cannot be reached (dial)', async () => {
    const pair = await peers()
    const streams: Stream[] = []
    // Never reads: the stream is paused, so the muxer stops granting send window.
    const remove = await rawHandler('/lafs/test/deaf/1', stream => {
      streams.push(stream)
      stream.pause()
    })
    try {
      const deaf = clientFor(pair, { protocol: '/lafs/test/deaf/1', idleTimeoutMs: 150 })
      const bucket = { storageIndex: randomBytes(16), shareNumber: 0, uploadSecret: randomBytes(32) }
      // A first small call opens the stream, and the handler pauses it, before
      // the large one: data that reached a stream not yet paused would be
      // granted more window (yamux doubles it for a fast reader), and a large
      // enough window takes the whole write.
      const opening = deaf.writeBucket(bucket, 0, randomBytes(10)).then(() => undefined, (e: unknown) => e)
      await new Promise(resolve => setTimeout(resolve, 50))
      assert.equal(streams.length, 1)
      const started = performance.now()
      const err = await deaf.writeBucket(bucket, 10, randomBytes(2 * 1024 * 1024)).then(() => undefined, (e: unknown) => e)
      assert.ok(performance.now() - started < 5000, 'failed by the idle timeout, not a later one')
      // The session fails as a whole: the call at its head with the cause, the one behind it as lost.
      const first = await opening
      assert.ok(first instanceof IdleTimeoutError, `expected IdleTimeoutError, got ${String(first)}`)
      assert.ok(err instanceof ConnectionLostError && err.cause instanceof IdleTimeoutError, `expected a lost connection caused by the idle timeout, got ${String(err)}`)
      await deaf.close()
    } finally {
      await remove()
      for (const stream of streams) stream.abort(new Error('test over'))
    }

    // A dialler that never completes (and ignores its signal).
    const unreachable = remoteStorageServer({ peerId: pair.server.peerId, dialTimeoutMs: 100 })({
      dialProtocol: async () => await new Promise<Stream>(() => {}),
      logger: pair.client.logger
    })
    await assert.rejects(unreachable.getVersion(), DialTimeoutError)
  })

  it('honours an AbortSignal while waiting for a reply', async () => {
    const pair = await peers()
    const streams: Stream[] = []
    const remove = await rawHandler('/lafs/test/silent/2', stream => {
      streams.push(stream)
      stream.addEventListener('message', () => {})
    })
    try {
      const remote = clientFor(pair, { protocol: '/lafs/test/silent/2' })
      const controller = new AbortController()
      const call = remote.getVersion({ signal: controller.signal })
      setImmediate(() => { controller.abort() })
      await assert.rejects(call, StorageAbortedError)
      await remote.close()
    } finally {
      await remove()
      for (const stream of streams) stream.abort(new Error('test over'))
    }
  })

  it('opens a new stream after the old one died', async () => {
    const served = await serve()
    try {
      const pair = await peers()
      assert.equal(typeof (await served.remote.getVersion()).availableSpace, 'number')
      // Drop the whole connection under the client.
      await pair.server.hangUp(pair.client.peerId)
      await eventually(() => served.handler.activeStreams === 0, 'server stream gone')
      await eventually(() => pair.client.getConnections(pair.server.peerId).length === 0, 'client saw the hang-up')
      const version = await served.remote.getVersion()
      assert.equal(typeof version.applicationVersion, 'string')
      assert.equal(served.handler.stats().streamsOpened, 2)
    } finally {
      await served.close()
    }
  })

  it('stop() ends the streams of a running handler, and a later start() serves again', async () => {
    let release!: () => void
    const gate = new Promise<void>(resolve => { release = resolve })
    let calls = 0
    const served = await serve(local => Object.assign(Object.create(local) as StorageServer, {
      listBuckets: async (...args: Parameters<StorageServer['listBuckets']>) => {
        if (calls++ === 0) await gate
        return await local.listBuckets(...args)
      }
    }), { stopTimeoutMs: 100 })
    try {
      const call = served.remote.listBuckets(randomBytes(16)).then(() => undefined, (e: unknown) => e)
      await eventually(() => served.handler.stats().requestsReceived === 1, 'request inside the storage server')
      await served.handler.stop()
      const err = await call
      assert.ok(err instanceof StorageUnavailableError, `expected a StorageUnavailableError, got ${String(err)}`)
      release()
      await served.handler.start()
      assert.deepEqual(await served.remote.listBuckets(randomBytes(16)), [])
    } finally {
      release()
      await served.close()
    }
  })

  it('keeps serving other streams after one is reset mid-request', async () => {
    const served = await serve()
    try {
      const pair = await peers()
      const stream = await pair.client.dialProtocol(pair.server.peerId, STORAGE_PROTOCOL)
      stream.send(Uint8Array.of(0x80, 0x80, 0x01)) // a frame of 16 KiB announced, never sent
      stream.abort(new Error('client gave up'))
      await eventually(() => served.handler.activeStreams === 0, 'reset stream released')
      const si = randomBytes(16)
      assert.deepEqual(await served.remote.listBuckets(si), [])
    } finally {
      await served.close()
    }
  })
})
