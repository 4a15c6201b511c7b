/**
 * The node's libp2p: TCP, Noise, Yamux, identify, gossipsub for
 * announcements, and mDNS when configured. Bootstrap peers are dialled (and
 * redialled) by the broker rather than by @libp2p/bootstrap, which dials
 * once only. Loaded lazily: only a running node pays for libp2p.
 */
import './polyfills.js'
import { noise } from '@chainsafe/libp2p-noise'
import { gossipsub, type GossipSub } from '@libp2p/gossipsub'
import { identify, type Identify } from '@libp2p/identify'
import { mdns } from '@libp2p/mdns'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { ANNOUNCE_TOPIC, MAX_ANNOUNCEMENT_BYTES } from '../protocol/announce.js'
import type { NodeConfig } from './config.js'
import { batchYamuxWindowUpdates } from './yamux-window.js'
import { cheapLengthPrefixEnd } from './length-prefix-end.js'
import { gatherTcpWrites, TCP_SOCKET_OPTIONS } from './tcp-gathered-writes.js'
import { noiseCrypto } from './noise-crypto.js'

export interface NodeServices {
  identify: Identify
  pubsub: GossipSub
  [name: string]: unknown
}

export type NodeLibp2p = Libp2p<NodeServices>

/**
 * Connections a single host may open per second. libp2p's default (5) leaves
 * nodes isolated when a whole grid starts on one host.
 */
export const INBOUND_CONNECTION_THRESHOLD = 1000
/** Connections still in their handshake at once. */
export const MAX_INCOMING_PENDING_CONNECTIONS = 100
/** mDNS service name: only lafs nodes answer each other. */
export const MDNS_SERVICE_TAG = '_lafs-grid._udp.local'
/**
 * How often each connection is pinged to measure it and find dead ones.
 * libp2p's default (10 s) opens a stream per connection every 10 s, the
 * largest part of an idle node's CPU; yamux keep-alives already run every 30 s.
 */
export const CONNECTION_PING_INTERVAL = 60_000
/** Gossip data larger than this is dropped undecoded (announcements are far smaller). */
export const MAX_GOSSIP_DATA_BYTES = 2 * MAX_ANNOUNCEMENT_BYTES

/**
 * Identifies a gossip message before any check, by author and sequence
 * number (what its message id is made of), so that a duplicate arriving
 * through another mesh peer is dropped before gossipsub checks its
 * signature again.
 */
function gossipDuplicateKey (message: { from?: Uint8Array, seqno?: Uint8Array }): string {
  const from = message.from ?? new Uint8Array()
  const seqno = message.seqno ?? new Uint8Array()
  return `${Buffer.from(from).toString('base64')}/${Buffer.from(seqno).toString('base64')}`
}

export interface NodeLibp2pOptions {
  privateKey: PrivateKey
  config: NodeConfig
  /** Software name and version, told to peers by identify. */
  version: string
}

/** Creates the node's libp2p, not yet started. */
export async function createNodeLibp2p (options: NodeLibp2pOptions): Promise<NodeLibp2p> {
  const { network } = options.config
  batchYamuxWindowUpdates()
  cheapLengthPrefixEnd()
  gatherTcpWrites()
  return createLibp2p<NodeServices>({
    start: false,
    privateKey: options.privateKey,
    nodeInfo: { name: 'lafs', version: options.version },
    addresses: { listen: network.listen, announce: network.announce },
    transports: [tcp(TCP_SOCKET_OPTIONS)],
    connectionEncrypters: [noise({ crypto: noiseCrypto })],
    streamMuxers: [yamux()],
    peerDiscovery: network.mdns ? [mdns({ serviceTag: MDNS_SERVICE_TAG })] : [],
    connectionMonitor: { pingInterval: CONNECTION_PING_INTERVAL },
    connectionManager: {
      inboundConnectionThreshold: INBOUND_CONNECTION_THRESHOLD,
      maxIncomingPendingConnections: MAX_INCOMING_PENDING_CONNECTIONS
    },
    services: {
      identify: identify(),
      pubsub: gossipsub({
        // Our own announcements go straight to every subscribed peer, mesh or not.
        floodPublish: true,
        allowPublishToZeroTopicPeers: true,
        allowedTopics: [ANNOUNCE_TOPIC],
        maxInboundDataLength: MAX_GOSSIP_DATA_BYTES,
        fallbackToFloodsub: false,
        fastMsgIdFn: gossipDuplicateKey
      })
    }
  })
}
