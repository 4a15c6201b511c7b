/**
 * Keys of immutable (CHK) files: the convergent encryption key, the random
 * key used when convergence is off, and the storage index derived from the
 * key (spec sections a.3 and a.4).
 */
import { randomBytes } from 'node:crypto'
import { ParameterError } from '../errors.js'
import { KEY_SIZE, Tag, TaggedHasher, taggedHash } from './hash.js'
import { netstring } from './netstring.js'

/** zfec encodes into at most this many shares, so k and n are capped here. */
export const MAX_SHARES = 256

const encoder = new TextEncoder()

function checkEncodingParams (k: number, n: number, segmentSize: number): void {
  if (!Number.isSafeInteger(k) || !Number.isSafeInteger(n)) throw new ParameterError('k and n must be integers')
  if (k < 1 || n < 1) throw new ParameterError(`k and n must be at least 1 (k=${k}, n=${n})`)
  if (k > n) throw new ParameterError(`k cannot exceed n (k=${k}, n=${n})`)
  if (n > MAX_SHARES) throw new ParameterError(`n cannot exceed ${MAX_SHARES} (n=${n})`)
  if (!Number.isSafeInteger(segmentSize) || segmentSize < 0) {
    throw new ParameterError('the segment size must be a non-negative integer')
  }
}

/**
 * The tag of the convergent hash:
 * `prefix || netstring(secret) || netstring("k,n,segmentSize")`.
 * `segmentSize` is the *effective* segment size of the file (spec a.2),
 * not the configured maximum; happy is deliberately not part of it.
 */
export function convergenceTag (secret: Uint8Array, k: number, n: number, segmentSize: number): Uint8Array {
  checkEncodingParams(k, n, segmentSize)
  const prefix = encoder.encode(Tag.CONVERGENT_KEY_PREFIX)
  const secretPart = netstring(secret)
  const paramsPart = netstring(`${k},${n},${segmentSize}`)
  const tag = new Uint8Array(prefix.length + secretPart.length + paramsPart.length)
  tag.set(prefix, 0)
  tag.set(secretPart, prefix.length)
  tag.set(paramsPart, prefix.length + secretPart.length)
  return tag
}

/**
 * Streams plaintext into the convergent key, so that a multi-GiB file never
 * has to be held in memory: feed it with `update()` in any chunking, then
 * `digest()` once for the 16-byte AES key.
 */
export class ConvergentKeyHasher {
  readonly #hasher: TaggedHasher
  #finished = false

  constructor (secret: Uint8Array, k: number, n: number, segmentSize: number) {
    this.#hasher = new TaggedHasher(convergenceTag(secret, k, n, segmentSize), KEY_SIZE)
  }

  update (chunk: Uint8Array): this {
    if (this.#finished) throw new ParameterError('the convergent key hasher has already produced its digest')
    this.#hasher.update(chunk)
    return this
  }

  digest (): Uint8Array {
    if (this.#finished) throw new ParameterError('the convergent key hasher has already produced its digest')
    this.#finished = true
    return this.#hasher.digest()
  }
}

/** The convergent key of `data` held in memory in one piece. */
export function convergentKey (data: Uint8Array, secret: Uint8Array, k: number, n: number, segmentSize: number): Uint8Array {
  return new ConvergentKeyHasher(secret, k, n, segmentSize).update(data).digest()
}

/** A fresh random AES key, for uploads without a convergence secret. */
export function randomKey (): Uint8Array {
  return new Uint8Array(randomBytes(KEY_SIZE))
}

/** The 16-byte storage index that names an immutable file's shares. */
export function immutableStorageIndex (key: Uint8Array): Uint8Array {
  return taggedHash(Tag.STORAGE_INDEX, key, KEY_SIZE)
}
