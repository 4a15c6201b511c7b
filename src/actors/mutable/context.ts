/**
 * What every mutable-file job runs with: the live servers, the client's
 * lease secret, timeouts, the job's AbortSignal, the logger, and the keys
 * one cap gives. Caps are split here into the keys each operation needs,
 * so that a read cap never yields anything that could write.
 */
import { mutableReadkey, mutableStorageIndex } from '../../crypto/mutable-keys.js'
import type { MutableReadCap, MutableWriteCap } from '../../encoding/caps.js'
import type { MutableFormat } from '../../encoding/mutable/index.js'
import type { ZfecKernel } from '../../encoding/zfec/index.js'
import type { GridServer } from '../grid.js'
import type { ActorLogger } from '../logger.js'
import { ParameterError } from '../../errors.js'
import { ReadOnlyCapError } from './errors.js'
import type { BadShareHandler } from './servermap.js'

export interface MutableJobContext {
  servers: readonly GridServer[]
  leaseSecret: Uint8Array
  timeoutMs: number
  maxOutstanding?: number
  maxCallData?: number
  signal?: AbortSignal
  log: ActorLogger
  onBadShare?: BadShareHandler
  kernel?: ZfecKernel
  /** Salts come from here; tests inject a deterministic source. */
  randomBytes?: (size: number) => Uint8Array
}

/** What reading needs: no writekey, so nothing derived from it can write. */
export interface FileReadKeys {
  format: MutableFormat
  readkey: Uint8Array
  fingerprint: Uint8Array
  storageIndex: Uint8Array
}

export interface FileWriteKeys extends FileReadKeys {
  writekey: Uint8Array
}

export type MutableFileCap = MutableWriteCap | MutableReadCap

function formatOf (cap: MutableFileCap): MutableFormat {
  return cap.kind === 'ssk' || cap.kind === 'ssk-ro' ? 'sdmf' : 'mdmf'
}

const MUTABLE_FILE_KINDS: ReadonlySet<string> = new Set(['ssk', 'ssk-ro', 'mdmf', 'mdmf-ro'])

export function readKeysOf (cap: MutableFileCap): FileReadKeys {
  // Callers holding a parsed cap of another kind get a typed error, not a crash further down.
  if (typeof cap !== 'object' || cap === null || !MUTABLE_FILE_KINDS.has((cap as { kind?: unknown }).kind as string)) {
    throw new ParameterError('not a mutable file cap (SSK or MDMF, write or read)')
  }
  const readkey = 'writekey' in cap ? mutableReadkey(cap.writekey) : cap.readkey
  return { format: formatOf(cap), readkey, fingerprint: cap.fingerprint, storageIndex: mutableStorageIndex(readkey) }
}

/** The write keys of a write cap; a read cap is refused here, before anything is sent. */
export function writeKeysOf (cap: MutableFileCap, what: string): FileWriteKeys {
  if (cap.kind !== 'ssk' && cap.kind !== 'mdmf') throw new ReadOnlyCapError(what)
  return { ...readKeysOf(cap), writekey: cap.writekey }
}
