/**
 * Serializing a directory (spec g.1, Tahoe's `pack_children`): one
 * netstring per child, sorted by NFC name in code-point order, each holding
 * `netstring(name) || netstring(ro_cap) || netstring(rwcapdata) || netstring(metadata)`.
 */
import { AES_KEY_SIZE } from '../../crypto/aes.js'
import { netstringOfNetstrings } from '../../crypto/netstring.js'
import { ParameterError } from '../../errors.js'
import { DirChildError, MetadataError, MustBeDeepImmutableError } from '../errors.js'
import { pythonJsonDumps } from '../python-json.js'
import { resolveChildCaps, storedReadCap } from './child-caps.js'
import { optionsTag, packedRecord, rememberBody, rememberRecord } from './known-bodies.js'
import { readRecord } from './unpack.js'
import { sealChildWriteCap } from './rwcap.js'
import { compareCodePoints, normalizeChildName } from './names.js'
import type { DirEntry, PackOptions } from './types.js'
import { concatBytes } from '../../bytes.js'

const encoder = new TextEncoder()
const EMPTY = new Uint8Array(0)

function quoted (name: string): string {
  return JSON.stringify(name)
}

function metadataJson (name: string, metadata: unknown): string {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new DirChildError(name, `child ${quoted(name)}: metadata must be a JSON object`)
  }
  try {
    return pythonJsonDumps(metadata)
  } catch (err: unknown) {
    if (err instanceof MetadataError) throw new DirChildError(name, `child ${quoted(name)}: ${err.message}`, { cause: err })
    throw err
  }
}

function packEntry (entry: DirEntry, name: string, options: PackOptions): Uint8Array {
  const deepImmutable = options.deepImmutable === true
  const caps = resolveChildCaps(entry.writeCap, entry.readCap, deepImmutable)
  if (!caps.ok) {
    const message = `child ${quoted(name)}: ${caps.message}`
    throw caps.reason === 'not-immutable' ? new MustBeDeepImmutableError(name, message) : new DirChildError(name, message)
  }
  let rwcapdata: Uint8Array = EMPTY
  if (options.writekey !== undefined) {
    rwcapdata = sealChildWriteCap(options.writekey, encoder.encode(caps.writeCap ?? ''))
  } else if (caps.writeCap !== undefined) {
    throw new DirChildError(name, `child ${quoted(name)}: a write cap can only be stored with the directory's writekey`)
  }
  return netstringOfNetstrings([name, storedReadCap(caps.readCap ?? '', deepImmutable), rwcapdata, metadataJson(name, entry.metadata)])
}


/** The bytes inside a record's outer netstring: what unpackDirectory reads as one entry. */
function recordContents (record: Uint8Array): Uint8Array {
  const colon = record.indexOf(0x3a) // ':'
  return record.subarray(colon + 1, record.length - 1)
}

function sameBytes (a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)
}

/**
 * The entry unpackDirectory will read back from `record`, frozen and with
 * the record remembered for it; undefined when reading it back would not
 * give an entry that packs to the same record (for instance metadata that
 * does not survive JSON, which the reader would flag).
 */
function readBack (record: Uint8Array, options: PackOptions, tag: string): DirEntry | undefined {
  const { entry, problems } = readRecord(recordContents(record), 0, options)
  if (entry === undefined || problems.length > 0) return undefined
  if (!sameBytes(packEntry(entry, entry.name, options), record)) return undefined
  rememberRecord(entry, tag, record)
  return entry
}

/**
 * The plaintext body of a directory. A mutable directory needs its
 * writekey (every entry then carries a 48+ byte `rwcapdata`, empty write
 * cap or not); an immutable one takes none and refuses mutable children
 * with MustBeDeepImmutableError. Names must be distinct after NFC.
 *
 * Entries that came out of unpackDirectory or an earlier pack (frozen)
 * reuse the record made for them; the body is remembered, with the
 * entries unpackDirectory would read from it, so that the next change of
 * the directory parses nothing.
 */
export function packDirectory (entries: readonly DirEntry[], options: PackOptions = {}): Uint8Array {
  if (options.writekey !== undefined && options.writekey.length !== AES_KEY_SIZE) {
    throw new ParameterError(`a directory writekey is ${AES_KEY_SIZE} bytes, not ${options.writekey.length}`)
  }
  if (options.writekey !== undefined && options.deepImmutable === true) {
    throw new ParameterError('an immutable directory has no writekey: its entries carry no write caps')
  }
  const tag = optionsTag(options)
  const byName = new Map<string, { entry: DirEntry, known: Uint8Array | undefined }>()
  for (const entry of entries) {
    const known = packedRecord(entry, tag)
    // A remembered entry's name is already in NFC.
    const name = known !== undefined ? entry.name : normalizeChildName(entry.name)
    if (byName.has(name)) throw new DirChildError(name, `two children are named ${quoted(name)} (after NFC normalization)`)
    byName.set(name, { entry, known })
  }
  const sorted = [...byName].sort(([a], [b]) => compareCodePoints(a, b))
  const packed = sorted.map(([name, { entry, known }]) => ({ entry, known, record: known ?? packEntry(entry, name, options) }))
  const body = concatBytes(packed.map(({ record }) => record))
  const readable: DirEntry[] = []
  for (const { entry, known, record } of packed) {
    const read = known !== undefined ? entry : readBack(record, options, tag)
    if (read === undefined) return body
    readable.push(read)
  }
  rememberBody(body, tag, readable, [])
  return body
}
