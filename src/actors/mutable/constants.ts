/** Defaults of the mutable-file actor, each overridable through its Init. */

/** Shares needed and made (Tahoe's 3-of-10). */
export const DEFAULT_MUTABLE_K = 3
export const DEFAULT_MUTABLE_N = 10

/** Servermap queries outstanding at once (Tahoe: 10). */
export const DEFAULT_MAX_OUTSTANDING = 10

/** How long one call to a storage server may take. */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000

/**
 * In read mode, answers waited for after the best version became
 * recoverable, so that a newer version held by the next servers is seen.
 */
export const DEFAULT_READ_EXTRA_ANSWERS = 2

/** In read mode, servers asked at first: Tahoe's k + epsilon with epsilon = k, for the usual k. */
export const DEFAULT_READ_QUERIES = 2 * DEFAULT_MUTABLE_K

/**
 * Bytes of share data one call may carry or ask for: the storage limit
 * (MAX_CALL_SIZE), less room for the test vectors and the message itself.
 */
export const CALL_DATA_HEADROOM = 64 * 1024

/** Segments fetched per share in one read call (bounded also by the call size). */
export const DEFAULT_SEGMENTS_PER_READ = 8

/** Pre-generated RSA keys kept ready for new files. */
export const DEFAULT_KEY_POOL_SIZE = 2

/** Mutable-file operations running at once, and waiting. */
export const DEFAULT_MAX_CONCURRENT_MUTABLE_JOBS = 4
export const DEFAULT_MAX_QUEUED_MUTABLE_JOBS = 64

/** Files whose last published state a node keeps (see file-state.ts), and for how long. */
export const DEFAULT_STATE_CACHE_ENTRIES = 128
export const DEFAULT_STATE_CACHE_MAX_AGE_MS = 60_000
/** Plaintexts larger than this are not kept: such files are mapped and read afresh each time. */
export const DEFAULT_STATE_CACHE_MAX_CONTENT = 1024 * 1024
/** Plaintext bytes kept in all, across files. */
export const DEFAULT_STATE_CACHE_MAX_BYTES = 16 * 1024 * 1024

/**
 * Reads of a file this node last published take the kept contents instead
 * of a retrieve when the servers show exactly that version and no bad
 * share, and the file is at most this large: for larger files the saved
 * round trip is a small part of the read, which then also checks the blocks.
 */
export const KEPT_READ_MAX_SIZE = 256 * 1024
