/**
 * Link metadata rules (spec g.2, Tahoe's `dirnode.update_metadata`) and
 * the ways a child loses write authority: being reached through a
 * read-only directory, or carrying `no-write: true`.
 */
import { CapFormatError, formatCap, parseCap, readCap } from '../../encoding/caps.js'
import type { DirEntry, Metadata } from './types.js'

/** The metadata key only the node may write. */
export const TAHOE_METADATA_KEY = 'tahoe'
/** Before Tahoe 1.4 the link-creation time was called `ctime`. */
export const LEGACY_CTIME_KEY = 'ctime'
export const NO_WRITE_KEY = 'no-write'

function isObject (value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A shallow copy that keeps keys such as `__proto__` as plain data. */
function copy (value: Record<string, unknown>): Metadata {
  return Object.fromEntries(Object.entries(value))
}

/**
 * The metadata of a link being created or updated at `now` (Unix seconds).
 *
 * - With `user` metadata, it replaces everything except the `tahoe` key,
 *   which users cannot set: theirs is ignored and the old one kept.
 * - `tahoe.linkcrtime` is kept if present; otherwise it is taken from a
 *   legacy `ctime` of the old metadata, or else set to `now`.
 * - `tahoe.linkmotime` is set to `now`.
 *
 * Neither input is modified.
 */
export function updateMetadata (old: Metadata | undefined, now: number, user?: Metadata): Metadata {
  const previous = old ?? {}
  const legacyCtime = previous[LEGACY_CTIME_KEY]
  let metadata: Metadata
  if (user === undefined) {
    metadata = copy(previous)
  } else {
    metadata = copy(user)
    delete metadata[TAHOE_METADATA_KEY]
    if (TAHOE_METADATA_KEY in previous) metadata[TAHOE_METADATA_KEY] = previous[TAHOE_METADATA_KEY]
  }
  const existing = metadata[TAHOE_METADATA_KEY]
  // A malformed `tahoe` value (not an object) is replaced rather than trusted.
  const system = isObject(existing) ? copy(existing) : {}
  if (!('linkcrtime' in system)) {
    system.linkcrtime = legacyCtime !== undefined && legacyCtime !== null ? legacyCtime : now
  }
  system.linkmotime = now
  metadata[TAHOE_METADATA_KEY] = system
  return metadata
}

/** Python's truth value of a JSON value, which is how Tahoe reads `no-write`. */
export function pythonTruthy (value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value).length > 0
  return true
}

/** The read cap a write cap implies, when it is of a known kind. */
function impliedReadCap (writeCap: string): string | undefined {
  try {
    const cap = parseCap(writeCap)
    return cap.kind === 'unknown' ? undefined : formatCap(readCap(cap))
  } catch (err: unknown) {
    if (err instanceof CapFormatError) return undefined
    throw err
  }
}

/**
 * The read-only form of a link: the write cap is dropped and the read cap
 * kept (derived from the write cap if missing). A child of unknown kind
 * without a read cap becomes an opaque entry, as in Tahoe.
 */
export function diminish (entry: DirEntry): DirEntry {
  if (entry.writeCap === undefined) return entry
  const { writeCap, ...rest } = entry
  const readCapText = entry.readCap ?? impliedReadCap(writeCap)
  return readCapText === undefined ? rest : { ...rest, readCap: readCapText }
}

/** Whether the link's metadata asks for it to be read-only (`no-write`). */
export function isNoWrite (metadata: Metadata): boolean {
  return pythonTruthy(metadata[NO_WRITE_KEY])
}

/** Applies `no-write`: a link so marked is stored read-only, as Tahoe's Adder and MetadataSetter do. */
export function applyNoWrite (entry: DirEntry): DirEntry {
  return isNoWrite(entry.metadata) ? diminish(entry) : entry
}
