/**
 * Space the storage server can offer: what the file system holding the
 * storage directory has free for us, less the reserved space. Stands in
 * for the storage actor's own figure until the node asks the actor.
 */
import { statfs } from 'node:fs/promises'
import type { StorageSpace } from '../actors/announcer/index.js'

export async function diskSpace (storageDir: string, reservedSpace: number): Promise<StorageSpace> {
  const stats = await statfs(storageDir)
  const free = Math.min(stats.bavail * stats.bsize, Number.MAX_SAFE_INTEGER)
  const available = Math.max(0, free - reservedSpace)
  return { availableSpace: available, maximumImmutableShareSize: available }
}
