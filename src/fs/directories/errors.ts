/**
 * Typed failures of directory operations on the grid. The web API maps
 * them by `code` (no such child → 404, existing child → 409, ...). A
 * message may name a child (names are not secret) but never quotes a cap.
 */
import { LafsError } from '../../errors.js'
import { ReadOnlyCapError } from '../../actors/mutable/index.js'

function quoted (name: string): string {
  return JSON.stringify(name)
}

/** The path of child names walked so far, for messages. */
function pathText (path: readonly string[]): string {
  return path.map(quoted).join('/')
}

/** A name that is not in the directory. */
export class NoSuchChildError extends LafsError {
  readonly childName: string
  /** The names walked from the root up to and including the missing one. */
  readonly path: readonly string[]

  constructor (childName: string, path: readonly string[] = [childName]) {
    super('ERR_NO_SUCH_CHILD', `no child named ${quoted(childName)}${path.length > 1 ? ` (at ${pathText(path)})` : ''}`)
    this.childName = childName
    this.path = path
  }
}

/** A link that may not be replaced: `replace: false`, or a directory under `replace: 'only-files'`. */
export class ExistingChildError extends LafsError {
  readonly childName: string
  /** The existing child is a directory (the refusal of `'only-files'`). */
  readonly isDirectory: boolean

  constructor (childName: string, isDirectory: boolean) {
    super('ERR_EXISTING_CHILD', `a child named ${quoted(childName)} already exists${isDirectory ? ' as a directory' : ''}`)
    this.childName = childName
    this.isDirectory = isDirectory
  }
}

/** A cap, or a child in the middle of a path, that is not a readable directory. */
export class NotADirectoryError extends LafsError {
  /** The names walked up to the offending child; empty when it is the starting cap. */
  readonly path: readonly string[]

  constructor (path: readonly string[], detail: string) {
    super('ERR_NOT_A_DIRECTORY', path.length === 0 ? `the cap is not a directory: ${detail}` : `${pathText(path)} is not a directory: ${detail}`)
    this.path = path
  }
}

/**
 * A change asked of a directory that cannot change through this cap: a
 * read cap (`URI:DIR2-RO:`) or an immutable directory. It is a
 * ReadOnlyCapError, so callers can treat both kinds of refusal alike.
 */
export class ReadOnlyDirectoryError extends ReadOnlyCapError {
  /** The directory is immutable (no cap could change it), rather than reached through a read cap. */
  readonly immutable: boolean

  constructor (what: string, immutable: boolean) {
    super(what)
    this.message = immutable
      ? `${what}: an immutable directory never changes`
      : `${what} needs a directory write cap; this one is read-only`
    this.immutable = immutable
  }
}

/** A directory body above the size this node is willing to hold in memory. */
export class DirectoryTooLargeError extends LafsError {
  readonly size: number
  readonly limit: number

  constructor (size: number, limit: number) {
    super('ERR_DIRECTORY_TOO_LARGE', `the directory body is ${size} bytes, above the limit of ${limit}`)
    this.size = size
    this.limit = limit
  }
}
