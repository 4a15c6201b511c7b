/**
 * The cap kinds of Tahoe-LAFS (spec section e) as a discriminated union.
 * Each `kind` is the cap's prefix word in lower case (`URI:SSK-RO:` is
 * `ssk-ro`). Directory caps wrap the file cap whose body they reuse.
 * Caps are secrets: never log one, and never put its fields in a message.
 */
import { FormatError } from '../../errors.js'

/** Immutable file read cap: `URI:CHK:key:uebHash:k:n:size`. */
export interface ChkCap {
  readonly kind: 'chk'
  readonly key: Uint8Array
  readonly uebHash: Uint8Array
  readonly k: number
  readonly n: number
  readonly size: number
}

/** Immutable file verify cap: `URI:CHK-Verifier:storageIndex:uebHash:k:n:size`. */
export interface ChkVerifierCap {
  readonly kind: 'chk-verifier'
  readonly storageIndex: Uint8Array
  readonly uebHash: Uint8Array
  readonly k: number
  readonly n: number
  readonly size: number
}

/** A small file carried in the cap itself: `URI:LIT:data`. */
export interface LitCap {
  readonly kind: 'lit'
  readonly data: Uint8Array
}

interface MutableWriteCapOf<K extends string> {
  readonly kind: K
  readonly writekey: Uint8Array
  readonly fingerprint: Uint8Array
}

interface MutableReadCapOf<K extends string> {
  readonly kind: K
  readonly readkey: Uint8Array
  readonly fingerprint: Uint8Array
}

interface MutableVerifierCapOf<K extends string> {
  readonly kind: K
  readonly storageIndex: Uint8Array
  readonly fingerprint: Uint8Array
}

export type SskWriteCap = MutableWriteCapOf<'ssk'>
export type SskReadCap = MutableReadCapOf<'ssk-ro'>
export type SskVerifierCap = MutableVerifierCapOf<'ssk-verifier'>
export type MdmfWriteCap = MutableWriteCapOf<'mdmf'>
export type MdmfReadCap = MutableReadCapOf<'mdmf-ro'>
export type MdmfVerifierCap = MutableVerifierCapOf<'mdmf-verifier'>

export type MutableWriteCap = SskWriteCap | MdmfWriteCap
export type MutableReadCap = SskReadCap | MdmfReadCap
export type MutableVerifierCap = SskVerifierCap | MdmfVerifierCap

export type FileCap =
  | ChkCap | ChkVerifierCap | LitCap
  | MutableWriteCap | MutableReadCap | MutableVerifierCap

interface DirCapOf<K extends string, F extends FileCap> {
  readonly kind: K
  /** The file cap holding the directory's serialized entries. */
  readonly file: F
}

export type Dir2Cap = DirCapOf<'dir2', SskWriteCap>
export type Dir2ReadCap = DirCapOf<'dir2-ro', SskReadCap>
export type Dir2VerifierCap = DirCapOf<'dir2-verifier', SskVerifierCap>
export type Dir2MdmfCap = DirCapOf<'dir2-mdmf', MdmfWriteCap>
export type Dir2MdmfReadCap = DirCapOf<'dir2-mdmf-ro', MdmfReadCap>
export type Dir2MdmfVerifierCap = DirCapOf<'dir2-mdmf-verifier', MdmfVerifierCap>
export type Dir2ChkCap = DirCapOf<'dir2-chk', ChkCap>
export type Dir2ChkVerifierCap = DirCapOf<'dir2-chk-verifier', ChkVerifierCap>
export type Dir2LitCap = DirCapOf<'dir2-lit', LitCap>

export type DirCap =
  | Dir2Cap | Dir2ReadCap | Dir2VerifierCap
  | Dir2MdmfCap | Dir2MdmfReadCap | Dir2MdmfVerifierCap
  | Dir2ChkCap | Dir2ChkVerifierCap | Dir2LitCap

/**
 * A cap of a kind this version does not know, kept as the exact text it
 * came in (including any `ro.` / `imm.` prefix) so it can be stored back
 * unchanged in a directory.
 */
export interface UnknownCap {
  readonly kind: 'unknown'
  readonly text: string
}

export type KnownCap = FileCap | DirCap
export type Cap = KnownCap | UnknownCap
export type CapKind = Cap['kind']
export type KnownCapKind = KnownCap['kind']

/** Prefix of a cap that claims to be read-only (used for caps of unknown kinds in directories). */
export const ALLEGED_READONLY_PREFIX = 'ro.'
/** Prefix of a cap that claims to be immutable, hence also read-only. */
export const ALLEGED_IMMUTABLE_PREFIX = 'imm.'

/** Tahoe's regexes: a 16-byte value is 26 base32 characters, a 32-byte one 52. */
export const KEY_CHARS = 26
export const HASH_CHARS = 52
export { MAX_SHARES } from '../../crypto/immutable-keys.js'

/** The text in front of each kind's fields. */
export const CAP_PREFIX: Readonly<Record<KnownCapKind, string>> = {
  chk: 'URI:CHK:',
  'chk-verifier': 'URI:CHK-Verifier:',
  lit: 'URI:LIT:',
  ssk: 'URI:SSK:',
  'ssk-ro': 'URI:SSK-RO:',
  'ssk-verifier': 'URI:SSK-Verifier:',
  mdmf: 'URI:MDMF:',
  'mdmf-ro': 'URI:MDMF-RO:',
  'mdmf-verifier': 'URI:MDMF-Verifier:',
  dir2: 'URI:DIR2:',
  'dir2-ro': 'URI:DIR2-RO:',
  'dir2-verifier': 'URI:DIR2-Verifier:',
  'dir2-mdmf': 'URI:DIR2-MDMF:',
  'dir2-mdmf-ro': 'URI:DIR2-MDMF-RO:',
  'dir2-mdmf-verifier': 'URI:DIR2-MDMF-Verifier:',
  'dir2-chk': 'URI:DIR2-CHK:',
  'dir2-chk-verifier': 'URI:DIR2-CHK-Verifier:',
  'dir2-lit': 'URI:DIR2-LIT:'
}

/** Kinds that grant write access (Tahoe's `is_readonly()` is false only for these). */
export const WRITE_CAP_KINDS: ReadonlySet<CapKind> = new Set(['ssk', 'mdmf', 'dir2', 'dir2-mdmf'])
/** Read caps of mutable objects: mutable, but not writable. */
export const MUTABLE_READ_CAP_KINDS: ReadonlySet<CapKind> = new Set(['ssk-ro', 'mdmf-ro', 'dir2-ro', 'dir2-mdmf-ro'])

/** The file cap kind whose body each directory kind reuses. */
export const DIR_FILE_KIND = {
  dir2: 'ssk',
  'dir2-ro': 'ssk-ro',
  'dir2-verifier': 'ssk-verifier',
  'dir2-mdmf': 'mdmf',
  'dir2-mdmf-ro': 'mdmf-ro',
  'dir2-mdmf-verifier': 'mdmf-verifier',
  'dir2-chk': 'chk',
  'dir2-chk-verifier': 'chk-verifier',
  'dir2-lit': 'lit'
} as const satisfies Record<DirCap['kind'], FileCap['kind']>

/**
 * Text that is not a well-formed cap. The message names the field and the
 * problem, never the field's content, because caps are secrets.
 */
export class CapFormatError extends FormatError {}
