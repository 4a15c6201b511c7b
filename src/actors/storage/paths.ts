/**
 * Where shares live on disk, as Tahoe-LAFS lays them out:
 *
 *   <storage>/shares/<aa>/<si-b32>/<shnum>            closed shares
 *   <storage>/shares/incoming/<si-b32>.<shnum>        uploads in progress
 *   <storage>/corruption-advisories/                 corruption reports
 *
 * where <si-b32> is the 26-character base32 of the 16-byte storage index
 * and <aa> its first two characters. Closed shares are where Tahoe keeps
 * them. Uploads in progress sit side by side in one flat directory (Tahoe
 * nests them as shares are nested): nothing outside this process reads
 * incoming/, which is emptied at every start, and a flat directory spares
 * every upload a directory to create and one or two to remove. Paths are built only from a storage
 * index and share number that have passed validate.ts, so no caller-chosen
 * text ever reaches the file system.
 */
import { join } from 'node:path'
import { base32Encode } from '../../crypto/base32.js'
import { checkShareNumber, checkStorageIndex } from './validate.js'

export const SHARES_DIR = 'shares'
export const INCOMING_DIR = 'incoming'
export const CORRUPTION_ADVISORIES_DIR = 'corruption-advisories'

export interface StorePaths {
  /** The storage directory itself. */
  root: string
  shares: string
  incoming: string
  advisories: string
}

export function storePaths (storageDir: string): StorePaths {
  const shares = join(storageDir, SHARES_DIR)
  return {
    root: storageDir,
    shares,
    incoming: join(shares, INCOMING_DIR),
    advisories: join(storageDir, CORRUPTION_ADVISORIES_DIR)
  }
}

/** The base32 name of a storage index, as used in paths and logs. */
export function storageIndexName (storageIndex: Uint8Array): string {
  return base32Encode(checkStorageIndex(storageIndex))
}

/** `shares/<aa>/<si-b32>`: where the closed shares of a storage index are. */
export function bucketDir (paths: StorePaths, storageIndex: Uint8Array): string {
  const name = storageIndexName(storageIndex)
  return join(paths.shares, name.slice(0, 2), name)
}

export function sharePath (paths: StorePaths, storageIndex: Uint8Array, shareNumber: number): string {
  return join(bucketDir(paths, storageIndex), String(checkShareNumber(shareNumber)))
}

export function incomingSharePath (paths: StorePaths, storageIndex: Uint8Array, shareNumber: number): string {
  return join(paths.incoming, `${storageIndexName(storageIndex)}.${checkShareNumber(shareNumber)}`)
}

/** The share number a directory entry names, or undefined for anything that is not a share file. */
export function parseShareFileName (name: string): number | undefined {
  if (!/^(0|[1-9][0-9]{0,2})$/.test(name)) return undefined
  const shareNumber = Number(name)
  return shareNumber < 256 ? shareNumber : undefined
}
