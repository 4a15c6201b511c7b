/**
 * Noise's transport cipher that leaves ciphertext and tag unjoined
 * (src/node/noise-crypto.ts): the same bytes as the library's own, no
 * joined copy of large messages, and peers with either crypto understand
 * each other over a real connection.
 */
import '../src/node/polyfills.js'
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { noise } from '@chainsafe/libp2p-noise'
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import type { Libp2p, Stream } from '@libp2p/interface'
import { Uint8ArrayList } from 'uint8arraylist'
import { noiseCrypto } from '../src/node/noise-crypto.js'
import { echoBack, readAll, sendInPieces } from './helpers/wire-peers.js'

function bytesOf (value: Uint8Array | { subarray: () => Uint8Array }): Buffer {
  return Buffer.from(value instanceof Uint8Array ? value : value.subarray())
}

async function peer (crypto?: typeof defaultCrypto): Promise<Libp2p> {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [crypto === undefined ? noise() : noise({ crypto })],
    streamMuxers: [yamux()],
    connectionManager: { inboundConnectionThreshold: 1000 }
  })
}

describe('Noise crypto without joined ciphertext', () => {
  it('encrypts to the library\'s exact bytes, large messages as ciphertext and tag unjoined', () => {
    const key = randomBytes(32)
    const nonce = randomBytes(12)
    const ad = randomBytes(32)
    for (const size of [0, 1, 100, 1199, 1200, 5000, 65519]) {
      const plaintext = randomBytes(size)
      const expected = bytesOf(defaultCrypto.chaCha20Poly1305Encrypt(plaintext, nonce, ad, key))
      const ours = noiseCrypto.chaCha20Poly1305Encrypt(plaintext, nonce, ad, key)
      assert.deepEqual(bytesOf(ours), expected, `${size} bytes`)
      if (size >= 1200) assert.ok(!(ours instanceof Uint8Array), `${size} bytes: not joined`)
      const pieces = new Uint8ArrayList(plaintext.subarray(0, size >> 1), plaintext.subarray(size >> 1))
      assert.deepEqual(bytesOf(noiseCrypto.chaCha20Poly1305Encrypt(pieces as never, nonce, ad, key)), expected, `${size} bytes in pieces`)
      assert.deepEqual(bytesOf(defaultCrypto.chaCha20Poly1305Decrypt(expected, nonce, ad, key)), plaintext)
    }
  })

  it('talks to a peer using the library\'s own crypto, large messages both ways', async () => {
    const ours = await peer(noiseCrypto)
    const theirs = await peer()
    try {
      await theirs.handle('/lafs-test/noise/1', (stream: Stream) => { void echoBack(stream) })
      const stream = await ours.dialProtocol(theirs.getMultiaddrs(), '/lafs-test/noise/1')
      const data = randomBytes(1_000_000)
      const reading = readAll(stream)
      await sendInPieces(stream, data, 70_000)
      await stream.close()
      assert.deepEqual(await reading, data)
    } finally {
      await Promise.all([ours.stop(), theirs.stop()])
    }
  })
})
