/**
 * Corruption advisories: a client that found a bad share tells the server,
 * which keeps a short text report in `corruption-advisories/` for its
 * operator, one file per report, in Tahoe's format. The reason is free text
 * from a remote peer, so it is cut to a bounded length and stripped of
 * control characters before it reaches the disk.
 */
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_ADVISORY_REASON_LENGTH } from './constants.js'
import { errorCode } from './disk.js'
import { StorageIOError } from './errors.js'
import type { ShareType } from './interface.js'

/** Tries at a unique file name when several reports arrive in the same millisecond. */
const MAX_NAME_ATTEMPTS = 100

/** Keeps printable text, newlines and tabs; everything else becomes `?`. */
export function sanitizeReason (reason: string): string {
  return reason.slice(0, MAX_ADVISORY_REASON_LENGTH).toWellFormed().replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
}

export function renderAdvisory (type: ShareType, storageIndexName: string, shareNumber: number, reason: string): string {
  return [
    'report: Share Corruption',
    `type: ${type}`,
    `storage_index: ${storageIndexName}`,
    `share_number: ${shareNumber}`,
    '',
    sanitizeReason(reason),
    '',
    ''
  ].join('\n')
}

/** Tahoe's report name: UTC time without colons, storage index, share number. */
export function advisoryFileName (nowMs: number, storageIndexName: string, shareNumber: number): string {
  return `${new Date(nowMs).toISOString().replaceAll(':', '')}--${storageIndexName}-${shareNumber}`
}

/** Writes one report, never overwriting an earlier one. Returns its path. */
export async function writeAdvisory (dir: string, name: string, report: string): Promise<string> {
  for (let attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++) {
    const path = join(dir, attempt === 0 ? name : `${name}.${attempt}`)
    let handle
    try {
      handle = await open(path, 'wx')
    } catch (err: unknown) {
      if (errorCode(err) === 'EEXIST') continue
      throw err
    }
    try {
      await handle.writeFile(report, 'utf8')
    } finally {
      await handle.close()
    }
    return path
  }
  throw new StorageIOError('no free name for a corruption advisory')
}
