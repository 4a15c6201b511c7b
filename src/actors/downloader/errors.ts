/** Typed failures of the downloader. */
import { LafsError } from '../../errors.js'

/** Fewer than k good shares could be found; says how many and where. */
export class NotEnoughSharesError extends LafsError {
  readonly goodShares: number
  readonly needed: number

  constructor (message: string, goodShares: number, needed: number) {
    super('ERR_NOT_ENOUGH_SHARES', message)
    this.goodShares = goodShares
    this.needed = needed
  }
}

/** A share failed a hash or layout check: reported to its server and replaced. */
export class BadShareError extends LafsError {
  constructor (message: string, options?: ErrorOptions) {
    super('ERR_BAD_SHARE', message, options)
  }
}

/** A byte range outside the file. */
export class RangeNotSatisfiableError extends LafsError {
  constructor (message: string) {
    super('ERR_RANGE_NOT_SATISFIABLE', message)
  }
}
