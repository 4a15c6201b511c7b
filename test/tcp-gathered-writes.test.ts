/**
 * Sends leave a TCP connection in one call (src/node/tcp-gathered-writes.ts),
 * over a real libp2p connection: a small message reaches the socket as one
 * writev of its pieces, a large one as a few writevs rather than piece by
 * piece, and messages of every size still arrive intact and in order both
 * ways.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Socket } from 'node:net'
import type { Stream } from '@libp2p/interface'
import { gatherTcpWrites } from '../src/node/tcp-gathered-writes.js'
import { echoBack, readAll, send, startPeerPair, type PeerPair } from './helpers/wire-peers.js'

const PROTOCOL = '/lafs-test/tcp-gathered-writes/1'

interface SocketInternals {
  _write: (...args: unknown[]) => unknown
  _writev: (...args: unknown[]) => unknown
}

/** Counts the socket writes Node makes while `job` runs: single pieces and gathered lists. */
async function countSocketWrites (job: () => Promise<void>): Promise<{ single: number, gathered: number }> {
  const prototype = Socket.prototype as unknown as SocketInternals
  const { _write: write, _writev: writev } = prototype
  const counts = { single: 0, gathered: 0 }
  prototype._write = function (this: unknown, ...args: unknown[]) { counts.single++; return write.apply(this, args) }
  prototype._writev = function (this: unknown, ...args: unknown[]) { counts.gathered++; return writev.apply(this, args) }
  try {
    await job()
  } finally {
    prototype._write = write
    prototype._writev = writev
  }
  return counts
}

async function settle (): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, 50))
}

describe('TCP sends gathered into one call', () => {
  let peers: PeerPair

  before(async () => {
    assert.equal(gatherTcpWrites(), true, 'the connection class looks as expected')
    peers = await startPeerPair()
    await peers.server.handle(PROTOCOL, (stream: Stream) => { void echoBack(stream) })
  })
  after(async () => { await peers.stop() })

  it('writes a small message (length, ciphertext and yamux header) with one gathered write', async () => {
    const stream = await peers.client.dialProtocol(peers.server.getMultiaddrs(), PROTOCOL)
    const reading = readAll(stream)
    stream.send(randomBytes(10))
    await settle()
    const counts = await countSocketWrites(async () => {
      for (let i = 0; i < 5; i++) {
        stream.send(randomBytes(200))
        await settle()
      }
    })
    // Ten sends (five each way, in this process), each one writev and no single writes.
    assert.deepEqual(counts, { single: 0, gathered: 10 })
    await stream.close()
    assert.equal((await reading).length, 10 + 5 * 200)
  })

  it('writes a large send in a few gathered writes, not piece by piece', async () => {
    const stream = await peers.client.dialProtocol(peers.server.getMultiaddrs(), PROTOCOL)
    const reading = readAll(stream)
    const counts = await countSocketWrites(async () => {
      stream.send(randomBytes(200_000))
      await settle()
    })
    // Each way four Noise messages of three pieces each: twelve writes apiece without gathering.
    assert.equal(counts.single, 0)
    assert.ok(counts.gathered <= 6, `${counts.gathered} gathered writes`)
    await stream.close()
    assert.equal((await reading).length, 200_000)
  })

  it('carries messages of every size intact, in order, both ways', async () => {
    const stream = await peers.client.dialProtocol(peers.server.getMultiaddrs(), PROTOCOL)
    const sizes = [1, 17, 500, 1199, 1200, 4000, 16_000, 16_384, 20_000, 65_519, 65_520, 70_000, 3, 300_000, 2]
    const messages = sizes.map(size => randomBytes(size))
    const reading = readAll(stream)
    for (const message of messages) await send(stream, message)
    await stream.close()
    assert.deepEqual(await reading, Buffer.concat(messages))
  })
})
