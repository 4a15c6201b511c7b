/**
 * What follows from a cap: its read cap, verify cap and storage index, and
 * the properties Tahoe's URI classes report (mutable, read-only, directory).
 */
import { immutableStorageIndex } from '../../crypto/immutable-keys.js'
import { mutableReadkey, mutableStorageIndex } from '../../crypto/mutable-keys.js'
import {
  ALLEGED_IMMUTABLE_PREFIX, ALLEGED_READONLY_PREFIX, MUTABLE_READ_CAP_KINDS, WRITE_CAP_KINDS,
  type Cap, type DirCap, type FileCap, type KnownCap, type MutableReadCap, type MutableWriteCap
} from './types.js'

function fileReadCap (cap: FileCap): FileCap {
  switch (cap.kind) {
    case 'ssk': return { kind: 'ssk-ro', readkey: mutableReadkey(cap.writekey), fingerprint: cap.fingerprint }
    case 'mdmf': return { kind: 'mdmf-ro', readkey: mutableReadkey(cap.writekey), fingerprint: cap.fingerprint }
    default: return cap
  }
}

function fileVerifyCap (cap: FileCap): FileCap | undefined {
  switch (cap.kind) {
    case 'chk':
      return { kind: 'chk-verifier', storageIndex: immutableStorageIndex(cap.key), uebHash: cap.uebHash, k: cap.k, n: cap.n, size: cap.size }
    case 'lit':
      return undefined
    case 'ssk':
    case 'ssk-ro':
      return { kind: 'ssk-verifier', storageIndex: mutableIndex(cap), fingerprint: cap.fingerprint }
    case 'mdmf':
    case 'mdmf-ro':
      return { kind: 'mdmf-verifier', storageIndex: mutableIndex(cap), fingerprint: cap.fingerprint }
    default:
      return cap
  }
}

function mutableIndex (cap: MutableWriteCap | MutableReadCap): Uint8Array {
  return mutableStorageIndex('writekey' in cap ? mutableReadkey(cap.writekey) : cap.readkey)
}

function fileStorageIndex (cap: FileCap): Uint8Array | undefined {
  switch (cap.kind) {
    case 'chk': return immutableStorageIndex(cap.key)
    case 'lit': return undefined
    case 'ssk':
    case 'mdmf':
    case 'ssk-ro':
    case 'mdmf-ro': return mutableIndex(cap)
    default: return cap.storageIndex
  }
}

const DIR_READ_KIND = {
  dir2: 'dir2-ro',
  'dir2-mdmf': 'dir2-mdmf-ro'
} as const

const DIR_VERIFY_KIND = {
  dir2: 'dir2-verifier',
  'dir2-ro': 'dir2-verifier',
  'dir2-verifier': 'dir2-verifier',
  'dir2-mdmf': 'dir2-mdmf-verifier',
  'dir2-mdmf-ro': 'dir2-mdmf-verifier',
  'dir2-mdmf-verifier': 'dir2-mdmf-verifier',
  'dir2-chk': 'dir2-chk-verifier',
  'dir2-chk-verifier': 'dir2-chk-verifier',
  'dir2-lit': undefined
} as const

function unknownPrefix (cap: Cap): string | undefined {
  if (cap.kind !== 'unknown') return undefined
  if (cap.text.startsWith(ALLEGED_IMMUTABLE_PREFIX)) return ALLEGED_IMMUTABLE_PREFIX
  if (cap.text.startsWith(ALLEGED_READONLY_PREFIX)) return ALLEGED_READONLY_PREFIX
  return undefined
}

/**
 * The read-only form of a cap: a write cap gives its read cap, anything
 * read-only (read and verify caps) is returned as it is. An unknown cap is
 * returned only if a `ro.` or `imm.` prefix says it is read-only already.
 */
export function readCap (cap: KnownCap): KnownCap
export function readCap (cap: Cap): Cap | undefined
export function readCap (cap: Cap): Cap | undefined {
  if (cap.kind === 'unknown') return unknownPrefix(cap) === undefined ? undefined : cap
  if (!('file' in cap)) return fileReadCap(cap)
  if (cap.kind === 'dir2' || cap.kind === 'dir2-mdmf') {
    return { kind: DIR_READ_KIND[cap.kind], file: fileReadCap(cap.file) } as DirCap
  }
  return cap
}

/** The verify cap, which lets a repairer check shares without reading. Undefined for LIT and unknown caps. */
export function verifyCap (cap: Cap): KnownCap | undefined {
  if (cap.kind === 'unknown') return undefined
  if (!('file' in cap)) return fileVerifyCap(cap)
  const kind = DIR_VERIFY_KIND[cap.kind]
  const file = fileVerifyCap(cap.file)
  if (kind === undefined || file === undefined) return undefined
  return { kind, file } as DirCap
}

/** The 16-byte index naming the object's shares on every server. Undefined for LIT and unknown caps. */
export function storageIndexOf (cap: Cap): Uint8Array | undefined {
  if (cap.kind === 'unknown') return undefined
  return fileStorageIndex('file' in cap ? cap.file : cap)
}

/**
 * Whether the cap reads a mutable object, as Tahoe's `is_mutable`: verify
 * caps count as not mutable even for mutable files (they read nothing). An
 * unknown cap is assumed mutable unless it carries the `imm.` prefix.
 */
export function isMutable (cap: Cap): boolean {
  if (cap.kind === 'unknown') return unknownPrefix(cap) !== ALLEGED_IMMUTABLE_PREFIX
  return WRITE_CAP_KINDS.has(cap.kind) || MUTABLE_READ_CAP_KINDS.has(cap.kind)
}

/** False only for write caps. An unknown cap is read-only only if a prefix says so. */
export function isReadOnly (cap: Cap): boolean {
  if (cap.kind === 'unknown') return unknownPrefix(cap) !== undefined
  return !WRITE_CAP_KINDS.has(cap.kind)
}

/** True for every `URI:DIR2…` kind, verify caps included. */
export function isDirectory (cap: Cap): cap is DirCap {
  return cap.kind !== 'unknown' && 'file' in cap
}

/** True for SSK and MDMF file write caps and their directory forms. */
export function isWriteCap (cap: Cap): cap is MutableWriteCap | Extract<DirCap, { kind: 'dir2' | 'dir2-mdmf' }> {
  return WRITE_CAP_KINDS.has(cap.kind)
}
