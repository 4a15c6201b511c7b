/**
 * Announcements without a network: encoding and signatures, gossip
 * validation (accept / ignore / reject and the counts), expiry driven by an
 * injected clock, and the announcer's publishing schedule.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { Ed25519PrivateKey, PeerId } from '@libp2p/interface'
import type { Message } from '@libp2p/gossipsub'
import {
  ANNOUNCE_TOPIC, ANNOUNCEMENT_SIGNATURE_DOMAIN, encodeAnnouncement, openAnnouncement, signAnnouncement,
  AnnouncementFormatError, AnnouncementSignatureError, type Announcement
} from '../src/protocol/announce.js'
import { lafs } from '../src/protocol/generated/announce.js'
import { broker, memoryServerStore, type BrokerComponents, type ServerInfo } from '../src/actors/broker/index.js'
import { ServerTable } from '../src/actors/broker/table.js'
import { validateAnnouncement } from '../src/actors/broker/validate.js'
import { announcer, memorySeqnumStore } from '../src/actors/announcer/index.js'
import { ManualClock } from './helpers/manual-clock.js'

const TTL = 10 * 60_000
const LIMITS = { ttl: TTL, maxClockSkew: 5 * 60_000 }
const NOW = Date.UTC(2025, 0, 1)

interface Identity {
  key: Ed25519PrivateKey
  peerId: PeerId
}

async function identity (): Promise<Identity> {
  const key = await generateKeyPair('Ed25519')
  return { key, peerId: peerIdFromPrivateKey(key) }
}

function announcementOf (who: Identity, overrides: Partial<Announcement> = {}): Announcement {
  return {
    publicKey: who.key.publicKey.raw,
    addresses: [multiaddr('/ip4/127.0.0.1/tcp/4001')],
    nickname: 'alice',
    version: 'lafs/0.1.0',
    availableSpace: 1_000_000,
    maximumImmutableShareSize: 1_000_000,
    seqnum: 1,
    timestamp: NOW,
    ...overrides
  }
}

async function envelopeOf (who: Identity, overrides: Partial<Announcement> = {}): Promise<Uint8Array> {
  return signAnnouncement(announcementOf(who, overrides), who.key)
}

/** An envelope whose body says `body` and whose signature is made by `signer`. */
async function forge (body: Uint8Array, signer: Identity): Promise<Uint8Array> {
  const domain = new TextEncoder().encode(ANNOUNCEMENT_SIGNATURE_DOMAIN)
  const signature = await signer.key.sign(new Uint8Array([...domain, ...body]))
  return lafs.announce.SignedAnnouncement.encode({ body, signature }).finish()
}

const disconnected = { status: 'disconnected' as const, since: NOW }

describe('announcement encoding', () => {
  it('round-trips through sign and open, dropping /p2p/ from addresses', async () => {
    const alice = await identity()
    const address = multiaddr(`/ip4/127.0.0.1/tcp/4001/p2p/${alice.peerId.toString()}`)
    const envelope = await envelopeOf(alice, { addresses: [address], nickname: 'ålice', seqnum: 2 ** 40 })
    const opened = await openAnnouncement(envelope)
    assert.ok(opened.peerId.equals(alice.peerId))
    assert.deepEqual(opened.announcement.addresses.map(String), ['/ip4/127.0.0.1/tcp/4001'])
    assert.equal(opened.announcement.nickname, 'ålice')
    assert.equal(opened.announcement.seqnum, 2 ** 40)
    assert.equal(typeof opened.announcement.timestamp, 'number')
    assert.deepEqual(Uint8Array.from(opened.announcement.publicKey), alice.key.publicKey.raw)
  })

  it('refuses to encode fields out of bounds', async () => {
    const alice = await identity()
    assert.throws(() => encodeAnnouncement(announcementOf(alice, { publicKey: new Uint8Array(31) })), AnnouncementFormatError)
    assert.throws(() => encodeAnnouncement(announcementOf(alice, { seqnum: -1 })), AnnouncementFormatError)
    assert.throws(() => encodeAnnouncement(announcementOf(alice, { availableSpace: 2 ** 53 })), AnnouncementFormatError)
    assert.throws(() => encodeAnnouncement(announcementOf(alice, { nickname: 'x'.repeat(257) })), AnnouncementFormatError)
  })

  it('rejects a tampered body and a signature by another key', async () => {
    const alice = await identity()
    const mallory = await identity()
    const body = encodeAnnouncement(announcementOf(alice))
    await assert.rejects(openAnnouncement(await forge(body, mallory)), AnnouncementSignatureError)
    const genuine = lafs.announce.SignedAnnouncement.decode(await envelopeOf(alice))
    const tampered = Uint8Array.from(genuine.body)
    tampered[tampered.length - 1] = (tampered.at(-1) ?? 0) ^ 1
    await assert.rejects(openAnnouncement(lafs.announce.SignedAnnouncement.encode({ body: tampered, signature: genuine.signature }).finish()), AnnouncementSignatureError)
  })
})

describe('announcement validation', () => {
  it('accepts a new server, then a higher seqnum; ignores an equal or lower one', async () => {
    const alice = await identity()
    const table = new ServerTable(TTL)
    const validate = async (seqnum: number): Promise<string> =>
      (await validateAnnouncement(await envelopeOf(alice, { seqnum }), alice.peerId, table, NOW, LIMITS, disconnected)).reason
    assert.equal(await validate(5), 'added')
    assert.equal(await validate(6), 'updated')
    assert.equal(await validate(6), 'not-newer')
    assert.equal(await validate(3), 'not-newer')
    assert.equal(table.get(alice.peerId)?.announcement.seqnum, 6)
  })

  it('rejects forgeries, wrong authors, unsigned messages and malformed bytes', async () => {
    const alice = await identity()
    const mallory = await identity()
    const table = new ServerTable(TTL)
    const check = async (data: Uint8Array, author: PeerId | undefined): Promise<[string, string]> => {
      const v = await validateAnnouncement(data, author, table, NOW, LIMITS, disconnected)
      return [v.result, v.reason]
    }
    const forged = await forge(encodeAnnouncement(announcementOf(alice)), mallory)
    // Signed by Mallory's key, claiming to be Alice's announcement.
    assert.deepEqual(await check(forged, alice.peerId), ['reject', 'bad-signature'])
    assert.deepEqual(await check(forged, mallory.peerId), ['reject', 'wrong-author'])
    // Mallory relays Alice's genuine announcement as if she wrote it.
    assert.deepEqual(await check(await envelopeOf(alice), mallory.peerId), ['reject', 'wrong-author'])
    assert.deepEqual(await check(await envelopeOf(alice), undefined), ['reject', 'wrong-author'])
    assert.deepEqual(await check(new Uint8Array([0xff, 0xff, 0xff]), alice.peerId), ['reject', 'malformed'])
    const shortKey = lafs.announce.Announcement.encode({ publicKey: new Uint8Array(31), seqnum: 1, timestamp: NOW }).finish()
    assert.deepEqual(await check(await forge(shortKey, alice), alice.peerId), ['reject', 'malformed'])
    const badAddress = lafs.announce.Announcement.encode({ publicKey: alice.key.publicKey.raw, addresses: [new Uint8Array([0xee, 1])], seqnum: 1, timestamp: NOW }).finish()
    assert.deepEqual(await check(await forge(badAddress, alice), alice.peerId), ['reject', 'malformed'])
    assert.deepEqual(await check(new Uint8Array(5000), alice.peerId), ['reject', 'malformed'])
    assert.equal(table.size, 0)
    // A forged newer announcement does not displace the genuine one.
    assert.deepEqual(await check(await envelopeOf(alice, { seqnum: 1 }), alice.peerId), ['accept', 'added'])
    const forgedNewer = await forge(encodeAnnouncement(announcementOf(alice, { seqnum: 5, nickname: 'evil' })), mallory)
    assert.deepEqual(await check(forgedNewer, alice.peerId), ['reject', 'bad-signature'])
    assert.equal(table.get(alice.peerId)?.announcement.nickname, 'alice')
  })

  it('ignores announcements dated beyond the TTL or too far ahead, and new servers when the table is full', async () => {
    const alice = await identity()
    const bob = await identity()
    const table = new ServerTable(TTL, 1)
    const check = async (who: Identity, timestamp: number): Promise<string> =>
      (await validateAnnouncement(await envelopeOf(who, { timestamp }), who.peerId, table, NOW, LIMITS, disconnected)).reason
    assert.equal(await check(alice, NOW - TTL - 1), 'expired')
    assert.equal(await check(alice, NOW + LIMITS.maxClockSkew + 1), 'from-the-future')
    assert.equal(await check(alice, NOW - 1000), 'added')
    assert.equal(await check(bob, NOW), 'table-full')
  })
})

function stubBrokerComponents (self: PeerId, dialled: string[] = [], patched = new Map<string, string[]>()): BrokerComponents & { pubsub: { topicValidators: Map<string, unknown>, subscribed: Set<string> } } {
  const subscribed = new Set<string>()
  const pubsub = {
    subscribed,
    topicValidators: new Map(),
    subscribe: (topic: string) => { subscribed.add(topic) },
    unsubscribe: (topic: string) => { subscribed.delete(topic) }
  }
  const network = {
    dial: (peer: PeerId) => {
      dialled.push(peer.toString())
      return Promise.reject(new Error('no network in this test'))
    },
    getConnections: () => [],
    peerStore: {
      merge: () => Promise.resolve(),
      patch: (peer: PeerId, data: { multiaddrs: Array<{ toString: () => string }> }) => {
        patched.set(peer.toString(), data.multiaddrs.map(String))
        return Promise.resolve()
      }
    },
    addEventListener: () => {},
    removeEventListener: () => {}
  }
  return { peerId: self, pubsub, network: network as unknown as BrokerComponents['network'] }
}

function gossip (from: PeerId, data: Uint8Array): Message {
  return { type: 'signed', from, topic: ANNOUNCE_TOPIC, data, sequenceNumber: 1n, signature: new Uint8Array(), key: (from.publicKey ?? assert.fail()) }
}

describe('broker', () => {
  it('validates gossip through the topic validator it registers, and counts the outcomes', async () => {
    const self = await identity()
    const alice = await identity()
    const mallory = await identity()
    const clock = new ManualClock(NOW)
    const components = stubBrokerComponents(self.peerId)
    const b = broker({ clock })(components)
    await b.start()
    assert.ok(components.pubsub.subscribed.has(ANNOUNCE_TOPIC))
    const validator = components.pubsub.topicValidators.get(ANNOUNCE_TOPIC) as (peer: PeerId, message: Message) => Promise<string>
    assert.equal(typeof validator, 'function')

    assert.equal(await validator(alice.peerId, gossip(alice.peerId, await envelopeOf(alice, { timestamp: NOW }))), 'accept')
    assert.equal(await validator(alice.peerId, gossip(alice.peerId, await envelopeOf(alice, { timestamp: NOW }))), 'ignore')
    assert.equal(await validator(mallory.peerId, gossip(mallory.peerId, await envelopeOf(alice, { seqnum: 9, timestamp: NOW }))), 'reject')
    assert.equal(await validator(mallory.peerId, gossip(mallory.peerId, new Uint8Array([1, 2, 3]))), 'reject')

    assert.deepEqual(b.stats(), { accepted: 1, ignored: 1, rejected: 2, reasons: { added: 1, 'not-newer': 1, 'wrong-author': 1, malformed: 1 } })
    assert.deepEqual(b.servers().map(s => s.nickname), ['alice'])
    await b.stop()
    assert.equal(components.pubsub.topicValidators.has(ANNOUNCE_TOPIC), false)
    assert.equal(components.pubsub.subscribed.size, 0)
    assert.equal(clock.pending, 0, 'no timer left behind')
  })

  it('drops a server not heard from within the TTL, keeps one that re-announces, never drops itself', async () => {
    const self = await identity()
    const alice = await identity()
    const bob = await identity()
    const clock = new ManualClock(NOW)
    const b = broker({ clock, ttl: TTL })(stubBrokerComponents(self.peerId))
    const removed: string[] = []
    b.events.on('server:removed', (event: CustomEvent<ServerInfo>) => { removed.push(event.detail.nickname) })
    await b.start()
    assert.equal((await b.offerLocal(await envelopeOf(self, { nickname: 'me', timestamp: NOW }))).result, 'accept')
    assert.equal((await b.validate(await envelopeOf(alice, { nickname: 'alice', timestamp: NOW }), alice.peerId)).result, 'accept')
    assert.equal((await b.validate(await envelopeOf(bob, { nickname: 'bob', timestamp: NOW }), bob.peerId)).result, 'accept')

    clock.advance(TTL / 2)
    assert.equal((await b.validate(await envelopeOf(bob, { nickname: 'bob', seqnum: 2, timestamp: clock.now() }), bob.peerId)).result, 'accept')
    clock.advance(TTL / 2 + TTL / 4)
    assert.deepEqual(removed, ['alice'])
    assert.deepEqual(b.servers().map(s => s.nickname), ['me', 'bob'])
    assert.equal(b.servers()[0]?.isSelf, true)

    clock.advance(TTL)
    assert.deepEqual(removed, ['alice', 'bob'])
    assert.deepEqual(b.servers().map(s => s.nickname), ['me'])
    await b.stop()
  })
  it('reloads its saved table, dials the saved servers at once, and saves on stop', async () => {
    const self = await identity()
    const alice = await identity()
    const stale = await identity()
    const clock = new ManualClock(NOW)
    const store = memoryServerStore([
      { envelope: await envelopeOf(alice, { nickname: 'alice', timestamp: NOW - 60_000 }), lastHeard: NOW - 60_000 },
      // Not heard from for longer than the TTL: dialled, but not listed.
      { envelope: await envelopeOf(stale, { nickname: 'stale', timestamp: NOW - 2 * TTL }), lastHeard: NOW - 2 * TTL },
      // Corrupt: skipped.
      { envelope: new Uint8Array([1, 2, 3]), lastHeard: NOW }
    ])
    const dialled: string[] = []
    const patched = new Map<string, string[]>()
    const b = broker({ clock, store, ttl: TTL })(stubBrokerComponents(self.peerId, dialled, patched))
    await b.start()
    await new Promise(resolve => setImmediate(resolve))
    assert.deepEqual(b.servers().map(s => s.nickname), ['alice'])
    assert.deepEqual(dialled.sort(), [alice.peerId.toString(), stale.peerId.toString()].sort())
    // Each is dialled at the addresses it announced.
    assert.deepEqual(patched.get(stale.peerId.toString()), ['/ip4/127.0.0.1/tcp/4001'])
    assert.deepEqual(patched.get(alice.peerId.toString()), ['/ip4/127.0.0.1/tcp/4001'])

    const bob = await identity()
    assert.equal((await b.validate(await envelopeOf(bob, { nickname: 'bob', timestamp: NOW }), bob.peerId)).result, 'accept')
    await b.stop()
    const saved = await store.load()
    const names = await Promise.all(saved.map(async s => (await openAnnouncement(s.envelope)).announcement.nickname))
    assert.deepEqual(names.sort(), ['alice', 'bob'])
    assert.equal(clock.pending, 0, 'no timer left behind')
  })
})

describe('announcer', () => {
  it('publishes at start, soon after a peer subscribes, and every interval; the seqnum only grows', async () => {
    const self = await identity()
    const clock = new ManualClock(NOW)
    const published: Uint8Array[] = []
    const local: Uint8Array[] = []
    const subscriptionListeners: Array<(event: CustomEvent) => void> = []
    const pubsub = {
      publish: (_topic: string, data?: Uint8Array) => {
        if (data !== undefined) published.push(data)
        return Promise.resolve({ recipients: [] })
      },
      addEventListener: (_type: string, listener: (event: CustomEvent) => void) => { subscriptionListeners.push(listener) },
      removeEventListener: () => { subscriptionListeners.length = 0 }
    }
    const network = {
      getMultiaddrs: () => [multiaddr(`/ip4/127.0.0.1/tcp/4001/p2p/${self.peerId.toString()}`)],
      addEventListener: () => {},
      removeEventListener: () => {}
    }
    // A stored seqnum ahead of the clock: the next one must still be larger.
    const seqnum = memorySeqnumStore(NOW + 1_000_000)
    const a = announcer({
      nickname: 'me',
      version: 'lafs/test',
      space: () => Promise.resolve({ availableSpace: 42, maximumImmutableShareSize: 42 }),
      seqnum,
      clock,
      interval: 60_000,
      jitter: 0,
      onPublish: (envelope) => {
        local.push(envelope)
        return Promise.resolve()
      }
    })({ privateKey: self.key, pubsub, network })
    const settle = async (): Promise<void> => { for (let i = 0; i < 20; i++) await new Promise(resolve => setImmediate(resolve)) }

    await a.start()
    clock.advance(0)
    await settle()
    assert.equal(published.length, 1)
    assert.deepEqual(local, published, 'the local broker hears every announcement')

    for (const listener of subscriptionListeners) {
      listener(new CustomEvent('subscription-change', { detail: { subscriptions: [{ topic: ANNOUNCE_TOPIC, subscribe: true }] } }))
    }
    clock.advance(1000)
    await settle()
    assert.equal(published.length, 2)

    clock.advance(60_000)
    await settle()
    assert.equal(published.length, 3)

    const seqnums = await Promise.all(published.map(async envelope => (await openAnnouncement(envelope)).announcement.seqnum))
    assert.equal(seqnums[0], NOW + 1_000_001)
    assert.ok(seqnums.every((value, i) => i === 0 || value > (seqnums[i - 1] ?? Infinity)))
    assert.equal(await seqnum.load(), seqnums.at(-1))
    const first = await openAnnouncement(published[0] ?? assert.fail())
    assert.equal(first.announcement.availableSpace, 42)
    assert.ok(first.peerId.equals(self.peerId))

    await a.stop()
    assert.equal(clock.pending, 0, 'no timer left behind')
  })
})
