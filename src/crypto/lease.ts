/**
 * Lease secrets (spec h.2). A client derives, from its one lease secret, a
 * renewal and a cancel secret per file and then per server, so that no
 * server learns anything that would let it renew or cancel elsewhere.
 * Servers keep only a BLAKE2b hash of the secrets they are given (as Tahoe's
 * lease schema v2 does), so a stolen share directory reveals no secret.
 */
import { timingSafeEqual } from 'node:crypto'
import { blake2b } from '@noble/hashes/blake2.js'
import { HASH_SIZE, Tag, taggedHash, taggedPairHash } from './hash.js'

/**
 * The client-wide renewal secret. Tahoe passes the lease secret as the *tag*
 * and the purpose string as the value, the other way round from every other
 * tagged hash; the published vectors depend on this.
 */
export function clientRenewalSecret (leaseSecret: Uint8Array): Uint8Array {
  return taggedHash(leaseSecret, Tag.CLIENT_RENEWAL)
}

/** The client-wide cancel secret (tag and value swapped, as for renewal). */
export function clientCancelSecret (leaseSecret: Uint8Array): Uint8Array {
  return taggedHash(leaseSecret, Tag.CLIENT_CANCEL)
}

export function fileRenewalSecret (clientRenewal: Uint8Array, storageIndex: Uint8Array): Uint8Array {
  return taggedPairHash(Tag.FILE_RENEWAL, clientRenewal, storageIndex)
}

export function fileCancelSecret (clientCancel: Uint8Array, storageIndex: Uint8Array): Uint8Array {
  return taggedPairHash(Tag.FILE_CANCEL, clientCancel, storageIndex)
}

/**
 * The renewal secret one server sees. `leaseSeed` identifies the server: a
 * 20-byte Foolscap tubid in Tahoe, the 32-byte Ed25519 public key in lafs.
 */
export function bucketRenewalSecret (fileRenewal: Uint8Array, leaseSeed: Uint8Array): Uint8Array {
  return taggedPairHash(Tag.BUCKET_RENEWAL, fileRenewal, leaseSeed)
}

export function bucketCancelSecret (fileCancel: Uint8Array, leaseSeed: Uint8Array): Uint8Array {
  return taggedPairHash(Tag.BUCKET_CANCEL, fileCancel, leaseSeed)
}

export interface LeaseSecrets {
  renewSecret: Uint8Array
  cancelSecret: Uint8Array
}

/** Both secrets a client presents to one server for one storage index. */
export function leaseSecretsFor (leaseSecret: Uint8Array, storageIndex: Uint8Array, leaseSeed: Uint8Array): LeaseSecrets {
  return {
    renewSecret: bucketRenewalSecret(fileRenewalSecret(clientRenewalSecret(leaseSecret), storageIndex), leaseSeed),
    cancelSecret: bucketCancelSecret(fileCancelSecret(clientCancelSecret(leaseSecret), storageIndex), leaseSeed)
  }
}

/** What a server stores in place of a lease secret: unkeyed BLAKE2b-256. */
export function hashLeaseSecretAtRest (secret: Uint8Array): Uint8Array {
  return blake2b(secret, { dkLen: HASH_SIZE })
}

/**
 * Compares two secrets (or their hashes) in time that does not depend on
 * where they differ. Values of different lengths are simply unequal.
 */
export function secretsEqual (a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  return timingSafeEqual(a, b)
}
