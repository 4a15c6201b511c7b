/** The write cap of a mutable file, which depends on its RSA key alone (spec f.2). */
import { mutableWritekey, publicKeyFingerprint } from '../../crypto/mutable-keys.js'
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import type { MutableWriteCap } from './types.js'

export type MutableFormat = 'sdmf' | 'mdmf'

export function mutableWriteCapForKey (key: RsaPrivateKey, format: MutableFormat): MutableWriteCap {
  return {
    kind: format === 'sdmf' ? 'ssk' : 'mdmf',
    writekey: mutableWritekey(key.toPkcs8Der()),
    fingerprint: publicKeyFingerprint(key.publicKey.toSpkiDer())
  }
}
