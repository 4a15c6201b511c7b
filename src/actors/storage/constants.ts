/**
 * Limits and defaults of the storage actor. The protocol limits (call size,
 * share count) are shared with the wire layer, whose frame limit matches.
 */

/** Bytes of a storage index. */
export const STORAGE_INDEX_SIZE = 16

/** Bytes of every secret a client presents: lease renew/cancel, upload secret, write enabler. */
export const SECRET_SIZE = 32

/** Share numbers are 0..SHARE_NUMBER_LIMIT-1 (one byte in the share formats). */
export const SHARE_NUMBER_LIMIT = 256

/** Most share numbers one allocation may ask for (Tahoe's MAX_BUCKETS). */
export const MAX_SHARES_PER_ALLOCATION = 256

/**
 * Most bytes one call may carry or ask for: the data of one bucket write,
 * the length of one read, the written or read bytes of one test-and-set.
 * The wire frame limit is set from this.
 */
export const MAX_CALL_SIZE = 8 * 1024 * 1024

/** Most entries in one read, test or write vector (bounds per-call work). */
export const MAX_VECTOR_ENTRIES = 65536

/**
 * Tahoe's advertised ceiling for a mutable share (69105 * 10^12 bytes). It
 * exceeds 2^53, so in practice offsets stop at Number.MAX_SAFE_INTEGER first.
 */
export const MAX_MUTABLE_SHARE_SIZE = 69105 * 10 ** 12

/** A lease lasts 31 days from its last renewal (Tahoe's DEFAULT_RENEWAL_TIME). */
export const LEASE_DURATION_SECONDS = 31 * 24 * 60 * 60

/** An upload with no write for this long is aborted (Tahoe: 30 minutes). */
export const DEFAULT_IDLE_UPLOAD_TIMEOUT_MS = 30 * 60 * 1000

/**
 * Space kept free on the disk. The node configuration sets its own value
 * (Tahoe's `create-node` writes 1G); an actor built without one reserves none.
 */
export const DEFAULT_RESERVED_SPACE = 0

/** Most calls queued or running at once; beyond it calls are refused as busy. */
export const MAX_PENDING_CALLS = 4096

/**
 * Files of uploads in progress kept open between writes; beyond this the
 * least recently written is closed (and opened again when next written).
 * Each holds two descriptors once it has been written directly
 * (direct-file.ts): 640 at most with the share readers, under the usual
 * limit of 1024.
 */
export const MAX_OPEN_UPLOAD_FILES = 256

/** Closed immutable shares kept open between reads, least recently read closed first (two descriptors each once read directly). */
export const MAX_OPEN_SHARE_READERS = 64

/** Most distinct written ranges kept for one open upload before it is refused as too fragmented. */
export const MAX_WRITTEN_RANGES = 65536

/** Characters of a corruption report's reason that are kept on disk. */
export const MAX_ADVISORY_REASON_LENGTH = 2048

/** Reports kept in corruption-advisories/ before further ones are dropped. */
export const MAX_CORRUPTION_ADVISORIES = 10000

/** What getVersion reports as `applicationVersion` unless told otherwise. */
export const DEFAULT_APPLICATION_VERSION = 'lafs/0.1.0'
