/**
 * Reading a directory body (spec g.1, Tahoe's `_unpack_contents`). Broken
 * framing makes the whole directory unreadable, as in Tahoe. A bad child
 * does not: it is dropped or degraded, recorded as a DirProblem, and the
 * other children stay readable. Tahoe drops children whose caps break a
 * constraint; we also keep going where Tahoe would fail the whole
 * directory (a name or metadata that does not decode) or would list
 * garbage (a damaged encrypted write cap).
 */
import { AES_KEY_SIZE } from '../../crypto/aes.js'
import { NetstringError, readNetstring, splitNetstrings } from '../../crypto/netstring.js'
import { ParameterError } from '../../errors.js'
import { DirnodeFormatError } from '../errors.js'
import { resolveChildCaps, type ChildCaps } from './child-caps.js'
import { freezeEntry, knownBody, optionsTag, rememberBody } from './known-bodies.js'
import { compareCodePoints } from './names.js'
import { openChildWriteCap, stripTrailingSpaces } from './rwcap.js'
import type { DirEntry, DirProblem, Metadata, UnpackOptions, UnpackedDirectory } from './types.js'

const FIELDS_PER_ENTRY = 4
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
const lossyUtf8 = new TextDecoder('utf-8')

export interface ChildResult {
  entry?: DirEntry
  problems: DirProblem[]
}

/** The four fields of one entry. Tahoe ignores anything after them, and so do we. */
function entryFields (record: Uint8Array, index: number): Uint8Array[] {
  const fields: Uint8Array[] = []
  let offset = 0
  try {
    while (fields.length < FIELDS_PER_ENTRY) {
      if (offset >= record.length) {
        throw new DirnodeFormatError(`directory entry ${index + 1} has ${fields.length} of its ${FIELDS_PER_ENTRY} fields`)
      }
      const { value, next } = readNetstring(record, offset)
      fields.push(value)
      offset = next
    }
  } catch (err: unknown) {
    if (err instanceof NetstringError) throw new DirnodeFormatError(`directory entry ${index + 1}: ${err.message}`, { cause: err })
    throw err
  }
  return fields
}

function decodeStrict (bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

function parseMetadata (bytes: Uint8Array): Metadata | undefined {
  const text = decodeStrict(bytes)
  if (text === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Metadata : undefined
}

/** The child's caps, falling back to a read-only child when only the write cap is bad. */
function childCaps (name: string, fields: Uint8Array[], options: UnpackOptions, problems: DirProblem[]): ChildCaps {
  const [, roBytes = new Uint8Array(0), rwcapdata = new Uint8Array(0)] = fields
  const deepImmutable = options.deepImmutable === true
  const roText = decodeStrict(roBytes)
  if (roText === undefined) return { ok: false, reason: 'bad-cap', message: 'the read cap is not UTF-8 text' }
  const ro = stripTrailingSpaces(roText)
  let rw: string | undefined
  let writeProblem: string | undefined
  if (options.writekey !== undefined) {
    const opened = openChildWriteCap(options.writekey, rwcapdata)
    if (opened.ok) rw = opened.writeCap
    else writeProblem = opened.message
  }
  let caps = resolveChildCaps(rw, ro, deepImmutable)
  if (!caps.ok && rw !== undefined) {
    const readOnly = resolveChildCaps(undefined, ro, deepImmutable)
    if (readOnly.ok) {
      writeProblem = caps.message
      caps = readOnly
    }
  }
  if (writeProblem !== undefined) {
    problems.push({ name, reason: 'bad-write-cap', listed: caps.ok, message: `${writeProblem}; the child is read-only` })
  }
  return caps
}

function readChild (fields: Uint8Array[], options: UnpackOptions): ChildResult {
  const [nameBytes = new Uint8Array(0), , , metadataBytes = new Uint8Array(0)] = fields
  const rawName = decodeStrict(nameBytes)
  if (rawName === undefined) {
    const name = lossyUtf8.decode(nameBytes).normalize('NFC')
    return { problems: [{ name, reason: 'bad-name', listed: false, message: 'the name is not valid UTF-8' }] }
  }
  const name = rawName.normalize('NFC')
  const problems: DirProblem[] = []
  const caps = childCaps(name, fields, options, problems)
  if (!caps.ok) {
    problems.push({ name, reason: caps.reason, listed: false, message: caps.message })
    return { problems }
  }
  let metadata = parseMetadata(metadataBytes)
  if (metadata === undefined) {
    problems.push({ name, reason: 'bad-metadata', listed: true, message: 'the metadata is not a JSON object; it is read as empty' })
    metadata = {}
  }
  const entry: DirEntry = { name, metadata }
  // Without the writekey the children are read-only, whatever the read-cap field holds.
  if (caps.writeCap !== undefined && options.writekey !== undefined) entry.writeCap = caps.writeCap
  if (caps.readCap !== undefined) entry.readCap = caps.readCap
  return { entry, problems }
}

/**
 * One entry's record (the contents of its outer netstring), read as
 * unpackDirectory reads it; the entry, if any, is frozen. Throws
 * DirnodeFormatError where unpackDirectory would.
 */
export function readRecord (record: Uint8Array, index: number, options: UnpackOptions): ChildResult {
  const fields = entryFields(record, index)
  if (options.deepImmutable === true && (fields[2]?.length ?? 0) > 0) {
    throw new DirnodeFormatError(`directory entry ${index + 1}: an immutable directory's entry carries an encrypted write cap`)
  }
  const result = readChild(fields, options)
  if (result.entry !== undefined) freezeEntry(result.entry)
  return result
}

/**
 * Parses a directory body. With the writekey the children's write caps are
 * decrypted; without it (a read-cap holder) every child is read-only.
 * Throws DirnodeFormatError for a body that is not a sequence of
 * well-formed entries, and for an immutable directory's entry that
 * carries encrypted write-cap data. The entries are frozen; a body seen
 * lately (unpacked, or made by packDirectory) is not parsed again.
 */
export function unpackDirectory (body: Uint8Array, options: UnpackOptions = {}): UnpackedDirectory {
  if (options.writekey !== undefined && options.writekey.length !== AES_KEY_SIZE) {
    throw new ParameterError(`a directory writekey is ${AES_KEY_SIZE} bytes, not ${options.writekey.length}`)
  }
  if (options.writekey !== undefined && options.deepImmutable === true) {
    throw new ParameterError('an immutable directory has no writekey')
  }
  const tag = optionsTag(options)
  const known = knownBody(body, tag)
  if (known !== undefined) return known
  let records: Uint8Array[]
  try {
    records = splitNetstrings(body)
  } catch (err: unknown) {
    if (err instanceof NetstringError) throw new DirnodeFormatError(`directory body: ${err.message}`, { cause: err })
    throw err
  }
  const children = new Map<string, DirEntry>()
  const problems: DirProblem[] = []
  records.forEach((record, index) => {
    const result = readRecord(record, index, options)
    if (result.entry !== undefined) {
      const name = result.entry.name
      if (children.has(name)) {
        // As in Tahoe, the later entry wins.
        for (const problem of problems) if (problem.name === name) problem.listed = false
        problems.push({ name, reason: 'duplicate-name', listed: false, message: 'a later entry has the same name and replaces this one' })
      }
      children.set(name, result.entry)
    }
    problems.push(...result.problems)
  })
  const entries = [...children.values()].sort((a, b) => compareCodePoints(a.name, b.name))
  rememberBody(body, tag, entries, problems)
  return { entries, problems }
}
