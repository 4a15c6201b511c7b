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
