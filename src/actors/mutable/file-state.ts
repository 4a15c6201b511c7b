/**
 * What this node last knew of a mutable file it wrote (the part of
 * Tahoe's MutableFileNode that remembers its servermap and keys): the
 * write-mode servermap as its own publish left it, the version, the
 * plaintext, and the signing key. A modify starts from it instead of asking
 * every server and fetching the contents again.
 *
 * A kept state can only be out of date, never wrong in a way that loses an
 * update: the next publish tests every share it replaces against the
 * checkstring kept here, so a file another writer changed meanwhile fails
 * those tests and is then mapped afresh. Reads use the plaintext only when
 * the servers show exactly the kept version.
 *
 * Bounded in entries, in plaintext bytes and in age, least recently used
 * dropped first; files larger than a limit keep their key only.
 */
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import type { MutableVersion } from '../../encoding/mutable/index.js'
import type { MutableSecrets } from '../storage/interface.js'
import {
  DEFAULT_STATE_CACHE_ENTRIES, DEFAULT_STATE_CACHE_MAX_AGE_MS, DEFAULT_STATE_CACHE_MAX_BYTES, DEFAULT_STATE_CACHE_MAX_CONTENT
} from './constants.js'
import type { Servermap } from './servermap.js'

/** A version this node published, with everything a next publish needs. */
export interface FileState {
  /** Complete, write mode: every share of the file, with what each holds now. */
  map: Servermap
  version: MutableVersion
  versionKey: string
  /** The version's whole plaintext; never handed out, only copies of it. */
  plaintext: Uint8Array
  /** The secrets presented to each server (by id and lease seed); they depend on nothing that changes. */
  secrets: Map<string, MutableSecrets>
}

export interface FileStateCacheInit {
  /** @default DEFAULT_STATE_CACHE_ENTRIES */
  maxEntries?: number
  /** @default DEFAULT_STATE_CACHE_MAX_AGE_MS */
  maxAgeMs?: number
  /** Plaintexts larger than this are not kept. @default DEFAULT_STATE_CACHE_MAX_CONTENT */
  maxContent?: number
  /** Plaintext bytes kept in all. @default DEFAULT_STATE_CACHE_MAX_BYTES */
  maxBytes?: number
  /** Milliseconds, for ages. @default performance.now */
  now?: () => number
}

interface Entry {
  storedAt: number
  /** Checked against the cap's fingerprint when it was recovered; a file's key never changes. */
  privateKey?: RsaPrivateKey
  state?: FileState
}

/** The cache key of a file: its storage index and the fingerprint its cap names (a cap cannot borrow another's state). */
export function fileStateKey (storageIndex: Uint8Array, fingerprint: Uint8Array): string {
  return `${Buffer.from(storageIndex).toString('hex')}:${Buffer.from(fingerprint).toString('hex')}`
}

export class FileStateCache {
  readonly #entries = new Map<string, Entry>()
  readonly #maxEntries: number
  readonly #maxAgeMs: number
  readonly #maxContent: number
  readonly #maxBytes: number
  readonly #now: () => number
  #bytes = 0

  constructor (init: FileStateCacheInit = {}) {
    this.#maxEntries = Math.max(0, init.maxEntries ?? DEFAULT_STATE_CACHE_ENTRIES)
    this.#maxAgeMs = init.maxAgeMs ?? DEFAULT_STATE_CACHE_MAX_AGE_MS
    this.#maxBytes = init.maxBytes ?? DEFAULT_STATE_CACHE_MAX_BYTES
    this.#maxContent = Math.min(init.maxContent ?? DEFAULT_STATE_CACHE_MAX_CONTENT, this.#maxBytes)
    this.#now = init.now ?? (() => performance.now())
  }

  get size (): number {
    return this.#entries.size
  }

  /** Plaintext bytes kept now. */
  get bytes (): number {
    return this.#bytes
  }

  state (key: string): FileState | undefined {
    return this.#get(key)?.state
  }

  privateKey (key: string): RsaPrivateKey | undefined {
    return this.#get(key)?.privateKey
  }

  /** Keeps `state` (when small enough) and the key, replacing what was kept. */
  remember (key: string, privateKey: RsaPrivateKey, state: FileState | undefined): void {
    if (this.#maxEntries === 0) return
    const kept = state !== undefined && state.plaintext.length <= this.#maxContent ? state : undefined
    this.#delete(key)
    this.#entries.set(key, { storedAt: this.#now(), privateKey, ...(kept === undefined ? {} : { state: kept }) })
    this.#bytes += kept?.plaintext.length ?? 0
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break
      this.#delete(oldest)
    }
  }

  /** Drops the kept state (the file may have changed in ways this node does not know); the key stays. */
  forget (key: string): void {
    const entry = this.#entries.get(key)
    if (entry?.state === undefined) return
    this.#bytes -= entry.state.plaintext.length
    delete entry.state
  }

  clear (): void {
    this.#entries.clear()
    this.#bytes = 0
  }

  #delete (key: string): void {
    this.forget(key)
    this.#entries.delete(key)
  }

  #get (key: string): Entry | undefined {
    const entry = this.#entries.get(key)
    if (entry === undefined) return undefined
    if (this.#now() - entry.storedAt > this.#maxAgeMs) {
      this.#delete(key)
      return undefined
    }
    // Most recently used last, so that eviction takes the least recently used.
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry
  }
}
