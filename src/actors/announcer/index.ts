/**
 * The announcer: publishes this storage node's signed announcement on the
 * grid's gossip topic. It publishes at start, soon after a peer newly
 * subscribes to the topic (so a node that joins or restarts learns of us and
 * we of it within moments, instead of a period later), when our addresses
 * change, on request, and every `interval` (jittered) so that the grid's
 * tables keep us while we live.
 */
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2p, PeerUpdate, PrivateKey } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { ANNOUNCE_TOPIC, MAX_ADDRESSES, signAnnouncement } from '../../protocol/announce.js'
import { systemClock, type Clock } from '../storage/clock.js'
import { memorySeqnumStore, nextSeqnum, type SeqnumStore } from './seqnum.js'

export type { SeqnumStore } from './seqnum.js'
export { memorySeqnumStore } from './seqnum.js'

/** Time between periodic announcements. */
export const DEFAULT_ANNOUNCE_INTERVAL = 60_000
/** Each period varies randomly by up to this fraction, so that nodes do not publish in step. */
export const DEFAULT_ANNOUNCE_JITTER = 0.2
/** Wait after a peer subscribes before publishing, so that a burst of joins costs one publish. */
export const DEFAULT_JOIN_DELAY = 100
/** Least time between two publishes triggered by joins or address changes. */
export const DEFAULT_MIN_GAP = 500

export interface StorageSpace {
  availableSpace: number
  maximumImmutableShareSize: number
}

export interface AnnouncerLog {
  (message: string, ...args: unknown[]): void
  error: (message: string, ...args: unknown[]) => void
}

export interface AnnouncerInit {
  nickname: string
  /** Software name and version, e.g. `lafs/0.1.0`. */
  version: string
  /** What the storage server can take now; asked before each publish. */
  space: () => Promise<StorageSpace>
  /** @default memorySeqnumStore() */
  seqnum?: SeqnumStore
  /** @default ANNOUNCE_TOPIC */
  topic?: string
  /** @default DEFAULT_ANNOUNCE_INTERVAL */
  interval?: number
  /** @default DEFAULT_ANNOUNCE_JITTER */
  jitter?: number
  /** @default DEFAULT_JOIN_DELAY */
  joinDelay?: number
  /** @default DEFAULT_MIN_GAP */
  minGap?: number
  /** Called with every envelope published (the local broker takes it: gossip does not echo our own messages). */
  onPublish?: (envelope: Uint8Array) => Promise<unknown>
  /** @default systemClock */
  clock?: Clock
}

export interface AnnouncerComponents {
  privateKey: PrivateKey
  pubsub: Pick<GossipSub, 'publish' | 'addEventListener' | 'removeEventListener'>
  network: Pick<Libp2p, 'getMultiaddrs' | 'addEventListener' | 'removeEventListener'>
  log?: AnnouncerLog
}

export interface Announcer {
  start: () => Promise<void>
  stop: () => Promise<void>
  /** Publishes as soon as possible (e.g. available space changed a lot). */
  announceNow: () => void
  /** The last envelope published, if any. */
  lastAnnouncement: () => Uint8Array | undefined
}

function silentLog (): void {}
silentLog.error = silentLog

class DefaultAnnouncer implements Announcer {
  private readonly topic: string
  private readonly interval: number
  private readonly jitter: number
  private readonly joinDelay: number
  private readonly minGap: number
  private readonly clock: Clock
  private readonly seqnum: SeqnumStore
  private readonly log: AnnouncerLog
  private running = false
  private timer: unknown
  private timerDue = Infinity
  private publishing: Promise<void> | undefined
  private again = false
  private lastPublish = -Infinity
  private lastSeqnum: number | undefined
  private last: Uint8Array | undefined

  constructor (private readonly components: AnnouncerComponents, private readonly init: AnnouncerInit) {
    this.topic = init.topic ?? ANNOUNCE_TOPIC
    this.interval = init.interval ?? DEFAULT_ANNOUNCE_INTERVAL
    this.jitter = init.jitter ?? DEFAULT_ANNOUNCE_JITTER
    this.joinDelay = init.joinDelay ?? DEFAULT_JOIN_DELAY
    this.minGap = init.minGap ?? DEFAULT_MIN_GAP
    this.clock = init.clock ?? systemClock
    this.seqnum = init.seqnum ?? memorySeqnumStore()
    this.log = components.log ?? silentLog
  }

  private readonly onSubscriptionChange = (event: CustomEvent<{ subscriptions: Array<{ topic: string, subscribe: boolean }> }>): void => {
    if (event.detail.subscriptions.some(s => s.subscribe && s.topic === this.topic)) this.soon()
  }

  private readonly onSelfUpdate = (_event: CustomEvent<PeerUpdate>): void => {
    this.soon()
  }

  start (): Promise<void> {
    if (this.running) return Promise.resolve()
    this.running = true
    this.components.pubsub.addEventListener('subscription-change', this.onSubscriptionChange)
    this.components.network.addEventListener('self:peer:update', this.onSelfUpdate)
    this.schedule(0)
    return Promise.resolve()
  }

  async stop (): Promise<void> {
    if (!this.running) return
    this.running = false
    this.components.pubsub.removeEventListener('subscription-change', this.onSubscriptionChange)
    this.components.network.removeEventListener('self:peer:update', this.onSelfUpdate)
    this.clock.clearTimeout(this.timer)
    this.timer = undefined
    await this.publishing
  }

  announceNow (): void {
    this.schedule(0)
  }

  lastAnnouncement (): Uint8Array | undefined {
    return this.last
  }

  /** A publish triggered by the network: soon, but not more often than minGap. */
  private soon (): void {
    const now = this.clock.now()
    this.schedule(Math.max(this.joinDelay, this.lastPublish + this.minGap - now))
  }

  /** Publishes after `delay` ms, unless a publish is already due sooner. */
  private schedule (delay: number): void {
    if (!this.running) return
    const due = this.clock.now() + delay
    if (this.timer !== undefined && this.timerDue <= due) return
    this.clock.clearTimeout(this.timer)
    this.timerDue = due
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined
      this.timerDue = Infinity
      this.run()
    }, delay)
  }

  private run (): void {
    if (this.publishing !== undefined) {
      this.again = true
      return
    }
    this.publishing = this.publish()
      .catch((err: unknown) => {
        this.log.error('could not publish the announcement: %s', err instanceof Error ? err.message : String(err))
      })
      .finally(() => {
        this.publishing = undefined
        if (!this.running) return
        if (this.again) {
          this.again = false
          this.soon()
        }
        const period = this.interval * (1 + this.jitter * (2 * Math.random() - 1))
        this.schedule(Math.round(period))
      })
  }

  private addresses (): Multiaddr[] {
    return this.components.network.getMultiaddrs().slice(0, MAX_ADDRESSES)
  }

  private async publish (): Promise<void> {
    const now = this.clock.now()
    this.lastSeqnum ??= await this.seqnum.load()
    const seqnum = nextSeqnum(this.lastSeqnum, now)
    await this.seqnum.save(seqnum)
    this.lastSeqnum = seqnum
    const space = await this.init.space()
    const envelope = await signAnnouncement({
      publicKey: this.components.privateKey.publicKey.raw,
      addresses: this.addresses(),
      nickname: this.init.nickname,
      version: this.init.version,
      availableSpace: space.availableSpace,
      maximumImmutableShareSize: space.maximumImmutableShareSize,
      seqnum,
      timestamp: now
    }, this.components.privateKey)
    this.lastPublish = now
    this.last = envelope
    await this.init.onPublish?.(envelope)
    const result = await this.components.pubsub.publish(this.topic, envelope)
    this.log('published announcement %d to %d peers', seqnum, result.recipients.length)
  }
}

export function announcer (init: AnnouncerInit): (components: AnnouncerComponents) => Announcer {
  return (components) => new DefaultAnnouncer(components, init)
}
