/**
 * The `rwcapdata` field of a mutable directory entry (spec g.1): the child's
 * write cap encrypted under a key only holders of the directory's writekey
 * can derive, which is what makes read-only access transitive.
 *
 * Layout: `salt(16) || AES-CTR(childKey)(rwcap) || mac(32)`. The salt is a
 * hash of the write cap itself (deterministic, despite old docs calling it
 * random). The MAC is written for old readers; Tahoe >= 1.3 does not check
 * it on read, and neither do we.
 */
import { FormatError, ParameterError } from '../errors.js'
import { aesCtr, AES_KEY_SIZE } from './aes.js'
import { HASH_SIZE, KEY_SIZE, Tag, tahoeHmac, taggedHash, taggedPairHash } from './hash.js'

export const CHILD_SALT_SIZE = KEY_SIZE
export const CHILD_MAC_SIZE = HASH_SIZE
/** An entry without a write cap still carries a salt and a MAC. */
export const MIN_RWCAPDATA_SIZE = CHILD_SALT_SIZE + CHILD_MAC_SIZE

export class RwcapdataFormatError extends FormatError {}

/** `salt = H(rwcap)[:16]`. */
export function childSalt (rwcap: Uint8Array): Uint8Array {
  return taggedHash(Tag.DIRNODE_CHILD_SALT, rwcap, KEY_SIZE)
}

/** `childKey = H(salt, dirWritekey)[:16]`. */
export function childKey (salt: Uint8Array, dirWritekey: Uint8Array): Uint8Array {
  return taggedPairHash(Tag.DIRNODE_CHILD_WRITECAP, salt, dirWritekey, KEY_SIZE)
}

function checkWritekey (dirWritekey: Uint8Array): void {
  if (dirWritekey.length !== AES_KEY_SIZE) {
    throw new ParameterError(`a directory writekey is ${AES_KEY_SIZE} bytes, not ${dirWritekey.length}`)
  }
}

/** Encrypts a child's write cap (ASCII bytes, possibly empty) into `rwcapdata`. */
export function encryptChildWriteCap (dirWritekey: Uint8Array, rwcap: Uint8Array): Uint8Array {
  checkWritekey(dirWritekey)
  const salt = childSalt(rwcap)
  const key = childKey(salt, dirWritekey)
  const ciphertext = aesCtr(key, rwcap)
  const out = new Uint8Array(CHILD_SALT_SIZE + ciphertext.length + CHILD_MAC_SIZE)
  out.set(salt, 0)
  out.set(ciphertext, CHILD_SALT_SIZE)
  out.set(tahoeHmac(key, out.subarray(0, CHILD_SALT_SIZE + ciphertext.length)), CHILD_SALT_SIZE + ciphertext.length)
  return out
}

/**
 * Decrypts `rwcapdata` back to the child's write cap bytes (empty when the
 * child has none). The caller strips trailing spaces, as Tahoe does.
 */
export function decryptChildWriteCap (dirWritekey: Uint8Array, rwcapdata: Uint8Array): Uint8Array {
  checkWritekey(dirWritekey)
  if (rwcapdata.length < MIN_RWCAPDATA_SIZE) {
    throw new RwcapdataFormatError(
      `rwcapdata must be at least ${MIN_RWCAPDATA_SIZE} bytes (salt and MAC), got ${rwcapdata.length}`)
  }
  const salt = rwcapdata.subarray(0, CHILD_SALT_SIZE)
  const ciphertext = rwcapdata.subarray(CHILD_SALT_SIZE, rwcapdata.length - CHILD_MAC_SIZE)
  return new Uint8Array(aesCtr(childKey(salt, dirWritekey), ciphertext))
}
