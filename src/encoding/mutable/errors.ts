/**
 * Typed failures of the mutable share formats. A share that cannot be parsed
 * is a MutableShareFormatError; a share that parses but fails a check is a
 * CorruptMutableShareError whose `check` names the check, so a reader can
 * mark that server's share bad, tell the server why, and use another.
 * Messages never carry keys, caps or share contents.
 */
import { FormatError, LafsError } from '../../errors.js'

/** A share's bytes do not follow the SDMF or MDMF layout: truncated, inconsistent, out of range. */
export class MutableShareFormatError extends FormatError {}

/** The share's version byte is neither 0 (SDMF) nor 1 (MDMF). */
export class UnknownMutableVersionError extends MutableShareFormatError {
  readonly version: number

  constructor (version: number) {
    super(`unknown mutable share version ${version}; only 0 (SDMF) and 1 (MDMF) are understood`)
    this.version = version
  }
}

/** Which verification a share failed. */
export type MutableShareCheck =
  | 'verification-key'
  | 'signature'
  | 'block-hash-tree'
  | 'share-hash-chain'
  | 'block'

/** A share that parses but fails a cryptographic check. */
export class CorruptMutableShareError extends LafsError {
  readonly check: MutableShareCheck

  constructor (check: MutableShareCheck, message: string, options?: ErrorOptions) {
    super('ERR_CORRUPT_SHARE', message, options)
    this.check = check
  }
}

/** The verification key does not hash to the cap's fingerprint. */
export class VerificationKeyMismatchError extends CorruptMutableShareError {
  constructor (message: string, options?: ErrorOptions) {
    super('verification-key', message, options)
  }
}

/** The signature does not verify over the signed prefix with the verification key. */
export class BadSignatureError extends CorruptMutableShareError {
  constructor (message: string, options?: ErrorOptions) {
    super('signature', message, options)
  }
}

/** The block hash tree is not a consistent tree, or agrees with neither the blocks nor the root hash. */
export class BlockHashTreeError extends CorruptMutableShareError {
  constructor (message: string, options?: ErrorOptions) {
    super('block-hash-tree', message, options)
  }
}

/** The share hash chain does not lead from the share's block-tree root to the signed root hash. */
export class ShareHashChainError extends CorruptMutableShareError {
  constructor (message: string, options?: ErrorOptions) {
    super('share-hash-chain', message, options)
  }
}

/** A block (with its salt, for MDMF) does not match its authenticated block hash. */
export class CorruptBlockError extends CorruptMutableShareError {
  readonly segment: number

  constructor (segment: number, message: string, options?: ErrorOptions) {
    super('block', message, options)
    this.segment = segment
  }
}

/** A sound share, but of another version (signed prefix) than the one being read. */
export class VersionMismatchError extends LafsError {
  constructor (message: string) {
    super('ERR_VERSION_MISMATCH', message)
  }
}

/** Why one share could not be used. */
export interface MutableShareFailure {
  shnum: number
  error: Error
}

/** Fewer than k distinct good shares of the version were given. */
export class NotEnoughMutableSharesError extends LafsError {
  readonly needed: number
  readonly good: number
  readonly failures: readonly MutableShareFailure[]

  constructor (needed: number, good: number, failures: readonly MutableShareFailure[]) {
    super('ERR_NOT_ENOUGH_SHARES', `need ${needed} good shares of the version, have ${good} (${failures.length} rejected)`)
    this.needed = needed
    this.good = good
    this.failures = failures
  }
}

/** True for errors that mean "this share is unusable", as opposed to a bug or bad arguments. */
export function isBadMutableShareError (err: unknown): err is MutableShareFormatError | CorruptMutableShareError | VersionMismatchError {
  return err instanceof MutableShareFormatError || err instanceof CorruptMutableShareError || err instanceof VersionMismatchError
}
