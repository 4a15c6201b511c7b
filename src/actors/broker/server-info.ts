/** The public view of a table entry: what the uploader, the gateway and events see. */
import type { PeerId } from '@libp2p/interface'
import type { ConnectionState, ServerEntry } from './table.js'

export interface ServerInfo {
  peerId: PeerId
  /** The raw 32-byte Ed25519 node key (lease secrets, permutation seed). */
  publicKey: Uint8Array
  nickname: string
  version: string
  /** Multiaddrs the server announced, without /p2p/. */
  addresses: string[]
  availableSpace: number
  maximumImmutableShareSize: number
  seqnum: number
  /** When the server made its current announcement (ms since the epoch, its clock). */
  announcedAt: number
  /** When we last accepted an announcement from it (ms since the epoch, our clock). */
  lastHeard: number
  connection: ConnectionState
  /** This node's own storage server. */
  isSelf: boolean
}

export function serverInfo (entry: ServerEntry): ServerInfo {
  const a = entry.announcement
  return {
    peerId: entry.peerId,
    publicKey: a.publicKey,
    nickname: a.nickname,
    version: a.version,
    addresses: a.addresses.map(address => address.toString()),
    availableSpace: a.availableSpace,
    maximumImmutableShareSize: a.maximumImmutableShareSize,
    seqnum: a.seqnum,
    announcedAt: a.timestamp,
    lastHeard: entry.lastHeard,
    connection: { ...entry.connection },
    isSelf: entry.connection.status === 'self'
  }
}
