/**
 * Walking a path of child names down from a directory (what the web API
 * does for `/uri/$DIRCAP/a/b/c`). Each step lists one directory with the
 * authority the previous step gave: a directory reached through a read
 * cap is read through its read cap, so everything below it is read-only.
 */
import { formatCap, isDirectory } from '../../encoding/caps.js'
import type { DirEntry } from '../dirnode.js'
import { parseChildCap, readableDirCap, type ReadableDirCap } from './caps.js'
import { NoSuchChildError, NotADirectoryError } from './errors.js'

export interface ResolvedChild extends DirEntry {
  /** The strongest cap the path gives: the write cap if any, else the read cap; undefined for an opaque child. */
  cap?: string
  /** The directory holding the link, as reached (read-only if any step was). */
  parent: string
  /** The names walked, NFC-normalized; the last is the child's. */
  path: string[]
}

/** Lists a directory: the entries as the cap shows them (read-only for a read cap). */
export type ListDirectory = (cap: ReadableDirCap) => Promise<DirEntry[]>

/** The directory a child entry names, or NotADirectoryError when it names anything else. */
function childDirectory (entry: DirEntry, path: readonly string[]): ReadableDirCap {
  const cap = parseChildCap(entry.writeCap ?? entry.readCap)
  if (cap === undefined) throw new NotADirectoryError(path, 'a child without a readable cap')
  if (!isDirectory(cap)) throw new NotADirectoryError(path, cap.kind === 'unknown' ? 'a child of an unknown kind' : 'a file')
  if (cap.kind.endsWith('-verifier')) throw new NotADirectoryError(path, 'a directory verify cap, which cannot list it')
  return readableDirCap(cap, path)
}

/** Resolves `segments` (non-empty, NFC) from `root`. */
export async function walk (root: ReadableDirCap, segments: readonly string[], list: ListDirectory): Promise<ResolvedChild> {
  let dir = root
  for (const [index, name] of segments.entries()) {
    const path = segments.slice(0, index + 1)
    const entry = (await list(dir)).find(child => child.name === name)
    if (entry === undefined) throw new NoSuchChildError(name, path)
    if (index === segments.length - 1) {
      const cap = entry.writeCap ?? entry.readCap
      return { ...entry, ...(cap === undefined ? {} : { cap }), parent: formatCap(dir), path }
    }
    dir = childDirectory(entry, path)
  }
  throw new RangeError('walk needs at least one name')
}
