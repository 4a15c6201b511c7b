/**
 * Key derivations of mutable files (SDMF and MDMF, spec f.2). Everything
 * hangs off the RSA key pair: the writekey hashes the private key, the
 * readkey hashes the writekey, the storage index hashes the readkey, and the
 * fingerprint hashes the public key. A mutable cap therefore depends on the
 * key pair alone.
 */
import { FormatError } from '../errors.js'
import { aesCtr } from './aes.js'
import { KEY_SIZE, Tag, taggedHash, taggedPairHash } from './hash.js'
import { secretsEqual } from './lease.js'

/** The fetched encrypted private key does not hash to the cap's writekey. */
export class PrivateKeyMismatchError extends FormatError {}

/** `writekey = H(privkey PKCS#8 DER)[:16]`. */
export function mutableWritekey (privateKeyPkcs8Der: Uint8Array): Uint8Array {
  return taggedHash(Tag.MUTABLE_WRITEKEY, privateKeyPkcs8Der, KEY_SIZE)
}

/** `readkey = H(writekey)[:16]`. */
export function mutableReadkey (writekey: Uint8Array): Uint8Array {
  return taggedHash(Tag.MUTABLE_READKEY, writekey, KEY_SIZE)
}

/** `storage index = H(readkey)[:16]`. */
export function mutableStorageIndex (readkey: Uint8Array): Uint8Array {
  return taggedHash(Tag.MUTABLE_STORAGE_INDEX, readkey, KEY_SIZE)
}

/** The 32-byte "verification key hash" of the SubjectPublicKeyInfo DER. */
export function publicKeyFingerprint (publicKeySpkiDer: Uint8Array): Uint8Array {
  return taggedHash(Tag.MUTABLE_PUBKEY, publicKeySpkiDer)
}

/** The secret from which every server's write enabler for this file is derived. */
export function writeEnablerMaster (writekey: Uint8Array): Uint8Array {
  return taggedHash(Tag.MUTABLE_WRITE_ENABLER_MASTER, writekey)
}

/**
 * The write enabler one server holds for this file's slot. `serverSeed`
 * identifies the server: a 20-byte Foolscap tubid in Tahoe, the 32-byte
 * Ed25519 public key in lafs.
 */
export function writeEnabler (writekey: Uint8Array, serverSeed: Uint8Array): Uint8Array {
  return taggedPairHash(Tag.MUTABLE_WRITE_ENABLER, writeEnablerMaster(writekey), serverSeed)
}

/** The AES key of one segment (MDMF) or of the whole file (SDMF), from its 16-byte salt. */
export function mutableDataKey (salt: Uint8Array, readkey: Uint8Array): Uint8Array {
  return taggedPairHash(Tag.MUTABLE_DATAKEY, salt, readkey, KEY_SIZE)
}

/** The `encprivkey` field of every share: AES-CTR under the writekey, counter 0. */
export function encryptPrivateKey (writekey: Uint8Array, privateKeyPkcs8Der: Uint8Array): Uint8Array {
  return new Uint8Array(aesCtr(writekey, privateKeyPkcs8Der))
}

export function decryptPrivateKey (writekey: Uint8Array, encryptedPrivateKey: Uint8Array): Uint8Array {
  return new Uint8Array(aesCtr(writekey, encryptedPrivateKey))
}

/**
 * What a holder of a write cap does with an `encprivkey` fetched from a
 * server: decrypt it and check that it hashes back to the writekey. Returns
 * the PKCS#8 DER private key, or throws PrivateKeyMismatchError when the
 * server sent something else (a corrupt share, or a lie).
 */
export function validateEncryptedPrivateKey (writekey: Uint8Array, encryptedPrivateKey: Uint8Array): Uint8Array {
  const der = decryptPrivateKey(writekey, encryptedPrivateKey)
  if (!secretsEqual(mutableWritekey(der), writekey)) {
    throw new PrivateKeyMismatchError('the encrypted private key does not match the writekey')
  }
  return der
}
