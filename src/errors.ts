/**
 * The base of every error lafs raises on purpose. Each subclass has a stable
 * `name` (its class name) and a stable `code` that callers, the wire and the
 * web API can switch on without parsing messages.
 */
export class LafsError extends Error {
  readonly code: string

  constructor (code: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
    this.code = code
  }
}

/** Input bytes or text that do not follow the format they claim to have. */
export class FormatError extends LafsError {
  constructor (message: string, options?: ErrorOptions) {
    super('ERR_FORMAT', message, options)
  }
}

/** A parameter outside the range the format or algorithm allows. */
export class ParameterError extends LafsError {
  constructor (message: string, options?: ErrorOptions) {
    super('ERR_PARAMETER', message, options)
  }
}
