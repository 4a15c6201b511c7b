/**
 * What this process already knows about directory bodies. A mutable
 * directory is unpacked and packed whole on every change, though a change
 * touches one child: remembering the last few bodies (by a digest of their
 * bytes and the options they were read with) and each child's packed record
 * makes a change cost a hash and a concatenation instead of a parse, an
 * HMAC, an AES pass and a JSON encoding per child.
 *
 * Entries handed out from here are frozen (metadata included), so that one
 * caller cannot change what the next one is given.
 */
import { createHash } from 'node:crypto'
import type { DirEntry, DirProblem } from './types.js'

/** Bodies remembered, least recently used dropped first. */
export const MAX_KNOWN_BODIES = 32
/** Bytes of the bodies remembered, in all; a body larger than a quarter of this is not kept. */
export const MAX_KNOWN_BODY_BYTES = 8 * 1024 * 1024

export interface BodyOptions {
  writekey?: Uint8Array
  deepImmutable?: boolean
}

export interface KnownBody {
  entries: DirEntry[]
  problems: DirProblem[]
}

interface Kept {
  entries: readonly DirEntry[]
  problems: readonly DirProblem[]
  size: number
}

const bodies = new Map<string, Kept>()
let keptBytes = 0

/** A child's record as packDirectory wrote it, for one set of options (`tag`). */
const records = new WeakMap<DirEntry, { tag: string, record: Uint8Array }>()

/** Names the options a body or record was made with; the writekey itself only inside a digest. */
export function optionsTag (options: BodyOptions): string {
  if (options.deepImmutable === true) return 'immutable'
  if (options.writekey === undefined) return 'read-only'
  return `writable:${createHash('sha256').update(options.writekey).digest('base64')}`
}

function bodyKey (body: Uint8Array, tag: string): string {
  return createHash('sha256').update(tag).update(body).digest('base64')
}

/** What unpacking `body` with these options gave before, as fresh arrays; undefined if unknown. */
export function knownBody (body: Uint8Array, tag: string): KnownBody | undefined {
  const key = bodyKey(body, tag)
  const kept = bodies.get(key)
  if (kept === undefined) return undefined
  bodies.delete(key)
  bodies.set(key, kept)
  return { entries: [...kept.entries], problems: kept.problems.map(problem => ({ ...problem })) }
}

/** Remembers what `body` unpacks to with these options. The entries must be frozen (see freezeEntry). */
export function rememberBody (body: Uint8Array, tag: string, entries: readonly DirEntry[], problems: readonly DirProblem[]): void {
  if (body.length > MAX_KNOWN_BODY_BYTES / 4) return
  const key = bodyKey(body, tag)
  const old = bodies.get(key)
  if (old !== undefined) {
    bodies.delete(key)
    keptBytes -= old.size
  }
  bodies.set(key, { entries: [...entries], problems: problems.map(problem => Object.freeze({ ...problem })), size: body.length })
  keptBytes += body.length
  for (const [oldest, kept] of bodies) {
    if (bodies.size <= MAX_KNOWN_BODIES && keptBytes <= MAX_KNOWN_BODY_BYTES) break
    bodies.delete(oldest)
    keptBytes -= kept.size
  }
}

/** The record packDirectory made of this very entry object with these options, if any. */
export function packedRecord (entry: DirEntry, tag: string): Uint8Array | undefined {
  const known = records.get(entry)
  return known?.tag === tag ? known.record : undefined
}

/** Remembers the record of a frozen entry. */
export function rememberRecord (entry: DirEntry, tag: string, record: Uint8Array): void {
  records.set(entry, { tag, record })
}

function deepFreeze (value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const inner of Object.values(value)) deepFreeze(inner)
}

/** Freezes an entry and its metadata in place; returns it. */
export function freezeEntry (entry: DirEntry): DirEntry {
  deepFreeze(entry.metadata)
  return Object.freeze(entry)
}

/** Forgets every body (for tests). */
export function forgetKnownBodies (): void {
  bodies.clear()
  keptBytes = 0
}

/** How many bodies are remembered (for tests). */
export function knownBodyCount (): number {
  return bodies.size
}
