/**
 * The changes a directory undergoes, as pure functions on its children
 * (Tahoe's dirnode `Adder` and `Deleter`, and a rename done as one change):
 * link rules, replace policies and link metadata, applied to a map of
 * children keyed by NFC name.
 */
import { applyNoWrite, updateMetadata, type DirEntry, type Metadata } from '../dirnode.js'
import { capsOf, isDirectoryChild, type ChildCapPair } from './caps.js'
import { ExistingChildError, NoSuchChildError } from './errors.js'

/** What may be replaced: anything (true), nothing (false), or anything but a directory. */
export type ReplacePolicy = boolean | 'only-files'

/** A link to make: a checked, NFC name, the child's caps and the user's metadata (undefined keeps the old). */
export interface Link extends ChildCapPair {
  name: string
  metadata?: Metadata
}

/** The same child object: read caps name an object (a write cap's read cap is derived from it). */
function sameChild (a: ChildCapPair, b: ChildCapPair): boolean {
  return a.readCap !== undefined && a.readCap === b.readCap
}

/** The entry a link becomes with `metadata`; a link marked no-write is stored read-only. */
export function linkEntry (link: Link, metadata: Metadata): DirEntry {
  const entry: DirEntry = { name: link.name, metadata }
  if (link.writeCap !== undefined) entry.writeCap = link.writeCap
  if (link.readCap !== undefined) entry.readCap = link.readCap
  // A link marked no-write is stored read-only, as Tahoe's Adder does.
  return applyNoWrite(entry)
}

/**
 * Adds or replaces links. `tahoe.linkcrtime` of a replaced link is kept and
 * `linkmotime` set to `now`; user metadata replaces the old, or the old is
 * kept when none is given. On a retry, a link already holding the same
 * child is taken as this change's own earlier write, not as a conflict.
 * Returns the names that replaced an existing link.
 */
export function addLinks (children: Map<string, DirEntry>, links: readonly Link[], replace: ReplacePolicy, now: number, firstAttempt: boolean): string[] {
  const replaced: string[] = []
  for (const link of links) {
    const existing = children.get(link.name)
    if (existing !== undefined) {
      const ours = !firstAttempt && sameChild(existing, link)
      if (!ours && replace === false) throw new ExistingChildError(link.name, isDirectoryChild(existing))
      if (!ours && replace === 'only-files' && isDirectoryChild(existing)) throw new ExistingChildError(link.name, true)
      replaced.push(link.name)
    }
    children.set(link.name, linkEntry(link, updateMetadata(existing?.metadata, now, link.metadata)))
  }
  return replaced
}

/**
 * Removes a link and returns it. A missing name is NoSuchChildError on the
 * first attempt; on a retry it was most likely removed by the attempt that
 * met another writer, so it is not an error (as in Tahoe's Deleter).
 */
export function removeLink (children: Map<string, DirEntry>, name: string, firstAttempt: boolean): DirEntry | undefined {
  const existing = children.get(name)
  if (existing === undefined) {
    if (firstAttempt) throw new NoSuchChildError(name)
    return undefined
  }
  children.delete(name)
  return existing
}

/**
 * Moves a link to a new name in the same directory, as one change. As in
 * Tahoe's `move_child_to`, the child keeps its user metadata and the new
 * link gets fresh link times (or those of the link it replaces). Returns
 * false when there is nothing to write.
 */
export function renameLink (
  children: Map<string, DirEntry>, from: string, to: string, replace: ReplacePolicy, now: number, firstAttempt: boolean
): boolean {
  const source = children.get(from)
  if (source === undefined) {
    // On a retry, a missing source with the target present is this rename, already done.
    if (!firstAttempt && children.has(to)) return false
    throw new NoSuchChildError(from)
  }
  if (from === to) return false
  addLinks(children, [{ name: to, ...capsOf(source), metadata: source.metadata }], replace, now, firstAttempt)
  children.delete(from)
  return true
}
