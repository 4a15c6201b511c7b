/**
 * Noise's transport cipher without a copy of every message.
 *
 * @chainsafe/libp2p-noise's Node crypto encrypts a message with
 * chacha20-poly1305 and then joins ciphertext and tag into one fresh buffer
 * (Buffer.concat): every byte a node sends is copied once more, and the
 * copy is garbage at once. A gateway uploading sends 3.3 bytes per byte of
 * file (N/k), so those copies were a third of the buffers it allocated.
 * Here ciphertext and tag go out as a list, as the interface allows, and
 * the connection writes the pieces one after another. Everything else is
 * the library's own crypto.
 */
import { createCipheriv } from 'node:crypto'
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto'
import { Uint8ArrayList } from 'uint8arraylist'

type NoiseCrypto = typeof defaultCrypto
type Encrypt = NoiseCrypto['chaCha20Poly1305Encrypt']

/** Noise's tag length. */
const TAG_LENGTH = 16
/** Below this the library's own (WebAssembly) cipher is faster than Node's: it stays in charge. */
const NODE_CIPHER_FROM = 1200

const encrypt: Encrypt = (plaintext, nonce, ad, key) => {
  if (plaintext.byteLength < NODE_CIPHER_FROM) return defaultCrypto.chaCha20Poly1305Encrypt(plaintext, nonce, ad, key)
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_LENGTH })
  cipher.setAAD(ad, { plaintextLength: plaintext.byteLength })
  const output = new Uint8ArrayList()
  if (plaintext instanceof Uint8Array) output.append(cipher.update(plaintext))
  else for (const piece of plaintext as Iterable<Uint8Array>) output.append(cipher.update(piece))
  const final = cipher.final()
  if (final.byteLength > 0) output.append(final)
  output.append(cipher.getAuthTag())
  // Noise depends on uint8arraylist 2 and the rest of libp2p on 3: the two
  // classes differ in their types only, and recognise each other's lists by
  // a shared Symbol.for key.
  return output as unknown as ReturnType<Encrypt>
}

/** The crypto a node gives Noise: the library's, with the transport encryption above. */
export const noiseCrypto: NoiseCrypto = { ...defaultCrypto, chaCha20Poly1305Encrypt: encrypt }
