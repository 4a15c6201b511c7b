/**
 * The web API's `t=json` of the node at the end of a path (spec m.3): a
 * directory is listed (`["dirnode", …]`, no link metadata, as Tahoe), a
 * file is `["filenode", …]` with its link metadata, and anything else is
 * the child's entry as a directory listing shows it.
 */
import { isDirectory, type KnownCap } from '../../encoding/caps.js'
import { childJson, dirJson, fileJson, type ChildJson, type DirEntry, type DirJson } from '../dirnode.js'
import { parseChildCap, type ReadableDirCap } from './caps.js'
import type { ListDirectory, ResolvedChild } from './walk.js'

const FILE_KINDS: ReadonlySet<KnownCap['kind']> = new Set(['chk', 'lit', 'ssk', 'ssk-ro', 'mdmf', 'mdmf-ro'])
const DIR_VERIFY_KINDS: ReadonlySet<KnownCap['kind']> = new Set(['dir2-verifier', 'dir2-mdmf-verifier', 'dir2-chk-verifier'])

export async function childNodeJson (child: ResolvedChild, list: ListDirectory): Promise<DirJson | ChildJson> {
  const cap = parseChildCap(child.cap)
  if (cap !== undefined && isDirectory(cap) && !DIR_VERIFY_KINDS.has(cap.kind)) {
    const dir = cap as ReadableDirCap
    return dirJson(dir, await list(dir))
  }
  if (cap !== undefined && cap.kind !== 'unknown' && FILE_KINDS.has(cap.kind)) return fileJson(cap, { metadata: child.metadata })
  const { name, writeCap, readCap, metadata } = child
  const entry: DirEntry = { name, metadata, ...(writeCap === undefined ? {} : { writeCap }), ...(readCap === undefined ? {} : { readCap }) }
  return childJson(entry)
}
