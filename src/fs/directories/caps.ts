/**
 * The caps directory operations take and give: a directory cap given as
 * text or parsed, a child given as one cap or a (write, read) pair, and
 * the directory caps made from the file caps that hold new directories.
 */
import {
  ALLEGED_IMMUTABLE_PREFIX, ALLEGED_READONLY_PREFIX, CapFormatError, isDirectory, isReadOnly, parseCap,
  type Cap, type DirCap, type MutableWriteCap
} from '../../encoding/caps.js'
import { ParameterError } from '../../errors.js'
import { DirChildError } from '../errors.js'
import { NotADirectoryError } from './errors.js'
import { parseChildCap } from '../dirnode/json.js'

/** A directory cap as text (`URI:DIR2:…`) or parsed. */
export type DirCapInput = string | DirCap

/** A directory cap that can read the directory: any but a verify cap. */
export type ReadableDirCap = Exclude<DirCap, { kind: 'dir2-verifier' | 'dir2-mdmf-verifier' | 'dir2-chk-verifier' }>
/** The caps that can change a directory. */
export type WritableDirCap = Extract<DirCap, { kind: 'dir2' | 'dir2-mdmf' }>
export type ImmutableDirCap = Extract<DirCap, { kind: 'dir2-chk' | 'dir2-lit' }>

/** A child's caps as Tahoe stores them: the write cap (if any) and the read cap. */
export interface ChildCapPair {
  writeCap?: string
  readCap?: string
}

function describeKind (cap: Cap): string {
  return cap.kind === 'unknown' ? 'a cap of an unknown kind' : `a ${cap.kind} cap`
}

/** Parses a directory cap and checks it can read; `path` names where it was found, for messages. */
export function readableDirCap (input: DirCapInput, path: readonly string[] = []): ReadableDirCap {
  const cap = typeof input === 'string' ? parseCap(input) : input
  if (!isDirectory(cap)) throw new NotADirectoryError(path, describeKind(cap))
  if (cap.kind.endsWith('-verifier')) throw new ParameterError('a directory verify cap can neither read nor change the directory')
  return cap as ReadableDirCap
}

export function isWritableDirCap (cap: ReadableDirCap): cap is WritableDirCap {
  return cap.kind === 'dir2' || cap.kind === 'dir2-mdmf'
}

export function isImmutableDirCap (cap: ReadableDirCap): cap is ImmutableDirCap {
  return cap.kind === 'dir2-chk' || cap.kind === 'dir2-lit'
}

export { parseChildCap }

/** Just the caps of an entry. */
export function capsOf (child: ChildCapPair): ChildCapPair {
  const pair: ChildCapPair = {}
  if (child.writeCap !== undefined) pair.writeCap = child.writeCap
  if (child.readCap !== undefined) pair.readCap = child.readCap
  return pair
}

/** Whether a stored child is a directory (of a known kind), as `replace: 'only-files'` asks. */
export function isDirectoryChild (child: ChildCapPair): boolean {
  const cap = parseChildCap(child.writeCap ?? child.readCap)
  return cap !== undefined && isDirectory(cap)
}

/**
 * The (write, read) pair for one cap given alone, as Tahoe's `t=uri` does:
 * a write cap of a known kind goes in the write slot (its read cap is
 * derived), a read cap in the read slot. An unknown cap without a `ro.` /
 * `imm.` mark may grant write access, so it fills both slots, and is then
 * stored with its read form marked `ro.`.
 */
export function capPairOf (name: string, text: string): ChildCapPair {
  let cap: Cap
  try {
    cap = parseCap(text)
  } catch (err: unknown) {
    if (err instanceof CapFormatError) throw new DirChildError(name, `child ${JSON.stringify(name)}: the cap is malformed: ${err.message}`, { cause: err })
    throw err
  }
  if (cap.kind !== 'unknown') return isReadOnly(cap) ? { readCap: text } : { writeCap: text }
  if (text.startsWith(ALLEGED_READONLY_PREFIX) || text.startsWith(ALLEGED_IMMUTABLE_PREFIX)) return { readCap: text }
  return { writeCap: text, readCap: text }
}

/** The directory cap of a mutable file holding a directory body. */
export function mutableDirCapOf (file: MutableWriteCap): WritableDirCap {
  return file.kind === 'ssk' ? { kind: 'dir2', file } : { kind: 'dir2-mdmf', file }
}

/** The directory cap of an immutable file (CHK or LIT) holding a deep-immutable body. */
export function immutableDirCapOf (fileCapText: string): ImmutableDirCap {
  const file = parseCap(fileCapText)
  if (file.kind === 'chk') return { kind: 'dir2-chk', file }
  if (file.kind === 'lit') return { kind: 'dir2-lit', file }
  throw new ParameterError(`an immutable directory is held in a CHK or LIT file, not ${describeKind(file)}`)
}
