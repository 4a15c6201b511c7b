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


/**
 * The plaintext body of a directory. A mutable directory needs its
 * writekey (every entry then carries a 48+ byte `rwcapdata`, empty write
 * cap or not); an immutable one takes none and refuses mutable children
 * with MustBeDeepImmutableError. Names must be distinct after NFC.
 */
export function packDirectory (entries: readonly DirEntry[], options: PackOptions = {}): Uint8Array {
  if (options.writekey !== undefined && options.writekey.length !== AES_KEY_SIZE) {
    throw new ParameterError(`a directory writekey is ${AES_KEY_SIZE} bytes, not ${options.writekey.length}`)
  }
  if (options.writekey !== undefined && options.deepImmutable === true) {
    throw new ParameterError('an immutable directory has no writekey: its entries carry no write caps')
  }
  const byName = new Map<string, DirEntry>()
  for (const entry of entries) {
    const name = normalizeChildName(entry.name)
    if (byName.has(name)) throw new DirChildError(name, `two children are named ${quoted(name)} (after NFC normalization)`)
    byName.set(name, entry)
  }
  const sorted = [...byName].sort(([a], [b]) => compareCodePoints(a, b))
  return concatBytes(sorted.map(([name, entry]) => packEntry(entry, name, options)))
}
