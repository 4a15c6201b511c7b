/**
 * The node key: an Ed25519 key pair whose public half is the node's libp2p
 * peer id and its node key (lease secrets, permutation seed). It is stored
 * as Tahoe stores its node key, `priv-v0-` and the base32 of the 32-byte
 * seed, in `private/node.privkey`. This module does not load libp2p itself,
 * only its small key and peer-id packages.
 */
import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto'
import { privateKeyFromRaw } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Ed25519PrivateKey, PeerId } from '@libp2p/interface'
import { base32Decode, base32Encode, isBase32 } from '../crypto/base32.js'
import { FormatError } from '../errors.js'

export const NODE_KEY_PREFIX = 'priv-v0-'
export const NODE_KEY_SEED_BYTES = 32

export class NodeKeyError extends FormatError {}

export function generateNodeKeySeed (): Uint8Array {
  return randomBytes(NODE_KEY_SEED_BYTES)
}

/** The text of a node key file. */
export function encodeNodeKey (seed: Uint8Array): string {
  if (seed.length !== NODE_KEY_SEED_BYTES) throw new NodeKeyError(`a node key seed has ${NODE_KEY_SEED_BYTES} bytes`)
  return `${NODE_KEY_PREFIX}${base32Encode(seed)}\n`
}

/** The seed in the text of a node key file; the error never repeats the text. */
export function decodeNodeKey (text: string): Uint8Array {
  const trimmed = text.trim()
  const encoded = trimmed.slice(NODE_KEY_PREFIX.length)
  if (!trimmed.startsWith(NODE_KEY_PREFIX) || !isBase32(encoded)) {
    throw new NodeKeyError(`the node key is not in the form ${NODE_KEY_PREFIX}<base32>`)
  }
  const seed = base32Decode(encoded)
  if (seed.length !== NODE_KEY_SEED_BYTES) throw new NodeKeyError(`the node key must hold ${NODE_KEY_SEED_BYTES} bytes`)
  return seed
}

/** PKCS#8 DER for an Ed25519 private key, up to the 32-byte seed that follows (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

/** The raw 32-byte public key of an Ed25519 seed, computed by node:crypto. */
export function nodePublicKey (seed: Uint8Array): Uint8Array {
  if (seed.length !== NODE_KEY_SEED_BYTES) throw new NodeKeyError(`a node key seed has ${NODE_KEY_SEED_BYTES} bytes`)
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' })
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' })
  return Buffer.from(jwk.x ?? '', 'base64url')
}

/**
 * The node's libp2p private key. Built from seed and public key, because
 * @libp2p/crypto derives the public key in pure JavaScript, which costs a
 * starting node more than a tenth of a second.
 */
export async function nodePrivateKey (seed: Uint8Array): Promise<Ed25519PrivateKey> {
  const key = privateKeyFromRaw(Buffer.concat([seed, nodePublicKey(seed)]))
  if (key.type !== 'Ed25519') throw new NodeKeyError('the node key is not an Ed25519 key')
  return Promise.resolve(key)
}

export async function nodePeerId (seed: Uint8Array): Promise<PeerId> {
  return peerIdFromPrivateKey(await nodePrivateKey(seed))
}
