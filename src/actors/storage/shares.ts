/**
 * The share files held for one storage index, each with the kind of
 * container it is, told apart by its first bytes as Tahoe does.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { errorCode, isMissing } from './disk.js'
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

/**
 * The kind of container at `path`, or undefined when there is no file.
 * Synchronous, like the other directory work (see disk.ts): a 32-byte read
 * of a file's head, usually from the page cache.
 */
export function containerKind (path: string): ContainerKind | undefined {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (err: unknown) {
    if (isMissing(err)) return undefined
    throw err
  }
  try {
    const head = Buffer.alloc(KIND_PROBE_SIZE)
    let length = 0
    try {
      while (length < head.length) {
        const read = readSync(fd, head, length, head.length - length, length)
        if (read === 0) break
        length += read
      }
    } catch (err: unknown) {
      // A directory where a share file should be is simply not a share.
      if (errorCode(err) === 'EISDIR') return 'unknown'
      throw err
    }
    const probe = head.subarray(0, length)
    if (mutableHeaderVersion(probe) !== undefined) return 'mutable'
    if (isImmutableHeader(probe)) return 'immutable'
    return 'unknown'
  } finally {
    closeSync(fd)
  }
}

/** Share files of a storage index, by ascending share number. Other entries are ignored. */
export function listShareFiles (paths: StorePaths, storageIndex: Uint8Array): ShareFile[] {
  const dir = bucketDir(paths, storageIndex)
  // Most storage indexes asked about are not held here: saying so without an
  // exception (Node builds each with a stack trace) is several times cheaper.
  if (!existsSync(dir)) return []
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (err: unknown) {
    if (isMissing(err) || errorCode(err) === 'ENOTDIR') return []
    throw err
  }
  const out: ShareFile[] = []
  for (const name of names) {
    const shareNumber = parseShareFileName(name)
    if (shareNumber === undefined) continue
    const path = join(dir, name)
    const kind = containerKind(path)
    if (kind !== undefined) out.push({ shareNumber, path, kind })
  }
  return out.sort((a, b) => a.shareNumber - b.shareNumber)
}
