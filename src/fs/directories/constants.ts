/** Defaults of the directory operations, each overridable through DirectoriesInit. */

/**
 * Read-modify-write attempts of one change before an UncoordinatedWriteError
 * is given up on: Tahoe's BackoffAgent allows four.
 */
export const DEFAULT_MAX_MODIFY_ATTEMPTS = 4

/**
 * The first pause before retrying a change that met another writer. Tahoe
 * waits about e seconds, then e times longer each time; a directory change
 * on a live grid takes well under a second, so we start lower.
 */
export const DEFAULT_RETRY_DELAY_MS = 250

/** Each further pause is this many times the one before (Tahoe: e). */
export const RETRY_DELAY_FACTOR = Math.E

/**
 * The largest directory body read into memory. Tahoe sets none; a body of
 * this size holds a few hundred thousand children.
 */
export const DEFAULT_MAX_DIRECTORY_SIZE = 64 * 1024 * 1024

/** Tahoe's `[client] mutable.format` default, for new mutable directories. */
export const DEFAULT_DIRECTORY_FORMAT = 'sdmf'

/** Link times in metadata are Unix seconds; clocks give milliseconds. */
export const MS_PER_SECOND = 1000
