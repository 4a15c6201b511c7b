/**
 * Opening a child's `rwcapdata` (spec g.1) for a holder of the directory's
 * writekey. Tahoe stopped checking the per-entry MAC in 1.3 because the
 * whole mutable file is signed; we check it anyway, since every writer
 * still produces it, and AES-CTR without it turns damage into a garbage
 * "cap" that would be listed as a child of unknown kind.
 *
 * Both directions are pure functions of the writekey and the bytes, and a
 * directory is unpacked and packed whole on every change, so the last few
 * thousand results are remembered: a child that did not change costs a map
 * lookup instead of four hashes, an HMAC and an AES pass.
 */
import { timingSafeEqual } from 'node:crypto'
import {
  CHILD_MAC_SIZE, CHILD_SALT_SIZE, MIN_RWCAPDATA_SIZE, childKey, decryptChildWriteCap, encryptChildWriteCap
} from '../../crypto/dirnode-keys.js'
import { tahoeHmac } from '../../crypto/hash.js'

export type OpenedWriteCap =
  | { ok: true, writeCap?: string }
  | { ok: false, message: string }

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Results remembered in each direction; when full, the memory starts afresh. */
const MAX_REMEMBERED = 4096

/** A bounded memo of a pure function of (writekey, bytes). */
class Remembered<T> {
  readonly #results = new Map<string, T>()

  get (writekey: Uint8Array, bytes: Uint8Array, compute: () => T): T {
    const key = `${Buffer.from(writekey.buffer, writekey.byteOffset, writekey.byteLength).toString('hex')}:${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')}`
    let result = this.#results.get(key)
    if (result === undefined) {
      result = compute()
      if (this.#results.size >= MAX_REMEMBERED) this.#results.clear()
      this.#results.set(key, result)
    }
    return result
  }
}

const sealed = new Remembered<Uint8Array>()
const opened = new Remembered<OpenedWriteCap>()

/** Drops trailing spaces, as Tahoe >= 1.6 does for both cap fields; empty means none. */
export function stripTrailingSpaces (text: string): string | undefined {
  const stripped = text.replace(/ +$/, '')
  return stripped === '' ? undefined : stripped
}

/** `encryptChildWriteCap`, remembered; the caller gets its own copy. */
export function sealChildWriteCap (writekey: Uint8Array, rwcap: Uint8Array): Uint8Array {
  return sealed.get(writekey, rwcap, () => encryptChildWriteCap(writekey, rwcap)).slice()
}

/** A child's write cap from its `rwcapdata` under the directory's writekey, or why it cannot be read. */
export function openChildWriteCap (writekey: Uint8Array, rwcapdata: Uint8Array): OpenedWriteCap {
  // Tahoe reads an empty field as "no write cap" (its slicing yields empty ciphertext).
  if (rwcapdata.length === 0) return { ok: true }
  return opened.get(writekey, rwcapdata, () => Object.freeze(open(writekey, rwcapdata)))
}

function open (writekey: Uint8Array, rwcapdata: Uint8Array): OpenedWriteCap {
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
