/**
 * Disk space (spec h.4): what the server may still fill is the free space
 * the file system reports for unprivileged users, less the reserved space,
 * never below zero. Pending upload allocations are subtracted by the caller.
 */
import { statfsSync } from 'node:fs'

/** Reports free bytes on the file system that holds `dir`. */
export type FreeSpaceProbe = (dir: string) => Promise<number>

/** Synchronous underneath, like the storage actor's other directory work (see disk.ts). */
export const statfsFreeSpace: FreeSpaceProbe = (dir) => {
  const stats = statfsSync(dir)
  return Promise.resolve(stats.bavail * stats.bsize)
}

export async function availableSpace (probe: FreeSpaceProbe, dir: string, reserved: number): Promise<number> {
  const free = await probe(dir)
  return Math.max(0, Math.min(Number.MAX_SAFE_INTEGER, free) - reserved)
}
