/**
 * The `t=json` shapes of the web API (spec m.3; Tahoe's
 * `web/directory.py _directory_json_metadata`, `web/filenode.py`,
 * `web/common.py get_filenode_metadata`). Key order follows Tahoe's.
 *
 * What a cap cannot tell is left out, as Tahoe leaves out what its node
 * does not know: a mutable file's size is given only when the caller
 * knows it. Verify caps and caps of unknown kinds are `unknown` children.
 */
import {
  CapFormatError, formatCap, isMutable, isWriteCap, parseCap, readCap, verifyCap, type Cap, type DirCap, type KnownCap
} from '../../encoding/caps.js'
import { ParameterError } from '../../errors.js'
import type { DirEntry, Metadata } from './types.js'

export type FileFormat = 'CHK' | 'SDMF' | 'MDMF'

export interface NodeJsonInfo {
  mutable?: boolean
  format?: FileFormat
  size?: number
  metadata?: Metadata
  rw_uri?: string
  ro_uri?: string
  verify_uri?: string
}

export type NodeType = 'filenode' | 'dirnode' | 'unknown'
export type ChildJson = [NodeType, NodeJsonInfo]

export interface DirJsonInfo {
  children: Record<string, ChildJson>
  ro_uri?: string
  rw_uri?: string
  verify_uri?: string
  mutable: boolean
}

export type DirJson = ['dirnode', DirJsonInfo]

const FILE_FORMAT: Partial<Record<KnownCap['kind'], FileFormat>> = {
  chk: 'CHK',
  lit: 'CHK',
  ssk: 'SDMF',
  'ssk-ro': 'SDMF',
  mdmf: 'MDMF',
  'mdmf-ro': 'MDMF'
}

const DIR_KINDS: ReadonlySet<Cap['kind']> = new Set(['dir2', 'dir2-ro', 'dir2-mdmf', 'dir2-mdmf-ro', 'dir2-chk', 'dir2-lit'])

/** The parsed cap of a child's text, or undefined when it does not parse. */
export function parseChildCap (text: string | undefined): Cap | undefined {
  if (text === undefined) return undefined
  try {
    return parseCap(text)
  } catch (err: unknown) {
    if (err instanceof CapFormatError) return undefined
    throw err
  }
}

/** Tahoe's `get_filenode_metadata`: mutable, format and (when known) size. */
function fileInfo (cap: KnownCap, format: FileFormat, size: number | undefined): NodeJsonInfo {
  const info: NodeJsonInfo = { mutable: isMutable(cap), format }
  if (cap.kind === 'chk') info.size = cap.size
  else if (cap.kind === 'lit') info.size = cap.data.length
  else if (size !== undefined) info.size = size
  return info
}

function verifyUri (cap: Cap): string | undefined {
  const verify = verifyCap(cap)
  return verify === undefined ? undefined : formatCap(verify)
}

export interface ChildJsonOptions {
  /** The parent is read-only: no child write cap is shown, whatever the entry holds. */
  readOnlyParent?: boolean
  /** A mutable file's current size, when the caller has fetched it. */
  size?: number
}

/** One child of a directory listing: `[type, info]`, info holding metadata and the child's caps. */
export function childJson (entry: DirEntry, options: ChildJsonOptions = {}): ChildJson {
  const writeCap = options.readOnlyParent === true ? undefined : entry.writeCap
  const cap = parseChildCap(writeCap ?? entry.readCap)
  let type: NodeType = 'unknown'
  let info: NodeJsonInfo = {}
  if (cap !== undefined && cap.kind !== 'unknown') {
    const format = FILE_FORMAT[cap.kind]
    if (format !== undefined) {
      type = 'filenode'
      info = fileInfo(cap, format, options.size)
    } else if (DIR_KINDS.has(cap.kind)) {
      type = 'dirnode'
      info = { mutable: isMutable(cap) }
    }
  }
  info.metadata = entry.metadata
  if (writeCap !== undefined) info.rw_uri = writeCap
  if (entry.readCap !== undefined) info.ro_uri = entry.readCap
  const verify = type === 'unknown' || cap === undefined ? undefined : verifyUri(cap)
  if (verify !== undefined) info.verify_uri = verify
  return [type, info]
}

/** `["dirnode", {children, ro_uri, rw_uri?, verify_uri?, mutable}]` for a directory and its entries. */
export function dirJson (dirCap: DirCap, entries: readonly DirEntry[]): DirJson {
  if (dirCap.kind.endsWith('-verifier')) throw new ParameterError('a directory verify cap cannot list the directory')
  const readOnlyParent = !isWriteCap(dirCap)
  // fromEntries defines own properties, so a child named "__proto__" stays a child.
  const children = Object.fromEntries(entries.map(entry => [entry.name, childJson(entry, { readOnlyParent })]))
  const verify = verifyUri(dirCap)
  return ['dirnode', {
    children,
    ro_uri: formatCap(readCap(dirCap)),
    ...(readOnlyParent ? {} : { rw_uri: formatCap(dirCap) }),
    ...(verify === undefined ? {} : { verify_uri: verify }),
    mutable: isMutable(dirCap)
  }]
}

export interface FileJsonOptions {
  /** The link's metadata, when the file was reached through a directory. */
  metadata?: Metadata
  /** A mutable file's current size, when known. */
  size?: number
}

/** `["filenode", {mutable, format, size?, ro_uri, rw_uri?, verify_uri?, metadata?}]` for a file cap. */
export function fileJson (cap: KnownCap, options: FileJsonOptions = {}): ChildJson {
  const format = FILE_FORMAT[cap.kind]
  if (format === undefined) throw new ParameterError(`a ${cap.kind} cap is not a file read or write cap`)
  const info = fileInfo(cap, format, options.size)
  info.ro_uri = formatCap(readCap(cap))
  if (isWriteCap(cap)) info.rw_uri = formatCap(cap)
  const verify = verifyUri(cap)
  if (verify !== undefined) info.verify_uri = verify
  if (options.metadata !== undefined) info.metadata = options.metadata
  return ['filenode', info]
}
