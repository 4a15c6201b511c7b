/**
 * The table of known storage servers: pure state, no I/O, time passed in.
 * An entry comes from an authentic announcement; a newer sequence number
 * replaces it; an entry not heard from for `ttl` drops out.
 */
import type { PeerId } from '@libp2p/interface'
import type { Announcement, VerifiedAnnouncement } from '../../protocol/announce.js'

export type ConnectionStatus = 'self' | 'connected' | 'connecting' | 'disconnected'

export interface ConnectionState {
  status: ConnectionStatus
  /** The remote address of the connection while connected. */
  address?: string
  /** When the status last changed (ms since the epoch). */
  since: number
}

export interface ServerEntry {
  peerId: PeerId
  announcement: Announcement
  /** The signed bytes, kept so the entry can be persisted and verified again. */
  envelope: Uint8Array
  /** When an announcement from this server was last accepted (ms since the epoch). */
  lastHeard: number
  connection: ConnectionState
}

/** What offering an announcement to the table did. */
export type OfferOutcome = 'added' | 'updated' | 'not-newer' | 'table-full'

/** Most servers a table holds: new keys are cheap to make, so the table must be bounded. */
export const DEFAULT_MAX_SERVERS = 1000

export class ServerTable {
  private readonly entries = new Map<string, ServerEntry>()

  constructor (readonly ttl: number, readonly maxServers = DEFAULT_MAX_SERVERS) {}

  get size (): number {
    return this.entries.size
  }

  get (peerId: PeerId | string): ServerEntry | undefined {
    return this.entries.get(peerId.toString())
  }

  list (): ServerEntry[] {
    return [...this.entries.values()]
  }

  /**
   * Takes an authentic announcement if its sequence number is higher than
   * the one held for that server. `lastHeard` may be given (when reloading
   * a saved table); it defaults to `now`.
   */
  offer (verified: VerifiedAnnouncement, now: number, connection: ConnectionState, lastHeard = now): OfferOutcome {
    const key = verified.peerId.toString()
    const existing = this.entries.get(key)
    if (existing !== undefined && existing.announcement.seqnum >= verified.announcement.seqnum) return 'not-newer'
    if (existing === undefined && this.entries.size >= this.maxServers) return 'table-full'
    this.entries.set(key, {
      peerId: verified.peerId,
      announcement: verified.announcement,
      envelope: verified.envelope,
      lastHeard,
      connection: existing?.connection ?? connection
    })
    return existing === undefined ? 'added' : 'updated'
  }

  /** Changes an entry's connection state; returns the entry when something changed. */
  setConnection (peerId: PeerId | string, status: ConnectionStatus, now: number, address?: string): ServerEntry | undefined {
    const entry = this.entries.get(peerId.toString())
    if (entry === undefined || entry.connection.status === 'self') return undefined
    if (entry.connection.status === status && entry.connection.address === address) return undefined
    entry.connection = address === undefined ? { status, since: now } : { status, address, since: now }
    return entry
  }

  isExpired (entry: ServerEntry, now: number): boolean {
    return entry.connection.status !== 'self' && now - entry.lastHeard > this.ttl
  }

  /** Removes and returns the entries not heard from within the TTL. Our own entry never expires. */
  expire (now: number): ServerEntry[] {
    const removed: ServerEntry[] = []
    for (const [key, entry] of this.entries) {
      if (this.isExpired(entry, now)) {
        this.entries.delete(key)
        removed.push(entry)
      }
    }
    return removed
  }
}
