/**
 * Typed failures of mutable-file operations (spec f.7). Messages carry
 * counts and server ids, never caps, keys or share contents.
 */
import { LafsError, ParameterError } from '../../errors.js'

/**
 * Another writer changed the file while this publish was under way: a
 * test-and-set came back false, or a server showed a share of another
 * version that the servermap did not know about. The publish still wrote
 * what it could, so the grid holds whole versions; read again, merge, and
 * retry if needed.
 */
export class UncoordinatedWriteError extends LafsError {
  /** Places where this publish's shares were written anyway; 0 means the grid is as if it never ran. */
  readonly written: number

  constructor (message: string, written = 0) {
    super('ERR_UNCOORDINATED_WRITE', message)
    this.written = written
  }
}

/** Fewer than k distinct shares could be written (Tahoe's "Publish ran out of good servers"). */
export class NotEnoughServersError extends LafsError {
  readonly needed: number
  readonly written: number

  constructor (needed: number, written: number, detail = '') {
    super('ERR_NOT_ENOUGH_SERVERS', `publish ran out of good servers: wrote ${written} distinct shares, need ${needed}${detail === '' ? '' : ` (${detail})`}`)
    this.needed = needed
    this.written = written
  }
}

/** No version of the file has k good shares reachable now. */
export class UnrecoverableMutableFileError extends LafsError {
  /** k of the version tried, or undefined when no share was found at all. */
  readonly needed: number | undefined
  /** Distinct good shares of that version that could be used. */
  readonly good: number
  /** Shares found to be bad (corrupt, wrong key, unreadable). */
  readonly bad: number
  readonly serversAsked: number
  readonly serversResponding: number

  constructor (counts: { needed: number | undefined, good: number, bad: number, serversAsked: number, serversResponding: number }, what = 'no recoverable version') {
    const need = counts.needed === undefined ? 'no shares found' : `${counts.good} of the ${counts.needed} shares needed`
    super('ERR_NOT_ENOUGH_SHARES',
      `${what}: ${need}, ${counts.bad} bad shares, ${counts.serversResponding} of ${counts.serversAsked} servers responding`)
    this.needed = counts.needed
    this.good = counts.good
    this.bad = counts.bad
    this.serversAsked = counts.serversAsked
    this.serversResponding = counts.serversResponding
  }
}

/** A write was asked of a read cap. Raised before any server is contacted. */
export class ReadOnlyCapError extends LafsError {
  constructor (what = 'this operation') {
    super('ERR_READ_ONLY_CAP', `${what} needs a write cap; a read cap can only read`)
  }
}

/** writeAt past the end of the file (holes are not allowed, as in Tahoe). */
export class WriteOffsetError extends ParameterError {}

/** A share the servermap saw is no longer on its server (deleted or replaced meanwhile). */
export class ShareUnavailableError extends LafsError {
  constructor (message: string) {
    super('ERR_SHARE_UNAVAILABLE', message)
  }
}
