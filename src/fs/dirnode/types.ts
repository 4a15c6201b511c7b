/**
 * A directory's entries as lafs handles them, and the per-child problems a
 * reader can meet while the rest of the directory stays readable.
 */

/** Arbitrary JSON metadata of a link (spec g.2). */
export type Metadata = Record<string, unknown>

/**
 * One child link. `writeCap` is present only for a writable child seen by
 * a holder of the directory's writekey. `readCap` is the child's read-only
 * cap; a cap of an unknown kind keeps its `ro.` / `imm.` prefix here, as
 * Tahoe's node objects do. A child with neither cap is an opaque entry
 * (Tahoe keeps those too).
 */
export interface DirEntry {
  /** The child's name, NFC-normalized. */
  name: string
  writeCap?: string
  readCap?: string
  metadata: Metadata
}

/** Why a child could not be read as stored. */
export type DirProblemReason =
  /** The name is not valid UTF-8. */
  | 'bad-name'
  /** The child's cap does not parse, or contradicts itself. */
  | 'bad-cap'
  /** The encrypted write cap is damaged; the child is still listed, read-only. */
  | 'bad-write-cap'
  /** A mutable or writable child inside an immutable directory. */
  | 'not-immutable'
  /** The metadata is not a JSON object; the child is still listed, with empty metadata. */
  | 'bad-metadata'
  /** Another entry later in the body has the same (normalized) name, and replaces this one. */
  | 'duplicate-name'

/** A child that was dropped or degraded. Never carries cap text. */
export interface DirProblem {
  name: string
  reason: DirProblemReason
  /** True when the child is still among the entries (degraded), false when it was dropped. */
  listed: boolean
  message: string
}

export interface PackOptions {
  /** The directory's writekey (16 bytes): required to store write caps in a mutable directory. */
  writekey?: Uint8Array
  /** An immutable directory: every child must be immutable, and no write caps are stored. */
  deepImmutable?: boolean
}

export interface UnpackOptions {
  /** The directory's writekey: without it the children are read-only. */
  writekey?: Uint8Array
  /** The body is an immutable directory's (`URI:DIR2-CHK:` / `URI:DIR2-LIT:`). */
  deepImmutable?: boolean
}

export interface UnpackedDirectory {
  /** Sorted by name in code-point order. */
  entries: DirEntry[]
  problems: DirProblem[]
}
