/** Small file helpers for the node directory. */
import { open, rename, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'

export interface WriteOptions {
  /** File mode of a newly written file. @default 0o644 */
  mode?: number
  /**
   * Flush the new content to disk before the rename. Without it a crash may
   * leave the old content (never a mix). @default true
   */
  durable?: boolean
}

/**
 * Replaces `path` with `data` so that readers (and a crash) see either the
 * old content or the new, never a mix: write a temporary file beside it,
 * flush it to disk (unless told not to), rename it over the old one.
 */
export async function writeFileAtomic (path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temporary, 'wx', options.mode ?? 0o644)
  try {
    await handle.writeFile(data)
    if (options.durable !== false) await handle.sync()
  } catch (err: unknown) {
    await handle.close()
    await rm(temporary, { force: true })
    throw err
  }
  await handle.close()
  await rename(temporary, path)
}
