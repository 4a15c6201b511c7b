/**
 * Errors of the wire layer.
 *
 * Framing errors (bad length prefix, truncated frame, undecodable message)
 * describe bytes received; they stay inside the protocol code, which answers
 * them with a status or closes the stream.
 *
 * Transport failures reach callers of the remote StorageServer. Because that
 * interface promises StorageError subclasses, they all extend
 * StorageUnavailableError (code `ERR_UNAVAILABLE`: this server cannot be used
 * right now, route around it); each has its own class and `name` so a caller
 * can tell a dial timeout from a server that stopped answering.
 */
import { LafsError } from '../errors.js'
import { StorageUnavailableError } from '../actors/storage/errors.js'

export const WireErrorCode = {
  FRAME_TOO_LARGE: 'ERR_FRAME_TOO_LARGE',
  TRUNCATED_FRAME: 'ERR_TRUNCATED_FRAME',
  MALFORMED_MESSAGE: 'ERR_MALFORMED_MESSAGE'
} as const

/** A length prefix above the protocol's maximum frame length (or a prefix too long to be one). */
export class FrameTooLargeError extends LafsError {
  constructor (message: string, options?: ErrorOptions) {
    super(WireErrorCode.FRAME_TOO_LARGE, message, options)
  }
}

/** The stream ended in the middle of a frame. */
export class TruncatedFrameError extends LafsError {
  constructor (message: string, options?: ErrorOptions) {
    super(WireErrorCode.TRUNCATED_FRAME, message, options)
  }
}

/** A frame whose payload is not the protobuf message it should be, or lacks what it must carry. */
export class MalformedMessageError extends LafsError {
  constructor (message: string, options?: ErrorOptions) {
    super(WireErrorCode.MALFORMED_MESSAGE, message, options)
  }
}

/** The phases of a call that each have their own deadline. */
export type TimeoutPhase = 'dial' | 'request' | 'first-byte' | 'idle'

/** Base of the four timeout errors; `phase` says which deadline passed. */
export class WireTimeoutError extends StorageUnavailableError {
  readonly phase: TimeoutPhase
  readonly timeoutMs: number

  constructor (phase: TimeoutPhase, timeoutMs: number, message: string, options?: ErrorOptions) {
    super(message, options)
    this.phase = phase
    this.timeoutMs = timeoutMs
  }
}

/** Connecting to the peer and opening a stream took too long. */
export class DialTimeoutError extends WireTimeoutError {
  constructor (timeoutMs: number, options?: ErrorOptions) {
    super('dial', timeoutMs, `no stream to the storage server within ${timeoutMs} ms`, options)
  }
}

/** A whole call (waiting for a window slot, sending, the reply) took too long. */
export class RequestTimeoutError extends WireTimeoutError {
  constructor (timeoutMs: number, options?: ErrorOptions) {
    super('request', timeoutMs, `no reply from the storage server within ${timeoutMs} ms`, options)
  }
}

/** A request was sent but no byte of its reply arrived in time. */
export class FirstByteTimeoutError extends WireTimeoutError {
  constructor (timeoutMs: number, options?: ErrorOptions) {
    super('first-byte', timeoutMs, `the storage server sent no reply within ${timeoutMs} ms of the request`, options)
  }
}

/** A frame stopped half-way, or the peer stopped reading what we send. */
export class IdleTimeoutError extends WireTimeoutError {
  constructor (timeoutMs: number, options?: ErrorOptions) {
    super('idle', timeoutMs, `the stream was idle for ${timeoutMs} ms in the middle of a transfer`, options)
  }
}

/** No stream to the peer could be opened (unreachable, protocol not supported, refused). */
export class DialFailedError extends StorageUnavailableError {}

/** The stream was reset or closed before the reply arrived. */
export class ConnectionLostError extends StorageUnavailableError {}

/** The server sent something that is not a valid reply (bad frame, wrong id, wrong result kind). */
export class RemoteProtocolError extends StorageUnavailableError {}

/** The server answered BUSY: it refuses work for now. */
export class RemoteBusyError extends StorageUnavailableError {}

/** The server answered INTERNAL (or a status this client does not know). */
export class RemoteInternalError extends StorageUnavailableError {}

/** The RemoteStorageServer was closed; no further calls are made. */
export class ClientClosedError extends StorageUnavailableError {}
