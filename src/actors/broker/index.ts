/**
 * The broker: keeps the live table of storage servers from the
 * announcements heard on gossip (validated as accept / ignore / reject),
 * tracks the connection to each, keeps them connected (dialling with
 * backoff), saves the table so a restarted node dials its servers at once,
 * and reports changes as typed events.
 */
import { TopicValidatorResult, type GossipSub, type Message } from '@libp2p/gossipsub'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { Libp2p, PeerId, PeerInfo } from '@libp2p/interface'
import { ANNOUNCE_TOPIC } from '../../protocol/announce.js'
import { systemClock, type Clock } from '../storage/clock.js'
import { BrokerEventTarget, type BrokerEvents } from './events.js'
import { serverInfo, type ServerInfo } from './server-info.js'
import { memoryServerStore, type ServerStore } from './store.js'
import { ServerTable, type ConnectionState, type ServerEntry } from './table.js'
import { StatsCounter, validateAnnouncement, type AnnouncementStats, type Validation, type ValidationResult } from './validate.js'
import { Redialer, type RedialOptions } from './redial.js'
import { loadServers, TableSaver } from './persist.js'

export type { BrokerEvents } from './events.js'
export type { ServerInfo } from './server-info.js'
export type { ServerStore, SavedServer } from './store.js'
export type { AnnouncementStats, Validation, ValidationReason, ValidationResult } from './validate.js'
export type { ConnectionState, ConnectionStatus } from './table.js'
export { memoryServerStore } from './store.js'

/** How long a server stays in the table without a new announcement. */
export const DEFAULT_ANNOUNCEMENT_TTL = 10 * 60_000
/** How far ahead of our clock an announcement may be dated. */
export const DEFAULT_MAX_CLOCK_SKEW = 5 * 60_000
/** How long after a server joins or leaves the table is saved (changes in between are saved together). */
export const DEFAULT_SAVE_DELAY = 1000
/**
 * How long after a mere refresh (a known server's newer announcement) the
 * table is saved: every server re-announces each minute, and a slightly
 * stale saved copy still serves its purpose (whom to dial after a restart).
 */
export const DEFAULT_REFRESH_SAVE_DELAY = 30_000
/** How often expired entries are swept out, at most. */
export const MAX_SWEEP_INTERVAL = 60_000
/** Most saved servers dialled at start. */
export const MAX_START_DIALS = 256

export interface BrokerLog {
  (message: string, ...args: unknown[]): void
  error: (message: string, ...args: unknown[]) => void
}

export interface BrokerInit {
  /** @default ANNOUNCE_TOPIC */
  topic?: string
  /** @default DEFAULT_ANNOUNCEMENT_TTL */
  ttl?: number
  /** @default DEFAULT_MAX_CLOCK_SKEW */
  maxClockSkew?: number
  /** Where the table is kept between runs. @default a memory store */
  store?: ServerStore
  /** Multiaddrs ending in /p2p/PEERID, dialled at start and kept connected. */
  bootstrap?: string[]
  /** @default DEFAULT_SAVE_DELAY */
  saveDelay?: number
  /** @default DEFAULT_REFRESH_SAVE_DELAY */
  refreshSaveDelay?: number
  redial?: RedialOptions
  /** @default systemClock */
  clock?: Clock
}

export interface BrokerComponents {
  peerId: PeerId
  pubsub: Pick<GossipSub, 'subscribe' | 'unsubscribe' | 'topicValidators'>
  network: Pick<Libp2p, 'dial' | 'getConnections' | 'peerStore' | 'addEventListener' | 'removeEventListener'>
  log?: BrokerLog
}

export interface Broker {
  readonly events: BrokerEventTarget
  start: () => Promise<void>
  stop: () => Promise<void>
  /** Every server in the table, this node's own first, then by peer id. */
  servers: () => ServerInfo[]
  server: (peerId: PeerId | string) => ServerInfo | undefined
  /** Counts of gossip validation outcomes. */
  stats: () => AnnouncementStats
  /** Validates a gossip message as the topic validator does (and applies it when accepted). */
  validate: (data: Uint8Array, author: PeerId | undefined) => Promise<Validation>
  /** Takes this node's own announcement (gossip does not deliver our own messages back). */
  offerLocal: (envelope: Uint8Array) => Promise<Validation>
}

const GOSSIP_RESULTS: Record<ValidationResult, TopicValidatorResult> = {
  accept: TopicValidatorResult.Accept,
  ignore: TopicValidatorResult.Ignore,
  reject: TopicValidatorResult.Reject
}

/** Peer store tag that keeps connections to storage servers from being pruned. */
const SERVER_TAG = 'lafs-storage-server'
const SERVER_TAG_VALUE = 50

function silentLog (): void {}
silentLog.error = silentLog

class DefaultBroker implements Broker {
  readonly events = new BrokerEventTarget()
  private readonly topic: string
  private readonly ttl: number
  private readonly maxClockSkew: number
  private readonly saveDelay: number
  private readonly refreshSaveDelay: number
  private readonly clock: Clock
  private readonly store: ServerStore
  private readonly saver: TableSaver
  private readonly table: ServerTable
  private readonly counter = new StatsCounter()
  private readonly bootstrap: Map<string, Multiaddr[]>
  /** Addresses of saved servers too stale for the table, still worth one dial at start. */
  private readonly savedAddresses = new Map<string, Multiaddr[]>()
  private readonly redialer: Redialer
  private readonly log: BrokerLog
  private running = false
  private sweepTimer: unknown

  constructor (private readonly components: BrokerComponents, init: BrokerInit) {
    this.topic = init.topic ?? ANNOUNCE_TOPIC
    this.ttl = init.ttl ?? DEFAULT_ANNOUNCEMENT_TTL
    this.maxClockSkew = init.maxClockSkew ?? DEFAULT_MAX_CLOCK_SKEW
    this.saveDelay = init.saveDelay ?? DEFAULT_SAVE_DELAY
    this.refreshSaveDelay = init.refreshSaveDelay ?? DEFAULT_REFRESH_SAVE_DELAY
    this.clock = init.clock ?? systemClock
    this.store = init.store ?? memoryServerStore()
    this.table = new ServerTable(this.ttl)
    this.log = components.log ?? silentLog
    this.saver = new TableSaver(this.store, this.clock, this.log, () => this.table.list()
      .filter(entry => entry.connection.status !== 'self')
      .map(entry => ({ envelope: entry.envelope, lastHeard: entry.lastHeard })))
    this.bootstrap = new Map()
    for (const text of init.bootstrap ?? []) {
      const address = multiaddr(text)
      const peer = address.getComponents().findLast(c => c.name === 'p2p')?.value
      if (peer === undefined) continue
      this.bootstrap.set(peer, [...this.bootstrap.get(peer) ?? [], address])
    }
    this.redialer = new Redialer({
      clock: this.clock,
      options: init.redial,
      wanted: (peer) => this.isWanted(peer),
      isConnected: (peer) => components.network.getConnections(peer).length > 0,
      dial: async (peer, signal) => this.dial(peer, signal),
      onDialling: (peer) => { this.setConnection(peer, 'connecting') },
      onFailure: (peer, err) => {
        this.log('could not dial %s: %s', peer.toString(), err instanceof Error ? err.message : String(err))
        if (components.network.getConnections(peer).length === 0) this.setConnection(peer, 'disconnected')
      }
    })
  }

  private readonly onConnect = (event: CustomEvent<PeerId>): void => {
    const peer = event.detail
    const address = this.components.network.getConnections(peer)[0]?.remoteAddr.toString()
    this.setConnection(peer, 'connected', address)
    this.redialer.connected(peer)
  }

  private readonly onDisconnect = (event: CustomEvent<PeerId>): void => {
    const peer = event.detail
    this.setConnection(peer, 'disconnected')
    this.redialer.disconnected(peer)
  }

  private readonly onDiscovery = (event: CustomEvent<PeerInfo>): void => {
    // Peers found on the local network (mDNS): dial once; those that store will announce themselves.
    this.redialer.dialOnce(event.detail.id)
  }

  private readonly gossipValidator = async (_from: PeerId, message: Message): Promise<TopicValidatorResult> => {
    try {
      const validation = await this.validate(message.data, message.type === 'signed' ? message.from : undefined)
      return GOSSIP_RESULTS[validation.result]
    } catch (err: unknown) {
      this.log.error('announcement validation failed: %s', err instanceof Error ? err.message : String(err))
      return TopicValidatorResult.Ignore
    }
  }

  async start (): Promise<void> {
    if (this.running) return
    this.running = true
    const hints = await this.loadSaved()
    const { network, pubsub } = this.components
    network.addEventListener('peer:connect', this.onConnect)
    network.addEventListener('peer:disconnect', this.onDisconnect)
    network.addEventListener('peer:discovery', this.onDiscovery)
    pubsub.topicValidators.set(this.topic, this.gossipValidator)
    pubsub.subscribe(this.topic)
    this.redialer.start()
    // Dial every server we knew, and the bootstrap peers, at once: a
    // restarted node gets back into everyone's table as fast as it connects.
    for (const peer of hints) this.redialer.dialSoon(peer)
    for (const peer of this.bootstrap.keys()) this.redialer.dialSoon(peerIdFromString(peer))
    this.scheduleSweep()
  }

  async stop (): Promise<void> {
    if (!this.running) return
    this.running = false
    const { network, pubsub } = this.components
    network.removeEventListener('peer:connect', this.onConnect)
    network.removeEventListener('peer:disconnect', this.onDisconnect)
    network.removeEventListener('peer:discovery', this.onDiscovery)
    pubsub.unsubscribe(this.topic)
    if (pubsub.topicValidators.get(this.topic) === this.gossipValidator) pubsub.topicValidators.delete(this.topic)
    this.redialer.stop()
    this.clock.clearTimeout(this.sweepTimer)
    await this.saver.flush()
  }

  servers (): ServerInfo[] {
    const self = this.components.peerId.toString()
    return this.table.list()
      .map(serverInfo)
      .sort((a, b) => {
        const aSelf = a.peerId.toString() === self
        const bSelf = b.peerId.toString() === self
        if (aSelf !== bSelf) return aSelf ? -1 : 1
        return a.peerId.toString() < b.peerId.toString() ? -1 : 1
      })
  }

  server (peerId: PeerId | string): ServerInfo | undefined {
    const entry = this.table.get(peerId)
    return entry === undefined ? undefined : serverInfo(entry)
  }

  stats (): AnnouncementStats {
    return this.counter.snapshot()
  }

  async validate (data: Uint8Array, author: PeerId | undefined): Promise<Validation> {
    const validation = await this.apply(data, author, this.connectionOf(author))
    this.counter.record(validation)
    if (validation.result === 'reject') {
      this.log('rejected an announcement from %s: %s', author?.toString() ?? 'an unsigned message', validation.reason)
    }
    return validation
  }

  async offerLocal (envelope: Uint8Array): Promise<Validation> {
    return this.apply(envelope, this.components.peerId, { status: 'self', since: this.clock.now() })
  }

  private async apply (data: Uint8Array, author: PeerId | undefined, connection: ConnectionState): Promise<Validation> {
    const validation = await validateAnnouncement(data, author, this.table, this.clock.now(), {
      ttl: this.ttl,
      maxClockSkew: this.maxClockSkew
    }, connection)
    if (validation.result === 'accept' && validation.verified !== undefined) {
      const entry = this.table.get(validation.verified.peerId)
      if (entry !== undefined) {
        if (validation.reason === 'added') this.log('new server %s (%s)', entry.peerId.toString(), entry.announcement.nickname)
        this.emit(validation.reason === 'added' ? 'server:added' : 'server:updated', entry)
        this.scheduleSave(validation.reason === 'added' ? this.saveDelay : this.refreshSaveDelay)
        if (this.running && entry.connection.status !== 'self') this.redialer.dialSoon(entry.peerId)
      }
    }
    return validation
  }

  private connectionOf (peer: PeerId | undefined): ConnectionState {
    const now = this.clock.now()
    if (peer === undefined) return { status: 'disconnected', since: now }
    if (peer.equals(this.components.peerId)) return { status: 'self', since: now }
    const address = this.components.network.getConnections(peer)[0]?.remoteAddr.toString()
    return address === undefined ? { status: 'disconnected', since: now } : { status: 'connected', address, since: now }
  }

  private isWanted (peer: PeerId): boolean {
    const key = peer.toString()
    if (key === this.components.peerId.toString()) return false
    return this.bootstrap.has(key) || this.table.get(key) !== undefined
  }

  private async dial (peer: PeerId, signal: AbortSignal): Promise<void> {
    const key = peer.toString()
    const announced = this.table.get(key)?.announcement.addresses ?? this.savedAddresses.get(key) ?? []
    const addresses = [...this.bootstrap.get(key) ?? [], ...announced]
    const { peerStore } = this.components.network
    // Replace, not add to, the addresses: the announcement is signed by the
    // peer itself, and libp2p tries addresses one after another, so a stale
    // one (a node restarted on another port) would cost a timeout each time.
    if (addresses.length > 0) {
      await peerStore.patch(peer, { multiaddrs: addresses.map(address => multiaddr(address.getComponents().filter(c => c.name !== 'p2p'))) })
    }
    await peerStore.merge(peer, { tags: { [SERVER_TAG]: { value: SERVER_TAG_VALUE } } })
    await this.components.network.dial(peer, { signal })
  }

  private setConnection (peer: PeerId, status: 'connected' | 'connecting' | 'disconnected', address?: string): void {
    if (status === 'connecting' && this.components.network.getConnections(peer).length > 0) return
    const entry = this.table.setConnection(peer, status, this.clock.now(), address)
    if (entry === undefined) return
    this.log('%s (%s) %s', peer.toString(), entry.announcement.nickname, status)
    this.emit('server:connection', entry)
  }

  private emit (type: keyof BrokerEvents, entry: ServerEntry): void {
    this.events.emit(type, serverInfo(entry))
  }

  /** Loads the saved table; returns the peers to dial (every saved server, fresh or not). */
  private async loadSaved (): Promise<PeerId[]> {
    const now = this.clock.now()
    const loaded = await loadServers(this.store, this.components.peerId, MAX_START_DIALS, this.log)
    for (const { verified, lastHeard } of loaded) {
      if (now - lastHeard <= this.ttl) this.table.offer(verified, now, { status: 'disconnected', since: now }, lastHeard)
      else this.savedAddresses.set(verified.peerId.toString(), verified.announcement.addresses)
    }
    return loaded.map(({ verified }) => verified.peerId)
  }

  private scheduleSave (delay: number): void {
    if (this.running) this.saver.schedule(delay)
  }

  private scheduleSweep (): void {
    const interval = Math.min(Math.max(this.ttl / 4, 1), MAX_SWEEP_INTERVAL)
    this.sweepTimer = this.clock.setTimeout(() => {
      if (!this.running) return
      this.sweep()
      this.scheduleSweep()
    }, interval)
  }

  /** Drops the servers not heard from within the TTL. */
  sweep (): void {
    const removed = this.table.expire(this.clock.now())
    for (const entry of removed) {
      this.redialer.forget(entry.peerId)
      this.emit('server:removed', entry)
    }
    if (removed.length > 0) this.scheduleSave(this.saveDelay)
  }
}

export function broker (init: BrokerInit = {}): (components: BrokerComponents) => Broker {
  return (components) => new DefaultBroker(components, init)
}
