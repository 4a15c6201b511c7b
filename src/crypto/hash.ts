/**
 * SHA-256d and Tahoe's tagged hashes. One named constant per hash purpose;
 * the tag bytes are Tahoe-LAFS's (spec section 0.2) and must never change.
 */
import { createHash, type Hash } from 'node:crypto'
import { netstring } from './netstring.js'

export const Tag = {
  STORAGE_INDEX: 'allmydata_immutable_key_to_storage_index_v1',
  BLOCK: 'allmydata_encoded_subshare_v1',
  UEB: 'allmydata_uri_extension_v1',
  PLAINTEXT: 'allmydata_plaintext_v1',
  CIPHERTEXT: 'allmydata_crypttext_v1',
  CIPHERTEXT_SEGMENT: 'allmydata_crypttext_segment_v1',
  PLAINTEXT_SEGMENT: 'allmydata_plaintext_segment_v1',
  CONVERGENT_KEY_PREFIX: 'allmydata_immutable_content_to_key_with_added_secret_v1+',
  CLIENT_RENEWAL: 'allmydata_client_renewal_secret_v1',
  CLIENT_CANCEL: 'allmydata_client_cancel_secret_v1',
  FILE_RENEWAL: 'allmydata_file_renewal_secret_v1',
  FILE_CANCEL: 'allmydata_file_cancel_secret_v1',
  BUCKET_RENEWAL: 'allmydata_bucket_renewal_secret_v1',
  BUCKET_CANCEL: 'allmydata_bucket_cancel_secret_v1',
  MUTABLE_WRITEKEY: 'allmydata_mutable_privkey_to_writekey_v1',
  MUTABLE_WRITE_ENABLER_MASTER: 'allmydata_mutable_writekey_to_write_enabler_master_v1',
  MUTABLE_WRITE_ENABLER: 'allmydata_mutable_write_enabler_master_and_nodeid_to_write_enabler_v1',
  MUTABLE_PUBKEY: 'allmydata_mutable_pubkey_to_fingerprint_v1',
  MUTABLE_READKEY: 'allmydata_mutable_writekey_to_readkey_v1',
  MUTABLE_DATAKEY: 'allmydata_mutable_readkey_to_datakey_v1',
  MUTABLE_STORAGE_INDEX: 'allmydata_mutable_readkey_to_storage_index_v1',
  DIRNODE_CHILD_WRITECAP: 'allmydata_mutable_writekey_and_salt_to_dirnode_child_capkey_v1',
  DIRNODE_CHILD_SALT: 'allmydata_dirnode_child_rwcap_to_salt_v1',
  MERKLE_EMPTY_LEAF: 'Merkle tree empty leaf',
  MERKLE_INTERNAL_NODE: 'Merkle tree internal node',
  BACKUPDB_DIRHASH: 'allmydata_backupdb_dirhash_v1',
  MUTABLE_CONTAINER_HEADER: 'allmydata_mutable_container_header'
} as const

export type TagName = keyof typeof Tag

/** Size of a full hash, key material and secrets (Tahoe's CRYPTO_VAL_SIZE). */
export const HASH_SIZE = 32
/** Size of symmetric keys and storage indexes. */
export const KEY_SIZE = 16

export function sha256 (data: Uint8Array): Uint8Array {
  return createHash('sha256').update(data).digest()
}

export function sha256d (data: Uint8Array): Uint8Array {
  return sha256(sha256(data))
}

/** Finishes a SHA-256d from a SHA-256 that has been fed the whole input. */
function finishSha256d (inner: Hash, truncate?: number): Uint8Array {
  const digest = createHash('sha256').update(inner.digest()).digest()
  return truncate === undefined ? digest : digest.subarray(0, truncate)
}

/** `SHA256d(netstring(tag) || value)`, optionally truncated. */
export function taggedHash (tag: string | Uint8Array, value: Uint8Array | string, truncate?: number): Uint8Array {
  return finishSha256d(createHash('sha256').update(netstring(tag)).update(value), truncate)
}

/** `SHA256d(netstring(tag) || netstring(a) || netstring(b))`, optionally truncated. */
export function taggedPairHash (tag: string, a: Uint8Array, b: Uint8Array, truncate?: number): Uint8Array {
  const inner = createHash('sha256').update(netstring(tag)).update(netstring(a)).update(netstring(b))
  return finishSha256d(inner, truncate)
}

/** An incremental tagged hash, for values too large to hold at once. */
export class TaggedHasher {
  readonly #inner: Hash
  readonly #truncate: number | undefined

  constructor (tag: string | Uint8Array, truncate?: number) {
    this.#inner = createHash('sha256').update(netstring(tag))
    this.#truncate = truncate
  }

  update (data: Uint8Array): this {
    this.#inner.update(data)
    return this
  }

  digest (): Uint8Array {
    return finishSha256d(this.#inner, this.#truncate)
  }
}

/**
 * Tahoe's `hmac`, which is not RFC 2104: the key is not padded to the block
 * size. `SHA256((key ^ 0x5c) || SHA256((key ^ 0x36) || data))`.
 */
export function tahoeHmac (key: Uint8Array, data: Uint8Array): Uint8Array {
  const outer = key.map(byte => byte ^ 0x5c)
  const inner = key.map(byte => byte ^ 0x36)
  const innerDigest = createHash('sha256').update(inner).update(data).digest()
  return createHash('sha256').update(outer).update(innerDigest).digest()
}
