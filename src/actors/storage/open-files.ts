/**
 * Files kept open between calls: the file of each upload in progress, so
 * a bucket write is one positioned write rather than open, write and
 * close; and recently read shares with their layout, so a bucket read is
 * one positioned read rather than open, header read, stat, read and close.
 *
 * Only so many are kept open while idle; past that the least recently used
 * is closed, and opened again when next needed. Calls for one path never
 * overlap (the storage index's queue is held), and a file leaves the idle
 * set while in use, so it is never closed under its user.
 */
import { sep } from 'node:path'
import type { DiskFile } from './disk-file.js'

export interface OpenFile {
  readonly handle: DiskFile
}

export class OpenFiles<T extends OpenFile> {
  readonly #limit: number
  /** Idle open files by path, least recently used first. */
  readonly #idle = new Map<string, T>()

  constructor (limit: number) {
    this.#limit = limit
  }

  /** Files open and idle now. */
  get openCount (): number {
    return this.#idle.size
  }

  /** Keeps a file the caller has just opened. */
  async adopt (path: string, file: T): Promise<void> {
    await this.release(path)
    this.#idle.set(path, file)
    await this.#trim()
  }

  /** Runs `job` with the file at `path`, opening it with `open` unless it is open already. */
  async use<R>(path: string, open: () => Promise<T>, job: (file: T) => Promise<R>): Promise<R> {
    let file = this.#idle.get(path)
    if (file !== undefined) this.#idle.delete(path)
    else file = await open()
    try {
      return await job(file)
    } finally {
      this.#idle.set(path, file)
      await this.#trim()
    }
  }

  /** Closes the file at `path` if it is open. */
  async release (path: string): Promise<void> {
    const file = this.#idle.get(path)
    if (file === undefined) return
    this.#idle.delete(path)
    await file.handle.close()
  }

  /** Closes every open file inside the directory `dir`. */
  async releaseUnder (dir: string): Promise<void> {
    const prefix = dir.endsWith(sep) ? dir : dir + sep
    for (const path of [...this.#idle.keys()]) {
      if (path.startsWith(prefix)) await this.release(path)
    }
  }

  /** Closes every open file (all of them, even when one fails to close: the first failure is thrown). */
  async releaseAll (): Promise<void> {
    let failure: Error | undefined
    for (const path of [...this.#idle.keys()]) {
      try {
        await this.release(path)
      } catch (err: unknown) {
        failure ??= err instanceof Error ? err : new Error('a file could not be closed')
      }
    }
    if (failure !== undefined) throw failure
  }

  async #trim (): Promise<void> {
    while (this.#idle.size > this.#limit) {
      const oldest = this.#idle.entries().next().value
      if (oldest === undefined) return
      this.#idle.delete(oldest[0])
      await oldest[1].handle.close()
    }
  }
}
