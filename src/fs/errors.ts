/**
 * Typed failures of the file-store layer: directory bodies, child entries,
 * the aliases file and `[ALIAS:]path` arguments. Messages may name a child
 * or an alias (not secret) but never quote a cap.
 */
import { FormatError, LafsError, ParameterError } from '../errors.js'

/** A directory body whose framing is broken: the whole directory is unreadable. */
export class DirnodeFormatError extends FormatError {}

/** A child that cannot be stored in a directory (bad name, bad cap, write cap without a writekey). */
export class DirChildError extends ParameterError {
  readonly childName: string

  constructor (childName: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.childName = childName
  }
}

/** A mutable (or possibly writable) child offered to an immutable directory. */
export class MustBeDeepImmutableError extends DirChildError {}

/** Metadata that is not a JSON object of JSON values. */
export class MetadataError extends ParameterError {}

/** A line of `private/aliases` that is not `name: cap`. */
export class AliasFileError extends FormatError {
  /** 1-based line number in the file. */
  readonly line: number

  constructor (line: number, message: string) {
    super(`aliases file, line ${line}: ${message}`)
    this.line = line
  }
}

/** An alias name or cap that cannot be stored or used. */
export class AliasError extends ParameterError {}

/** An `ALIAS:` that is not in the aliases file. */
export class UnknownAliasError extends LafsError {
  readonly alias: string

  constructor (alias: string, message: string) {
    super('ERR_UNKNOWN_ALIAS', message)
    this.alias = alias
  }
}

/** A `[ALIAS:]path` argument that cannot name anything. */
export class PathSyntaxError extends ParameterError {}
