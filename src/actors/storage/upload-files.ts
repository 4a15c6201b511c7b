/**
 * The open files of uploads in progress. An upload's file stays open from
 * its allocation to its close or abort, so that a bucket write costs one
 * positioned write rather than open, write and close. Only so many files
 * are kept open while idle: past that the least recently used is closed,
 * and opened again by its next write.
 *
 * Calls for one path never overlap (the storage index's queue is held), so
 * a file in use is never closed under its user; an idle one may be closed
 * for room at any time.
 */
import { open, type FileHandle } from 'node:fs/promises'

export class UploadFiles {
  readonly #limit: number
  /** Idle open files by path, least recently used first. */
  readonly #idle = new Map<string, FileHandle>()

  constructor (limit: number) {
    this.#limit = limit
  }

  /** Idle files open now. */
  get openCount (): number {
    return this.#idle.size
  }

  /** Keeps a file just created for an upload open for its writes. */
  async adopt (path: string, handle: FileHandle): Promise<void> {
    await this.release(path)
    this.#idle.set(path, handle)
    await this.#trim()
  }

  /** Runs `job` with the upload's file open for reading and writing. */
  async use<T>(path: string, job: (handle: FileHandle) => Promise<T>): Promise<T> {
    let handle = this.#idle.get(path)
    // Taken out of the idle set while in use, so #trim never closes it.
    if (handle !== undefined) this.#idle.delete(path)
    else handle = await open(path, 'r+')
    try {
      return await job(handle)
    } finally {
      this.#idle.set(path, handle)
      await this.#trim()
    }
  }

  /** Closes the upload's file if it is open (on close, abort, idle abort or stop). */
  async release (path: string): Promise<void> {
    const handle = this.#idle.get(path)
    if (handle === undefined) return
    this.#idle.delete(path)
    await handle.close()
  }

  async #trim (): Promise<void> {
    while (this.#idle.size > this.#limit) {
      const oldest = this.#idle.entries().next().value
      if (oldest === undefined) return
      this.#idle.delete(oldest[0])
      await oldest[1].close()
    }
  }
}
