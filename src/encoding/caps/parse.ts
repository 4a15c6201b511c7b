/**
 * Cap parsing with Tahoe's rules (`src/allmydata/uri.py`): keys and storage
 * indexes are exactly 26 base32 characters, hashes 52, both canonical (zero
 * unused bits); k, n and size are ASCII decimals (leading zeros allowed, as
 * Tahoe's `[0-9]+`). Stricter than Tahoe in one way: 1 <= k <= n <= 256.
 *
 * Like Tahoe, MDMF caps (and CHK verify caps, whose Tahoe regex has no end
 * anchor) accept and ignore extra `:...` fields after their last field.
 * Where Tahoe would return an "unknown" cap carrying an error for malformed
 * text of a known kind (or a write cap under `ro.`), we throw CapFormatError.
 * We also refuse empty text, and whitespace around a cap of a known kind,
 * which Tahoe would keep as unknown caps.
 */
import { BASE32_ALPHABET, base32Decode, base32Problem } from '../../crypto/base32.js'
import {
  ALLEGED_IMMUTABLE_PREFIX, ALLEGED_READONLY_PREFIX, CAP_PREFIX, CapFormatError, DIR_FILE_KIND,
  HASH_CHARS, KEY_CHARS, MAX_SHARES, MUTABLE_READ_CAP_KINDS, WRITE_CAP_KINDS,
  type Cap, type DirCap, type FileCap, type KnownCapKind
} from './types.js'

type FileKind = FileCap['kind']
type DirKind = DirCap['kind']

const URI_SCHEME = 'URI:'
const KIND_BY_PREFIX_WORD = new Map<string, KnownCapKind>(
  Object.entries(CAP_PREFIX).map(([kind, prefix]) => [prefix.slice(URI_SCHEME.length, -1), kind as KnownCapKind]))
/** Known prefix words by their upper-case spelling, to catch caps typed in the wrong case. */
const KIND_WORD_BY_UPPER = new Map([...KIND_BY_PREFIX_WORD.keys()].map(word => [word.toUpperCase(), word]))

const DECIMAL = /^[0-9]+$/
/** Longest k or n we quote back in a message (they are not secret, but may be junk). */
const MAX_QUOTED_DIGITS = 6

function isDirKind (kind: KnownCapKind): kind is DirKind {
  return kind in DIR_FILE_KIND
}

/** Why `text` is not canonical Tahoe base32, in words that never quote the text. */
function base32Complaint (text: string): string | undefined {
  if (base32Problem(text) === undefined) return undefined
  if (text !== text.toLowerCase() && base32Problem(text.toLowerCase()) === undefined) {
    return 'is in upper case (Tahoe base32 is lower case)'
  }
  for (let i = 0; i < text.length; i++) {
    if (!BASE32_ALPHABET.includes(text.charAt(i))) {
      return `has a character outside the base32 alphabet (a-z, 2-7) at position ${i + 1}`
    }
  }
  if (base32Problem('a'.repeat(text.length)) !== undefined) {
    return `has ${text.length} characters, a length that no byte string encodes to`
  }
  return 'ends in a character whose unused low bits are not zero (not canonical base32)'
}

class BodyParser {
  constructor (readonly label: string) {}

  fail (problem: string): never {
    throw new CapFormatError(`${this.label} cap: ${problem}`)
  }

  /** Splits the body into exactly `names.length` fields, or at least that many if `extra` is allowed. */
  fields (body: string, names: readonly string[], extra: boolean): string[] {
    const parts = body.split(':')
    if (parts.length < names.length) {
      this.fail(`has ${parts.length} of its ${names.length} fields (expected ${names.join(':')})`)
    }
    if (parts.length > names.length && !extra) {
      this.fail(`has ${parts.length - names.length} unexpected field(s) after the ${names[names.length - 1] ?? 'last field'}`)
    }
    return parts.slice(0, names.length)
  }

  fixed (field: string, name: string, chars: number, bytes: number): Uint8Array {
    if (field.length !== chars) {
      this.fail(`the ${name} must be ${chars} base32 characters (${bytes} bytes), got ${field.length}`)
    }
    const complaint = base32Complaint(field)
    if (complaint !== undefined) this.fail(`the ${name} ${complaint}`)
    return base32Decode(field)
  }

  key (field: string, name: string): Uint8Array {
    return this.fixed(field, name, KEY_CHARS, 16)
  }

  hash (field: string, name: string): Uint8Array {
    return this.fixed(field, name, HASH_CHARS, 32)
  }

  shareCounts (kField: string, nField: string): { k: number, n: number } {
    const k = this.shareCount(kField, 'k (shares needed)')
    const n = this.shareCount(nField, 'n (total shares)')
    if (k > n) this.fail(`k (${k}) cannot exceed n (${n})`)
    return { k, n }
  }

  shareCount (field: string, name: string): number {
    if (!DECIMAL.test(field)) this.fail(`${name} must be a decimal number`)
    const digits = field.replace(/^0+(?=.)/, '')
    const value = digits.length > MAX_QUOTED_DIGITS ? Infinity : Number(digits)
    if (value < 1) this.fail(`${name} must be at least 1, got 0`)
    if (value > MAX_SHARES) {
      this.fail(`${name} must be at most ${MAX_SHARES}, got ${digits.length > MAX_QUOTED_DIGITS ? 'a longer number' : value}`)
    }
    return value
  }

  size (field: string): number {
    if (!DECIMAL.test(field)) this.fail('the size must be a decimal number')
    const value = BigInt(field)
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`the size must be at most ${Number.MAX_SAFE_INTEGER} bytes`)
    return Number(value)
  }

  base32Data (field: string, name: string): Uint8Array {
    const complaint = base32Complaint(field)
    if (complaint !== undefined) this.fail(`the ${name} ${complaint}`)
    return base32Decode(field)
  }
}

const CHK_FIELDS = ['key', 'UEB hash', 'k', 'n', 'size'] as const
const CHK_VERIFIER_FIELDS = ['storage index', 'UEB hash', 'k', 'n', 'size'] as const
const WRITE_FIELDS = ['writekey', 'fingerprint'] as const
const READ_FIELDS = ['readkey', 'fingerprint'] as const
const VERIFIER_FIELDS = ['storage index', 'fingerprint'] as const

/** Parses the text after a file cap's prefix. */
function parseFileBody (kind: FileKind, body: string, p: BodyParser): FileCap {
  switch (kind) {
    case 'chk': {
      const [key = '', ueb = '', k = '', n = '', size = ''] = p.fields(body, CHK_FIELDS, false)
      return { kind, key: p.key(key, 'key'), uebHash: p.hash(ueb, 'UEB hash'), ...p.shareCounts(k, n), size: p.size(size) }
    }
    case 'chk-verifier': {
      const [si = '', ueb = '', k = '', n = '', size = ''] = p.fields(body, CHK_VERIFIER_FIELDS, true)
      return {
        kind, storageIndex: p.key(si, 'storage index'), uebHash: p.hash(ueb, 'UEB hash'), ...p.shareCounts(k, n), size: p.size(size)
      }
    }
    case 'lit':
      return { kind, data: p.base32Data(body, 'data') }
    case 'ssk':
    case 'mdmf': {
      const [writekey = '', fingerprint = ''] = p.fields(body, WRITE_FIELDS, kind === 'mdmf')
      return { kind, writekey: p.key(writekey, 'writekey'), fingerprint: p.hash(fingerprint, 'fingerprint') }
    }
    case 'ssk-ro':
    case 'mdmf-ro': {
      const [readkey = '', fingerprint = ''] = p.fields(body, READ_FIELDS, kind === 'mdmf-ro')
      return { kind, readkey: p.key(readkey, 'readkey'), fingerprint: p.hash(fingerprint, 'fingerprint') }
    }
    case 'ssk-verifier':
    case 'mdmf-verifier': {
      const [si = '', fingerprint = ''] = p.fields(body, VERIFIER_FIELDS, kind === 'mdmf-verifier')
      return { kind, storageIndex: p.key(si, 'storage index'), fingerprint: p.hash(fingerprint, 'fingerprint') }
    }
  }
}

/** A write cap contradicts a `ro.` or `imm.` prefix; a mutable read cap contradicts `imm.`. */
function checkAllegation (kind: KnownCapKind, alleged: string | undefined, label: string): void {
  if (alleged === undefined) return
  if (WRITE_CAP_KINDS.has(kind)) {
    throw new CapFormatError(`${label} cap: a write cap cannot carry the '${alleged}' prefix, which claims it is read-only`)
  }
  if (alleged === ALLEGED_IMMUTABLE_PREFIX && MUTABLE_READ_CAP_KINDS.has(kind)) {
    throw new CapFormatError(`${label} cap: a mutable read cap cannot carry the 'imm.' prefix, which claims it is immutable`)
  }
}

/**
 * Parses any cap. Known kinds are checked field by field and every
 * malformed one throws CapFormatError. Any other text is, as in Tahoe, a
 * cap of a kind from the future: an opaque UnknownCap that formats back to
 * the same text. Only a known prefix in the wrong case (`uri:chk:`) is an
 * error, since it can only be a mistake.
 *
 * A `ro.` or `imm.` prefix on a known kind is checked for consistency (a
 * write cap cannot be "read-only") and then dropped, as in Tahoe.
 */
export function parseCap (text: string): Cap {
  if (text.length === 0) throw new CapFormatError('the cap is empty')
  // Surrounding whitespace is legal in an unknown cap, but around a known one it is a paste error.
  const trimmed = text.trim()
  if (trimmed !== text && trimmed !== '' && readHead(trimmed).kind !== undefined) {
    throw new CapFormatError('the cap has leading or trailing whitespace')
  }
  const head = readHead(text)
  if (head.kind === undefined) return { kind: 'unknown', text }
  const { kind, label, body, alleged } = head
  if (body === undefined) throw new CapFormatError(`${label} cap: nothing follows the prefix (expected ${label}:...)`)
  checkAllegation(kind, alleged, label)
  return parseKnown(kind, body, label)
}

interface Head {
  /** The `ro.` or `imm.` prefix, if any. */
  alleged?: string
  /** The known kind named by the prefix, or undefined for text of an unknown kind. */
  kind?: KnownCapKind
  /** `URI:WORD`, for messages. */
  label: string
  /** The text after `URI:WORD:`; undefined when no colon follows the word. */
  body?: string
}

/** Splits off the `ro.`/`imm.` prefix and `URI:WORD:`; throws only for a known word in the wrong case. */
function readHead (text: string): Head {
  let alleged: string | undefined
  let rest = text
  for (const prefix of [ALLEGED_IMMUTABLE_PREFIX, ALLEGED_READONLY_PREFIX]) {
    if (rest.startsWith(prefix)) {
      alleged = prefix
      rest = rest.slice(prefix.length)
      break
    }
  }
  if (rest.slice(0, URI_SCHEME.length).toUpperCase() !== URI_SCHEME) return { label: '' }
  const colon = rest.indexOf(':', URI_SCHEME.length)
  const word = rest.slice(URI_SCHEME.length, colon < 0 ? undefined : colon)
  const kind = rest.startsWith(URI_SCHEME) ? KIND_BY_PREFIX_WORD.get(word) : undefined
  if (kind === undefined) {
    const meant = KIND_WORD_BY_UPPER.get(word.toUpperCase())
    if (meant !== undefined) {
      throw new CapFormatError(`unknown prefix: cap prefixes are case-sensitive (did you mean ${URI_SCHEME}${meant}:?)`)
    }
    return { label: '' }
  }
  const label = URI_SCHEME + word
  return { alleged, kind, label, body: colon < 0 ? undefined : rest.slice(colon + 1) }
}

function parseKnown (kind: KnownCapKind, body: string, label: string): Cap {
  const parser = new BodyParser(label)
  if (isDirKind(kind)) {
    // A directory cap is its file cap's body under another prefix.
    return { kind, file: parseFileBody(DIR_FILE_KIND[kind], body, parser) } as DirCap
  }
  return parseFileBody(kind, body, parser)
}

/** Parses a cap that must be of a known kind; an unknown one is an error here. */
export function parseKnownCap (text: string): Exclude<Cap, { kind: 'unknown' }> {
  const cap = parseCap(text)
  if (cap.kind === 'unknown') throw new CapFormatError('unknown prefix: not a cap of any kind lafs knows (URI:CHK:, URI:SSK:, URI:DIR2:, ...)')
  return cap
}
