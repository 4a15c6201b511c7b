/**
 * Opening a child's `rwcapdata` (spec g.1) for a holder of the directory's
 * writekey. Tahoe stopped checking the per-entry MAC in 1.3 because the
 * whole mutable file is signed; we check it anyway, since every writer
 * still produces it, and AES-CTR without it turns damage into a garbage
 * "cap" that would be listed as a child of unknown kind.
 */
import { timingSafeEqual } from 'node:crypto'
import {
  CHILD_MAC_SIZE, CHILD_SALT_SIZE, MIN_RWCAPDATA_SIZE, childKey, decryptChildWriteCap
} from '../../crypto/dirnode-keys.js'
import { tahoeHmac } from '../../crypto/hash.js'

export type OpenedWriteCap =
  | { ok: true, writeCap?: string }
  | { ok: false, message: string }

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Drops trailing spaces, as Tahoe >= 1.6 does for both cap fields; empty means none. */
export function stripTrailingSpaces (text: string): string | undefined {
  const stripped = text.replace(/ +$/, '')
  return stripped === '' ? undefined : stripped
}

export function openChildWriteCap (writekey: Uint8Array, rwcapdata: Uint8Array): OpenedWriteCap {
  // Tahoe reads an empty field as "no write cap" (its slicing yields empty ciphertext).
  if (rwcapdata.length === 0) return { ok: true }
  if (rwcapdata.length < MIN_RWCAPDATA_SIZE) {
    return { ok: false, message: `the encrypted write cap is ${rwcapdata.length} bytes, shorter than its salt and MAC (${MIN_RWCAPDATA_SIZE})` }
  }
  const macStart = rwcapdata.length - CHILD_MAC_SIZE
  const key = childKey(rwcapdata.subarray(0, CHILD_SALT_SIZE), writekey)
  const expected = tahoeHmac(key, rwcapdata.subarray(0, macStart))
  if (!timingSafeEqual(expected, rwcapdata.subarray(macStart))) {
    return { ok: false, message: 'the encrypted write cap fails its MAC (damaged, or not written under this writekey)' }
  }
  const plaintext = decryptChildWriteCap(writekey, rwcapdata)
  let text: string
  try {
    text = utf8.decode(plaintext)
  } catch {
    return { ok: false, message: 'the decrypted write cap is not UTF-8 text' }
  }
  const writeCap = stripTrailingSpaces(text)
  return writeCap === undefined ? { ok: true } : { ok: true, writeCap }
}
