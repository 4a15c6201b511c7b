/**
 * Yamux window updates batched (src/node/yamux-window.ts) over a real
 * libp2p connection: no update for a few small messages, one once a quarter
 * of the window is used, and transfers far larger than the window in both
 * directions still complete.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import type { Stream } from '@libp2p/interface'
import { UPDATE_AFTER_BYTES, batchYamuxWindowUpdates } from '../src/node/yamux-window.js'
import { startPeerPair, type PeerPair } from './helpers/wire-peers.js'

const PROTOCOL = '/lafs-test/yamux-window/1'

interface WindowView {
  recvWindow: number
  recvWindowCapacity: number
}

/** Bytes the receiving side has consumed and not yet granted back to the sender. */
function ungranted (stream: Stream): number {
  const view = stream as unknown as WindowView
  return view.recvWindow - view.recvWindowCapacity
}

async function settle (): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, 50))
}

describe('yamux window updates, batched', () => {
  let peers: PeerPair
  const received: Stream[] = []
  const totals = new Map<Stream, number>()

  before(async () => {
    assert.equal(batchYamuxWindowUpdates(), true, 'the stream class looks as expected')
    peers = await startPeerPair()
    await peers.server.handle(PROTOCOL, (stream: Stream) => {
      received.push(stream)
      totals.set(stream, 0)
      void (async () => {
        // Echoes everything back, so both directions carry the data.
        for await (const chunk of stream) {
          const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
          totals.set(stream, (totals.get(stream) ?? 0) + bytes.length)
          if (!stream.send(bytes)) await new Promise(resolve => stream.addEventListener('drain', resolve, { once: true }))
        }
        await stream.close()
      })()
    })
  })
  after(async () => { await peers.stop() })

  it('grants the window back only once a quarter of it is used', async () => {
    const stream = await peers.client.dialProtocol(peers.server.getMultiaddrs(), PROTOCOL)
    const small = 1024
    for (let i = 0; i < 10; i++) stream.send(randomBytes(small))
    await settle()
    const server = received.at(-1) as Stream
    assert.equal(totals.get(server), 10 * small)
    assert.equal(ungranted(server), 10 * small, 'no update after 10 small frames')
    stream.send(randomBytes(UPDATE_AFTER_BYTES))
    await settle()
    assert.ok(ungranted(server) < UPDATE_AFTER_BYTES, `an update once ${UPDATE_AFTER_BYTES} bytes were used (${ungranted(server)} left ungranted)`)
    await stream.close()
  })

  it('carries 8 MiB each way through a 256 KiB window', async () => {
    const stream = await peers.client.dialProtocol(peers.server.getMultiaddrs(), PROTOCOL)
    const data = randomBytes(8 * 1024 * 1024)
    const echoed: Uint8Array[] = []
    const reading = (async () => { for await (const chunk of stream) echoed.push(chunk instanceof Uint8Array ? chunk : chunk.subarray()) })()
    for (let offset = 0; offset < data.length; offset += 100_000) {
      if (!stream.send(data.subarray(offset, offset + 100_000))) await new Promise(resolve => stream.addEventListener('drain', resolve, { once: true }))
    }
    await stream.close()
    await reading
    assert.deepEqual(Buffer.concat(echoed), data)
  })
})
