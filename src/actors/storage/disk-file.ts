/**
 * Share files opened by descriptor. Small reads and writes (headers,
 * leases, test vectors, a directory's share) are done synchronously: they
 * touch the page cache for a few microseconds, where each call through
 * node:fs/promises costs about 50 us of CPU and a thread hand-off of 0.1 to
 * 0.5 ms, and a mutable slot write made a dozen of them. Bulk transfers
 * (blocks of a large share) and fsync, which may wait for the disk, stay
 * asynchronous so that they never hold up the event loop.
 */
import { closeSync, fstatSync, fsync, ftruncateSync, openSync, read, readSync, write, writeSync } from 'node:fs'
import { promisify } from 'node:util'

/** Reads and writes up to this many bytes are done synchronously. */
export const SYNC_IO_LIMIT = 64 * 1024

const fsyncFd = promisify(fsync)
const readFd = promisify(read)
const writeFd = promisify(write)

/** What the storage actor needs of an open file; node's FileHandle has the same shape. */
export interface DiskFile {
  read: (buffer: Uint8Array, offset: number, length: number, position: number) => Promise<{ bytesRead: number }>
  write: (data: Uint8Array, offset: number, length: number, position: number) => Promise<{ bytesWritten: number }>
  stat: () => Promise<{ size: number }>
  truncate: (length: number) => Promise<void>
  sync: () => Promise<void>
  close: () => Promise<void>
}

class DescriptorFile implements DiskFile {
  readonly #fd: number
  #closed = false

  constructor (fd: number) {
    this.#fd = fd
  }

  async read (buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }> {
    if (length > SYNC_IO_LIMIT) return { bytesRead: (await readFd(this.#fd, buffer, offset, length, position)).bytesRead }
    return { bytesRead: readSync(this.#fd, buffer, offset, length, position) }
  }

  async write (data: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }> {
    if (length > SYNC_IO_LIMIT) return { bytesWritten: (await writeFd(this.#fd, data, offset, length, position)).bytesWritten }
    return { bytesWritten: writeSync(this.#fd, data, offset, length, position) }
  }

  stat (): Promise<{ size: number }> {
    return Promise.resolve({ size: fstatSync(this.#fd).size })
  }

  truncate (length: number): Promise<void> {
    ftruncateSync(this.#fd, length)
    return Promise.resolve()
  }

  async sync (): Promise<void> {
    await fsyncFd(this.#fd)
  }

  close (): Promise<void> {
    // A second close must not close whatever descriptor reused the number.
    if (!this.#closed) {
      this.#closed = true
      closeSync(this.#fd)
    }
    return Promise.resolve()
  }
}

/** Opens `path` with fs flags ('r', 'r+', 'wx', 'wx+'); throws as fs.openSync does (ENOENT, EEXIST...). */
export function openDiskFile (path: string, flags: string): DiskFile {
  return new DescriptorFile(openSync(path, flags, 0o666))
}
