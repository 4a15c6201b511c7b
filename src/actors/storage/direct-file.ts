/**
 * Share files with their bulk reads and writes going around the page cache
 * (O_DIRECT). A storage server keeps what it is sent for months and seldom
 * reads it soon, yet every byte written or read through the page cache is
 * first copied into a fresh page of kernel memory. Where first touching
 * memory is dear, as on the virtual machines lafs is measured on, that copy
 * was a quarter of a storage node's CPU during an upload; direct I/O moves
 * the bytes between the disk and a buffer of ours instead.
 *
 * Direct I/O needs the file position, the length and the memory address
 * aligned to the device's block. Writes of a few kilobytes (headers,
 * hashes) go through the page cache as before. A large write is copied into
 * an aligned staging buffer together with the bytes already in the file
 * before it in its first block; whole blocks are written directly, and the
 * last partial block is held back until the next write continues it. It is
 * written through the page cache, like any write that does not continue it,
 * before anything reads, syncs, sizes or closes the file. Where the file
 * system refuses direct I/O, every write goes through the page cache.
 * A large read is read whole blocks at a time into a staging buffer and
 * the bytes asked for are copied out.
 */
import { closeSync, constants, openSync, read, write } from 'node:fs'
import { promisify } from 'node:util'
import { errorCode, readAt, writeAt } from './disk.js'
import type { DiskFile } from './disk-file.js'

/** Positions, lengths and buffers of direct writes are multiples of this (4096 covers 512-byte and 4K-sector disks). */
export const DIRECT_ALIGNMENT = 4096
/** Reads and writes at least this long go around the page cache. */
export const DIRECT_FROM = 128 * 1024
/**
 * Bytes one staging buffer holds: an uploader's write of 1032 KiB, or a
 * downloader's read of as much, with the partial blocks at either end, fits
 * whole (a multiple of WebAssembly's 64 KiB page). Longer ones are staged
 * in pieces.
 */
export const STAGING_SIZE = 17 * 64 * 1024
/** Staging buffers kept for reuse; past that many writes at once, the extra ones go through the page cache. */
export const MAX_STAGING_BUFFERS = 8

const WASM_PAGE = 64 * 1024
const readFd = promisify(read)
const writeFd = promisify(write)

/**
 * Staging buffers, each the memory of its own WebAssembly.Memory: such
 * memory starts on a page boundary, which a Buffer's need not.
 */
class StagingBuffers {
  readonly #free: Uint8Array[] = []
  #count = 0

  take (): Uint8Array | undefined {
    const free = this.#free.pop()
    if (free !== undefined) return free
    if (this.#count >= MAX_STAGING_BUFFERS) return undefined
    this.#count++
    const pages = STAGING_SIZE / WASM_PAGE
    return new Uint8Array(new WebAssembly.Memory({ initial: pages, maximum: pages }).buffer)
  }

  give (buffer: Uint8Array): void {
    this.#free.push(buffer)
  }
}

const staging = new StagingBuffers()

/** Bytes this process has moved by direct I/O (the tests read it). */
export const directIoCounters = { written: 0, read: 0 }

export interface DirectIoOptions {
  /** Opens the file for direct I/O. @default fs.openSync */
  openDirect?: (path: string, flags: number) => number
}

class DirectIoFile implements DiskFile {
  readonly #file: DiskFile
  readonly #path: string
  /** Whether the file is written (an upload) or only read (a closed share). */
  readonly #writable: boolean
  readonly #open: (path: string, flags: number) => number
  #directFd: number | undefined
  /** Set once the file system refuses direct I/O: it is not tried again on this file. */
  #refused = false
  /** Bytes written but held back: they start at #heldAt (aligned) and are less than one block (more only after a failed write). */
  #held = new Uint8Array(0)
  #heldAt = 0

  constructor (file: DiskFile, path: string, writable: boolean, options: DirectIoOptions) {
    this.#file = file
    this.#path = path
    this.#writable = writable
    this.#open = options.openDirect ?? openSync
  }

  async write (data: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }> {
    const bytes = data.subarray(offset, offset + length)
    const continues = this.#held.length > 0 && position === this.#heldAt + this.#held.length
    if (this.#writable && (continues || length >= DIRECT_FROM) && await this.#writeDirect(bytes, position, continues)) {
      return { bytesWritten: length }
    }
    await this.#flushHeld()
    return await this.#file.write(data, offset, length, position)
  }

  /** Writes `bytes` at `position` through a staging buffer; false (having written nothing) when none is to be had. */
  async #writeDirect (bytes: Uint8Array, position: number, continues: boolean): Promise<boolean> {
    const fd = this.#openDirect()
    if (fd === undefined) return false
    const buffer = staging.take()
    if (buffer === undefined) return false
    try {
      if (!continues) {
        await this.#flushHeld()
        this.#heldAt = position - (position % DIRECT_ALIGNMENT)
        // The start of the first block as the file has it now (zeros past its end).
        const head = new Uint8Array(position - this.#heldAt)
        head.set(await readAt(this.#file, this.#heldAt, head.length))
        this.#held = head
      }
      buffer.set(this.#held, 0)
      let staged = this.#held.length
      this.#held = new Uint8Array(0)
      let pending = bytes
      for (;;) {
        const take = Math.min(pending.length, buffer.length - staged)
        buffer.set(pending.subarray(0, take), staged)
        staged += take
        pending = pending.subarray(take)
        const whole = staged - (staged % DIRECT_ALIGNMENT)
        if (pending.length === 0 && whole === 0) break
        try {
          await writeWhole(fd, buffer.subarray(0, whole), this.#heldAt)
          directIoCounters.written += whole
        } catch (err: unknown) {
          // What is staged includes bytes earlier calls were told are written: they stay held, never dropped.
          const pendingAt = this.#heldAt + staged
          this.#held = buffer.slice(0, staged)
          if (errorCode(err) !== 'EINVAL') throw err
          // Refused after all (a file system that opens with O_DIRECT but will not write so): the usual way, then.
          this.#refused = true
          this.#closeDirect()
          await this.#flushHeld()
          await writeAt(this.#file, pending, pendingAt)
          return true
        }
        this.#heldAt += whole
        buffer.copyWithin(0, whole, staged)
        staged -= whole
        if (pending.length === 0) break
      }
      this.#held = buffer.slice(0, staged)
      return true
    } finally {
      staging.give(buffer)
    }
  }

  #openDirect (): number | undefined {
    if (this.#directFd !== undefined) return this.#directFd
    // Platforms without O_DIRECT (macOS) do without.
    if (this.#refused || constants.O_DIRECT === undefined) return undefined
    try {
      this.#directFd = this.#open(this.#path, (this.#writable ? constants.O_WRONLY : constants.O_RDONLY) | constants.O_DIRECT)
    } catch (err: unknown) {
      if (errorCode(err) !== 'EINVAL') throw err
      this.#refused = true
    }
    return this.#directFd
  }

  #closeDirect (): void {
    if (this.#directFd !== undefined) closeSync(this.#directFd)
    this.#directFd = undefined
  }

  /** Writes the held-back bytes through the page cache (they stay held if that fails). */
  async #flushHeld (): Promise<void> {
    if (this.#held.length === 0) return
    await writeAt(this.#file, this.#held, this.#heldAt)
    this.#held = new Uint8Array(0)
  }

  async read (buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }> {
    await this.#flushHeld()
    if (!this.#writable && length >= DIRECT_FROM) {
      const bytesRead = await this.#readDirect(buffer.subarray(offset, offset + length), position)
      if (bytesRead !== undefined) return { bytesRead }
    }
    return await this.#file.read(buffer, offset, length, position)
  }

  /** Reads into `into` from `position` through a staging buffer (fewer bytes only at the end of the file); undefined when it cannot. */
  async #readDirect (into: Uint8Array, position: number): Promise<number | undefined> {
    const fd = this.#openDirect()
    if (fd === undefined) return undefined
    const buffer = staging.take()
    if (buffer === undefined) return undefined
    try {
      let done = 0
      while (done < into.length) {
        const at = position + done
        const start = at - (at % DIRECT_ALIGNMENT)
        const skip = at - start
        const want = Math.min(buffer.length, roundUp(skip + into.length - done))
        const { bytesRead } = await readFd(fd, buffer, 0, want, start)
        const got = Math.min(bytesRead - skip, into.length - done)
        if (got <= 0) break
        into.set(buffer.subarray(skip, skip + got), done)
        directIoCounters.read += got
        done += got
        if (bytesRead < want) break
      }
      return done
    } catch (err: unknown) {
      if (errorCode(err) !== 'EINVAL') throw err
      this.#refused = true
      this.#closeDirect()
      return undefined
    } finally {
      staging.give(buffer)
    }
  }

  async stat (): Promise<{ size: number }> {
    await this.#flushHeld()
    return await this.#file.stat()
  }

  async truncate (length: number): Promise<void> {
    await this.#flushHeld()
    await this.#file.truncate(length)
  }

  async sync (): Promise<void> {
    await this.#flushHeld()
    await this.#file.sync()
  }

  async close (): Promise<void> {
    try {
      await this.#flushHeld()
    } finally {
      this.#closeDirect()
      await this.#file.close()
    }
  }
}

function roundUp (length: number): number {
  return Math.ceil(length / DIRECT_ALIGNMENT) * DIRECT_ALIGNMENT
}

async function writeWhole (fd: number, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await writeFd(fd, bytes, done, bytes.length - done, position + done)
    done += bytesWritten
  }
}

/** An upload's `file`, opened on `path`, with its large writes made directly. */
export function withDirectWrites (file: DiskFile, path: string, options: DirectIoOptions = {}): DiskFile {
  return new DirectIoFile(file, path, true, options)
}

/** A closed share's `file`, opened on `path` for reading, with its large reads made directly. */
export function withDirectReads (file: DiskFile, path: string, options: DirectIoOptions = {}): DiskFile {
  return new DirectIoFile(file, path, false, options)
}
