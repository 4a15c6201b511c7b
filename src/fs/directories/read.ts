/**
 * Fetching a directory's body: a mutable directory's from its mutable file
 * (with the servermap it was read under, for a later overwrite), an
 * immutable one's from its CHK file or straight out of its LIT cap. Bodies
 * are held whole in memory, so their size is bounded before they are read.
 */
import type { Downloader } from '../../actors/downloader/index.js'
import type { MutableFiles, Servermap, ServermapMode } from '../../actors/mutable/index.js'
import { FormatError } from '../../errors.js'
import type { ImmutableDirCap, ReadableDirCap } from './caps.js'
import { isImmutableDirCap } from './caps.js'
import { DirectoryTooLargeError } from './errors.js'

export interface BodyReaders {
  mutable: MutableFiles
  downloader: Downloader
  maxDirectorySize: number
}

export interface MutableBody {
  data: Uint8Array
  /** The map the body was read under; a write-mode map can be given back to overwrite. */
  servermap: Servermap
}

function checkSize (size: number, limit: number): void {
  if (size > limit) throw new DirectoryTooLargeError(size, limit)
}

async function readImmutableBody (readers: BodyReaders, cap: ImmutableDirCap, signal?: AbortSignal): Promise<Uint8Array> {
  if (cap.kind === 'dir2-lit') return cap.file.data
  checkSize(cap.file.size, readers.maxDirectorySize)
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

/** A mutable directory's body and the map it was read under ('write' mode before a change). */
export async function readMutableBody (
  readers: BodyReaders, cap: Exclude<ReadableDirCap, ImmutableDirCap>, mode: ServermapMode, signal?: AbortSignal
): Promise<MutableBody> {
  const servermap = await readers.mutable.servermap(cap.file, mode, { signal })
  const size = servermap.best()?.version.dataLength
  if (size !== undefined) checkSize(size, readers.maxDirectorySize)
  const { data } = await readers.mutable.read(cap.file, { servermap, signal })
  return { data, servermap }
}

/** Any readable directory's body. */
export async function readBody (readers: BodyReaders, cap: ReadableDirCap, signal?: AbortSignal): Promise<Uint8Array> {
  if (isImmutableDirCap(cap)) return await readImmutableBody(readers, cap, signal)
  return (await readMutableBody(readers, cap, 'read', signal)).data
}
