/**
 * The share files held for one storage index, each with the kind of
 * container it is, told apart by its first bytes as Tahoe does.
 */
import { open, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode, isMissing, readAt } from './disk.js'
import { isImmutableHeader } from './immutable-container.js'
import { mutableHeaderVersion } from './mutable-container.js'
import { bucketDir, parseShareFileName, type StorePaths } from './paths.js'

export type ContainerKind = 'immutable' | 'mutable' | 'unknown'

export interface ShareFile {
  shareNumber: number
  path: string
  kind: ContainerKind
}

/** Bytes read to tell the container kinds apart (the mutable magic). */
const KIND_PROBE_SIZE = 32

export async function containerKind (path: string): Promise<ContainerKind | undefined> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (err: unknown) {
    if (isMissing(err)) return undefined
    throw err
  }
  try {
    let head: Uint8Array
    try {
      head = await readAt(handle, 0, KIND_PROBE_SIZE)
    } catch (err: unknown) {
      // A directory where a share file should be is simply not a share.
      if (errorCode(err) === 'EISDIR') return 'unknown'
      throw err
    }
    if (mutableHeaderVersion(head) !== undefined) return 'mutable'
    if (isImmutableHeader(head)) return 'immutable'
    return 'unknown'
  } finally {
    await handle.close()
  }
}

/** Share files of a storage index, by ascending share number. Other entries are ignored. */
export async function listShareFiles (paths: StorePaths, storageIndex: Uint8Array): Promise<ShareFile[]> {
  const dir = bucketDir(paths, storageIndex)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err: unknown) {
    if (isMissing(err) || errorCode(err) === 'ENOTDIR') return []
    throw err
  }
  const out: ShareFile[] = []
  for (const name of names) {
    const shareNumber = parseShareFileName(name)
    if (shareNumber === undefined) continue
    const path = join(dir, name)
    const kind = await containerKind(path)
    if (kind !== undefined) out.push({ shareNumber, path, kind })
  }
  return out.sort((a, b) => a.shareNumber - b.shareNumber)
}
