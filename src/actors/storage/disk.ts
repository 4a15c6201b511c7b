/**
 * Small file-system helpers: positioned reads and writes that finish the
 * whole job, directory fsync, and tidy removal of emptied directories.
 *
 * Directory operations (mkdir, rmdir, opening a directory to sync it) are
 * synchronous, as Tahoe's storage server does all its disk work: each is a
 * few microseconds of kernel time, where a call through node:fs/promises
 * costs about 50 us of CPU and 0.1-0.5 ms of thread hand-off on the machines
 * lafs is measured on, and a small share's upload made some twenty of them.
 * Anything that waits for the disk (fsync, bulk reads and writes) stays
 * asynchronous.
 */
import { mkdirSync, rmdirSync } from 'node:fs'
import { openDiskFile, type DiskFile } from './disk-file.js'
import { dirname } from 'node:path'

/** Zeros written per system call when a gap must be filled. */
const ZERO_CHUNK_SIZE = 1024 * 1024

export function errorCode (err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code
  return undefined
}

export function isMissing (err: unknown): boolean {
  return errorCode(err) === 'ENOENT'
}

/** Reads up to `length` bytes at `position`; fewer only at the end of the file. */
export async function readAt (handle: DiskFile, position: number, length: number): Promise<Uint8Array> {
  // Not zeroed first: only the bytes read are handed out.
  const buffer = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return done === length ? buffer : buffer.subarray(0, done)
}

export async function writeAt (handle: DiskFile, data: Uint8Array, position: number): Promise<void> {
  let done = 0
  while (done < data.length) {
    const { bytesWritten } = await handle.write(data, done, data.length - done, position + done)
    done += bytesWritten
  }
}

export async function writeZeros (handle: DiskFile, position: number, length: number): Promise<void> {
  if (length <= 0) return
  const zeros = new Uint8Array(Math.min(length, ZERO_CHUNK_SIZE))
  for (let done = 0; done < length; done += zeros.length) {
    const size = Math.min(zeros.length, length - done)
    await writeAt(handle, size === zeros.length ? zeros : zeros.subarray(0, size), position + done)
  }
}

/** Flushes a directory's entries (a rename or a new file in it) to disk. */
export async function fsyncDir (path: string): Promise<void> {
  let dir: DiskFile | undefined
  try {
    dir = openDiskFile(path, 'r')
    await dir.sync()
  } catch (err: unknown) {
    // Some platforms and file systems cannot fsync a directory; the rename is still made.
    const code = errorCode(err)
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw err
  } finally {
    await dir?.close()
  }
}

/**
 * Creates `path` and any missing parents, then makes the new entries
 * durable by syncing the directory above each one that was created.
 */
export async function ensureDurableDir (path: string): Promise<void> {
  const firstCreated = mkdirSync(path, { recursive: true })
  if (firstCreated === undefined) return
  const parents: string[] = []
  for (let dir = path; ; dir = dirname(dir)) {
    parents.push(dirname(dir))
    if (dir === firstCreated || dirname(dir) === dir) break
  }
  await Promise.all(parents.map(fsyncDir))
}

/**
 * Removes `path` if it is empty, then its parents up to (not including)
 * `stopAt`, stopping at the first one that still holds something.
 */
export function removeEmptyDirs (path: string, stopAt: string): void {
  for (let dir = path; dir !== stopAt && dir.startsWith(stopAt); dir = dirname(dir)) {
    try {
      rmdirSync(dir)
    } catch (err: unknown) {
      const code = errorCode(err)
      if (code === 'ENOENT') continue
      if (code === 'ENOTEMPTY' || code === 'EEXIST') return
      throw err
    }
  }
}
