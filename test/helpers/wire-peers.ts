/**
 * Two bare libp2p nodes on 127.0.0.1 in this process (TCP, Noise, Yamux),
 * connected to each other: enough to run `/lafs/storage/1` between a real
 * server and a real client without the rest of a lafs node.
 */
import '../../src/node/polyfills.js'
import { noise } from '@chainsafe/libp2p-noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import type { Libp2p, Stream } from '@libp2p/interface'
import { batchYamuxWindowUpdates } from '../../src/node/yamux-window.js'
import { cheapLengthPrefixEnd } from '../../src/node/length-prefix-end.js'
import { gatherTcpWrites, TCP_SOCKET_OPTIONS } from '../../src/node/tcp-gathered-writes.js'
import { noiseCrypto } from '../../src/node/noise-crypto.js'

/** Many short-lived connections from one host are normal in tests. */
const INBOUND_CONNECTION_THRESHOLD = 1000

export interface PeerPair {
  server: Libp2p
  client: Libp2p
  stop: () => Promise<void>
}

export async function startPeer (): Promise<Libp2p> {
  // Yamux, Noise and TCP writes as the node runs them (src/node/libp2p.ts).
  batchYamuxWindowUpdates()
  cheapLengthPrefixEnd()
  gatherTcpWrites()
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp(TCP_SOCKET_OPTIONS)],
    connectionEncrypters: [noise({ crypto: noiseCrypto })],
    streamMuxers: [yamux()],
    connectionManager: { inboundConnectionThreshold: INBOUND_CONNECTION_THRESHOLD }
  })
}

export async function startPeerPair (): Promise<PeerPair> {
  const server = await startPeer()
  const client = await startPeer()
  await client.dial(server.getMultiaddrs())
  return {
    server,
    client,
    stop: async () => {
      await Promise.all([client.stop(), server.stop()])
    }
  }
}

/** A test protocol's handler body: echoes every chunk back (with back-pressure), then closes. */
export async function echoBack (stream: Stream): Promise<void> {
  for await (const chunk of stream) await send(stream, chunk instanceof Uint8Array ? chunk : chunk.subarray())
  await stream.close()
}

/** Sends `data`, waiting for the stream to drain when it asks to. */
export async function send (stream: Stream, data: Uint8Array): Promise<void> {
  if (!stream.send(data)) await new Promise(resolve => stream.addEventListener('drain', resolve, { once: true }))
}

/** Sends `data` in pieces of `size` bytes, with back-pressure. */
export async function sendInPieces (stream: Stream, data: Uint8Array, size: number): Promise<void> {
  for (let offset = 0; offset < data.length; offset += size) await send(stream, data.subarray(offset, offset + size))
}

/** Everything the stream delivers until its remote side closes. */
export async function readAll (stream: Stream): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) chunks.push(chunk instanceof Uint8Array ? chunk : chunk.subarray())
  return Buffer.concat(chunks)
}
