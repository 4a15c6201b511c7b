/**
 * Storage announcements on the wire: what a storage node publishes on the
 * grid's gossip topic, signed by its libp2p (Ed25519) key. This module owns
 * the encoding, the bounds every field must respect and the signature; the
 * broker decides what an authentic announcement means for its table.
 */
import { publicKeyFromRaw } from '@libp2p/crypto/keys'
import { peerIdFromPublicKey } from '@libp2p/peer-id'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { FormatError } from '../errors.js'
import { lafs } from './generated/announce.js'

/** The gossip topic on which storage nodes of a grid announce themselves. */
export const ANNOUNCE_TOPIC = '/lafs/grid/1/announce'

/** Prefixed to the body before signing, so that the signature cannot be replayed as any other libp2p-signed thing. */
export const ANNOUNCEMENT_SIGNATURE_DOMAIN = 'lafs-announcement-v1:'

export const MAX_ANNOUNCEMENT_BYTES = 4096
export const MAX_ADDRESSES = 16
export const MAX_ADDRESS_BYTES = 256
export const MAX_NICKNAME_BYTES = 256
export const MAX_VERSION_BYTES = 64
export const ED25519_PUBLIC_KEY_BYTES = 32
export const ED25519_SIGNATURE_BYTES = 64

/** The libp2p protocol code of `/p2p/`, which addresses in announcements leave out. */
const P2P_PROTOCOL_CODE = 421

export interface Announcement {
  /** Raw 32-byte Ed25519 public key: the node key. */
  publicKey: Uint8Array
  addresses: Multiaddr[]
  nickname: string
  version: string
  availableSpace: number
  maximumImmutableShareSize: number
  seqnum: number
  /** Milliseconds since the Unix epoch. */
  timestamp: number
}

/** A well-formed announcement whose signature has not been checked yet: trust nothing in it. */
export interface DecodedAnnouncement {
  announcement: Announcement
  /** The peer the announcement claims to come from (derived from its key). */
  peerId: PeerId
  /** The exact bytes received (or sent): they can be stored and verified again. */
  envelope: Uint8Array
  body: Uint8Array
  signature: Uint8Array
}

/** An announcement whose signature has been checked against its own key. */
export interface VerifiedAnnouncement {
  announcement: Announcement
  peerId: PeerId
  /** The exact bytes received (or sent): they can be stored and verified again. */
  envelope: Uint8Array
}

/** Bytes that are not a well-formed announcement, or a field out of bounds. */
export class AnnouncementFormatError extends FormatError {}

/** A well-formed announcement whose signature does not verify with the key it carries. */
export class AnnouncementSignatureError extends FormatError {}

const encoder = new TextEncoder()
const DOMAIN_BYTES = encoder.encode(ANNOUNCEMENT_SIGNATURE_DOMAIN)

function signedBytes (body: Uint8Array): Uint8Array {
  const out = new Uint8Array(DOMAIN_BYTES.length + body.length)
  out.set(DOMAIN_BYTES)
  out.set(body, DOMAIN_BYTES.length)
  return out
}

function withoutPeerId (address: Multiaddr): Multiaddr {
  return multiaddr(address.getComponents().filter(c => c.code !== P2P_PROTOCOL_CODE))
}

function checkAnnouncement (a: Announcement): void {
  const fail = (message: string): never => { throw new AnnouncementFormatError(`announcement: ${message}`) }
  if (a.publicKey.length !== ED25519_PUBLIC_KEY_BYTES) fail(`public key must be ${ED25519_PUBLIC_KEY_BYTES} bytes, not ${a.publicKey.length}`)
  if (a.addresses.length > MAX_ADDRESSES) fail(`more than ${MAX_ADDRESSES} addresses`)
  for (const address of a.addresses) {
    if (address.bytes.length > MAX_ADDRESS_BYTES) fail(`an address is longer than ${MAX_ADDRESS_BYTES} bytes`)
    if (address.getComponents().some(c => c.code === P2P_PROTOCOL_CODE)) fail('an address carries a /p2p/ component')
  }
  if (encoder.encode(a.nickname).length > MAX_NICKNAME_BYTES) fail(`nickname longer than ${MAX_NICKNAME_BYTES} bytes`)
  if (encoder.encode(a.version).length > MAX_VERSION_BYTES) fail(`version longer than ${MAX_VERSION_BYTES} bytes`)
  const counts = {
    'available space': a.availableSpace,
    'maximum immutable share size': a.maximumImmutableShareSize,
    seqnum: a.seqnum,
    timestamp: a.timestamp
  }
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0) fail(`${name} is not a non-negative safe integer`)
  }
}

/** The encoded body (the bytes that get signed). Addresses lose any /p2p/ suffix. */
export function encodeAnnouncement (announcement: Announcement): Uint8Array {
  const normalised = { ...announcement, addresses: announcement.addresses.map(withoutPeerId) }
  checkAnnouncement(normalised)
  return lafs.announce.Announcement.encode({
    ...normalised,
    addresses: normalised.addresses.map(address => address.bytes)
  }).finish()
}

/** Encodes and signs an announcement; returns the envelope to publish. */
export async function signAnnouncement (announcement: Announcement, privateKey: PrivateKey): Promise<Uint8Array> {
  if (privateKey.type !== 'Ed25519') throw new AnnouncementFormatError('announcements are signed with Ed25519 keys only')
  const body = encodeAnnouncement(announcement)
  const envelope = lafs.announce.SignedAnnouncement.encode({
    body,
    signature: await privateKey.sign(signedBytes(body))
  }).finish()
  if (envelope.length > MAX_ANNOUNCEMENT_BYTES) throw new AnnouncementFormatError(`announcement larger than ${MAX_ANNOUNCEMENT_BYTES} bytes`)
  return envelope
}

function decodeBody (body: Uint8Array): Announcement {
  let decoded
  try {
    decoded = lafs.announce.Announcement.decode(body)
  } catch (err: unknown) {
    throw new AnnouncementFormatError('announcement body is not valid protobuf', { cause: err })
  }
  let addresses: Multiaddr[]
  try {
    addresses = (decoded.addresses ?? []).map(bytes => multiaddr(bytes))
  } catch (err: unknown) {
    throw new AnnouncementFormatError('announcement carries an invalid multiaddr', { cause: err })
  }
  const announcement: Announcement = {
    // A plain copy: protobufjs hands out Buffers that view the whole message.
    publicKey: new Uint8Array(decoded.publicKey ?? []),
    addresses,
    nickname: decoded.nickname ?? '',
    version: decoded.version ?? '',
    availableSpace: decoded.availableSpace ?? 0,
    maximumImmutableShareSize: decoded.maximumImmutableShareSize ?? 0,
    seqnum: decoded.seqnum ?? 0,
    timestamp: decoded.timestamp ?? 0
  }
  checkAnnouncement(announcement)
  return announcement
}

/**
 * Decodes an envelope and checks every bound, without checking the
 * signature (cheap checks first: a receiver can drop stale or misdirected
 * announcements before paying for a signature check). Throws
 * AnnouncementFormatError.
 */
export function decodeAnnouncement (envelope: Uint8Array): DecodedAnnouncement {
  if (envelope.length > MAX_ANNOUNCEMENT_BYTES) throw new AnnouncementFormatError(`announcement larger than ${MAX_ANNOUNCEMENT_BYTES} bytes`)
  let signed
  try {
    signed = lafs.announce.SignedAnnouncement.decode(envelope)
  } catch (err: unknown) {
    throw new AnnouncementFormatError('announcement envelope is not valid protobuf', { cause: err })
  }
  const body = signed.body ?? new Uint8Array()
  const signature = signed.signature ?? new Uint8Array()
  if (signature.length !== ED25519_SIGNATURE_BYTES) throw new AnnouncementFormatError(`signature must be ${ED25519_SIGNATURE_BYTES} bytes`)
  const announcement = decodeBody(body)
  const peerId = peerIdFromPublicKey(publicKeyFromRaw(announcement.publicKey))
  return { announcement, peerId, envelope, body, signature }
}

/** Checks the signature with the key the announcement carries; throws AnnouncementSignatureError. */
export async function verifyAnnouncement (decoded: DecodedAnnouncement): Promise<VerifiedAnnouncement> {
  const publicKey = publicKeyFromRaw(decoded.announcement.publicKey)
  if (!await publicKey.verify(signedBytes(decoded.body), decoded.signature)) {
    throw new AnnouncementSignatureError('announcement signature does not verify')
  }
  return { announcement: decoded.announcement, peerId: decoded.peerId, envelope: decoded.envelope }
}

/** decodeAnnouncement, then verifyAnnouncement. */
export async function openAnnouncement (envelope: Uint8Array): Promise<VerifiedAnnouncement> {
  return verifyAnnouncement(decodeAnnouncement(envelope))
}
