/**
 * Fetching a directory's body: a mutable directory's from its mutable file,
 * an immutable one's from its CHK file or straight out of its LIT cap.
 * Bodies are held whole in memory, so their size is bounded before they are
 * read.
 */
import type { Downloader } from '../../actors/downloader/index.js'
import type { MutableFiles } from '../../actors/mutable/index.js'
import { FormatError } from '../../errors.js'
import type { ImmutableDirCap, ReadableDirCap } from './caps.js'
import { isImmutableDirCap } from './caps.js'
import { DirectoryTooLargeError } from './errors.js'

export interface BodyReaders {
  mutable: MutableFiles
  downloader: Downloader
  maxDirectorySize: number
}

/** Refuses a body larger than `limit` before it is fetched. */
export function checkBodySize (size: number, limit: number): void {
  if (size > limit) throw new DirectoryTooLargeError(size, limit)
}

async function readImmutableBody (readers: BodyReaders, cap: ImmutableDirCap, signal?: AbortSignal): Promise<Uint8Array> {
  if (cap.kind === 'dir2-lit') return cap.file.data
  checkBodySize(cap.file.size, readers.maxDirectorySize)
  const body = new Uint8Array(cap.file.size)
  let offset = 0
  for await (const chunk of readers.downloader.read(cap.file, { signal })) {
    // The downloader checks the size against the cap; this only guards the buffer.
    if (offset + chunk.length > body.length) throw new FormatError('the download gave more bytes than its cap says the file holds')
    body.set(chunk, offset)
    offset += chunk.length
  }
  return offset === body.length ? body : body.subarray(0, offset)
}

/** Any readable directory's body. */
export async function readBody (readers: BodyReaders, cap: ReadableDirCap, signal?: AbortSignal): Promise<Uint8Array> {
  if (isImmutableDirCap(cap)) return await readImmutableBody(readers, cap, signal)
  const checkSize = (size: number): void => { checkBodySize(size, readers.maxDirectorySize) }
  return (await readers.mutable.read(cap.file, { signal, checkSize })).data
}
