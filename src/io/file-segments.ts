/**
 * Reads a file in fixed-size segments with one read always running ahead,
 * so disk reads (on libuv's thread pool) overlap the caller's CPU work.
 * Memory stays at two segments whatever the file size.
 */
import { open } from 'node:fs/promises'
import { LafsError } from '../errors.js'

export class FileChangedError extends LafsError {
  constructor (message: string) {
    super('ERR_FILE_CHANGED', message)
  }
}

export interface ReadSegmentsOptions {
  /** Segment length; the last one may be shorter. */
  segmentSize: number
  /** The size the caller expects; a file that is shorter or longer is an error. */
  expectedSize?: number
  /**
   * Read into two buffers used in turn instead of a fresh one per segment.
   * A yielded segment is then valid only until the next one is requested.
   * @default false
   */
  reuseBuffers?: boolean
  signal?: AbortSignal
}

export async function * readFileSegments (path: string, options: ReadSegmentsOptions): AsyncGenerator<Uint8Array> {
  const { segmentSize, expectedSize, signal } = options
  const spare = options.reuseBuffers === true ? [Buffer.allocUnsafe(segmentSize), Buffer.allocUnsafe(segmentSize)] : undefined
  let turn = 0
  const handle = await open(path, 'r')
  let pending: Promise<Uint8Array> | undefined
  try {
    let position = 0
    const readAt = async (at: number): Promise<Uint8Array> => {
      const buffer = spare?.[turn++ % 2] ?? Buffer.allocUnsafe(segmentSize)
      let filled = 0
      while (filled < segmentSize) {
        const { bytesRead } = await handle.read(buffer, filled, segmentSize - filled, at + filled)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      return buffer.subarray(0, filled)
    }
    pending = readAt(position)
    for (;;) {
      signal?.throwIfAborted()
      const segment: Uint8Array = await pending
      if (segment.length === 0) break
      position += segment.length
      if (expectedSize !== undefined && position > expectedSize) {
        throw new FileChangedError(`the file grew while it was being read (expected ${expectedSize} bytes)`)
      }
      // Start the next read before handing this segment over.
      pending = segment.length === segmentSize ? readAt(position) : Promise.resolve(new Uint8Array(0))
      yield segment
    }
    if (expectedSize !== undefined && position !== expectedSize) {
      throw new FileChangedError(`the file shrank while it was being read (expected ${expectedSize} bytes, read ${position})`)
    }
  } finally {
    // A consumer that stops early may leave a read in flight: let it settle first.
    if (pending !== undefined) await Promise.allSettled([pending])
    await handle.close()
  }
}
