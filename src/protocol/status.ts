/**
 * Status codes on the wire and the errors they stand for, both ways. Every
 * StorageError code has its own status, so a remote caller gets the very
 * class the local server would have thrown. Anything else a server throws
 * becomes INTERNAL with a fixed text: no exception string leaves the node.
 */
import {
  BadRequestError, StorageError, StorageErrorCode, isStorageErrorCode, storageErrorFromCode,
  type StorageErrorCodeValue
} from '../actors/storage/errors.js'
import { MAX_STATUS_MESSAGE_LENGTH } from './framing.js'
import { RemoteBusyError, RemoteInternalError } from './errors.js'
import { Status } from './storage-messages.js'

const STATUS_BY_CODE: Record<StorageErrorCodeValue, Status> = {
  [StorageErrorCode.BAD_REQUEST]: Status.BAD_REQUEST,
  [StorageErrorCode.BAD_STORAGE_INDEX]: Status.BAD_STORAGE_INDEX,
  [StorageErrorCode.BAD_SHARE_NUMBER]: Status.BAD_SHARE_NUMBER,
  [StorageErrorCode.CONFLICTING_WRITE]: Status.CONFLICTING_WRITE,
  [StorageErrorCode.DATA_TOO_LARGE]: Status.DATA_TOO_LARGE,
  [StorageErrorCode.NO_SUCH_BUCKET]: Status.NO_SUCH_BUCKET,
  [StorageErrorCode.BAD_UPLOAD_SECRET]: Status.BAD_UPLOAD_SECRET,
  [StorageErrorCode.BAD_WRITE_ENABLER]: Status.BAD_WRITE_ENABLER,
  [StorageErrorCode.NO_SUCH_LEASE]: Status.NO_SUCH_LEASE,
  [StorageErrorCode.BAD_CONTAINER]: Status.BAD_CONTAINER,
  [StorageErrorCode.UNAVAILABLE]: Status.UNAVAILABLE,
  [StorageErrorCode.ABORTED]: Status.ABORTED,
  [StorageErrorCode.IO]: Status.STORAGE_IO
}

const CODE_BY_STATUS = new Map<number, StorageErrorCodeValue>(
  Object.entries(STATUS_BY_CODE).flatMap(([code, status]) => isStorageErrorCode(code) ? [[status, code]] : [])
)

export interface StatusReply {
  status: Status
  message: string
}

/** Printable text of bounded length; used on both ends for the status message. */
export function boundedMessage (text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return clean.length > MAX_STATUS_MESSAGE_LENGTH ? clean.slice(0, MAX_STATUS_MESSAGE_LENGTH - 1) + '…' : clean
}

/**
 * The status and message for an error thrown while serving a request.
 * StorageError messages are written not to carry secrets and are sent
 * (bounded); anything else is reported as INTERNAL without detail.
 */
export function statusForError (err: unknown): StatusReply {
  if (err instanceof StorageError && isStorageErrorCode(err.code)) {
    return { status: STATUS_BY_CODE[err.code], message: boundedMessage(err.message) }
  }
  return { status: Status.INTERNAL, message: 'internal error' }
}

/** The error a non-OK status stands for on the client side. */
export function errorForStatus (status: Status, message: string): StorageError {
  const text = boundedMessage(message === '' ? `storage server replied with status ${status}` : message)
  const code = CODE_BY_STATUS.get(status)
  if (code != null) return storageErrorFromCode(code, text)
  switch (status) {
    case Status.BAD_REQUEST:
    case Status.TOO_LARGE:
      return new BadRequestError(text)
    case Status.BUSY:
      return new RemoteBusyError(text)
    default:
      return new RemoteInternalError(text)
  }
}
