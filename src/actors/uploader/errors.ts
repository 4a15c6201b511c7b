/** Typed failures of the uploader. */
import { LafsError } from '../../errors.js'

/** Happiness could not be reached (spec i.2); the message uses Tahoe's wording. */
export class UploadUnhappinessError extends LafsError {
  constructor (message: string) {
    super('ERR_UPLOAD_UNHAPPY', message)
  }
}

export class NoServersError extends LafsError {
  constructor (message = 'client gave us zero servers') {
    super('ERR_NO_SERVERS', message)
  }
}

export class UploadAbortedError extends LafsError {
  constructor (message = 'the upload was aborted') {
    super('ERR_UPLOAD_ABORTED', message)
  }
}
