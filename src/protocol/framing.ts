/**
 * Framing, limits and timeouts of `/lafs/storage/1`: the one place that
 * turns stream bytes into frames and back.
 *
 * A frame is an unsigned varint length followed by that many bytes of
 * protobuf. The length is checked against the maximum before a single byte
 * of the body is buffered for it; the body is only handed out once complete.
 * Every wait has a deadline of its own phase (first byte, idle) and takes an
 * AbortSignal; every timer is cleared in `finally`.
 *
 * Reading applies back-pressure: the reader keeps at most a high-water mark
 * of bytes it was not asked for, and pauses the stream (so the muxer stops
 * granting the peer send window) until they are consumed. The reader itself
 * is frame-reader.ts; its limits and deadlines are set here.
 */
import type { Stream } from '@libp2p/interface'
import type { Uint8ArrayList } from 'uint8arraylist'
import { MAX_CALL_SIZE } from '../actors/storage/constants.js'
import { ConnectionLostError, FrameTooLargeError, IdleTimeoutError } from './errors.js'

/** The libp2p protocol id of the storage protocol. */
export const STORAGE_PROTOCOL = '/lafs/storage/1'

/**
 * Room in a frame for everything but the bulk bytes of one call: ids,
 * storage index, secrets, offsets, vector framing.
 */
export const FRAME_OVERHEAD = 64 * 1024

/**
 * The largest frame either side sends or accepts: one call of the storage
 * layer's maximum size (a bucket write, a read reply) plus overhead.
 */
export const MAX_FRAME_LENGTH = MAX_CALL_SIZE + FRAME_OVERHEAD

/** Bytes the reader buffers beyond what it was asked for before it pauses the stream. */
export const DEFAULT_READ_HIGH_WATER_MARK = 1024 * 1024

/** Inbound storage streams allowed per connection (libp2p's own default). */
export const DEFAULT_MAX_INBOUND_STREAMS = 32

/** Connecting to the peer and negotiating a stream. */
export const DEFAULT_DIAL_TIMEOUT_MS = 10_000
/** One whole call, from asking for a window slot to the last byte of the reply. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 120_000
/** From a request being fully handed to the transport to the first byte of its reply. */
export const DEFAULT_FIRST_BYTE_TIMEOUT_MS = 60_000
/** Between two chunks of one frame, and while waiting for the peer to take what we send. */
export const DEFAULT_IDLE_TIMEOUT_MS = 20_000
/** A server closes a stream on which nothing has happened for this long. */
export const DEFAULT_STREAM_IDLE_TIMEOUT_MS = 120_000
/** How long a server's stop() waits for requests already inside the storage server. */
export const DEFAULT_STOP_TIMEOUT_MS = 5_000
/** A client closes its idle stream sooner than the server would, so it rarely sends into a closing one. */
export const DEFAULT_SESSION_IDLE_TIMEOUT_MS = 60_000

/** Requests a client has on the wire at once on one stream. */
export const DEFAULT_MAX_OUTSTANDING_REQUESTS = 16
/**
 * Request bytes a client has on the wire at once (one request is always
 * allowed): enough to keep a server busy writing while the next blocks
 * travel. A server holds at least this much per stream (below), so a
 * well-behaved client never makes a server stop reading, and never comes
 * near libp2p's limit on a stopped stream's unread bytes (4 MiB, past
 * which libp2p resets the stream).
 */
export const DEFAULT_MAX_OUTSTANDING_BYTES = MAX_CALL_SIZE

/**
 * Requests the server holds, decoded and waiting, per stream; beyond this
 * it stops reading. Not fewer than a client sends unanswered.
 */
export const MAX_BUFFERED_REQUESTS_PER_STREAM = DEFAULT_MAX_OUTSTANDING_REQUESTS
/**
 * Request bytes the server holds per stream (one frame is always admitted
 * when none is held): a whole client window, or one frame of the largest size.
 */
export const MAX_BUFFERED_REQUEST_BYTES_PER_STREAM = Math.max(MAX_FRAME_LENGTH, DEFAULT_MAX_OUTSTANDING_BYTES + FRAME_OVERHEAD)

/** Longest status message a server sends; longer ones are cut. */
export const MAX_STATUS_MESSAGE_LENGTH = 256

/** Bytes of the varint prefix of `length`. */
export function varintLength (length: number): number {
  let bytes = 1
  while (length >= 0x80) {
    length = Math.floor(length / 0x80)
    bytes++
  }
  return bytes
}

/** Writes `value` as a varint into `out` at `pos`; returns the position after it. */
export function writeVarint (out: Uint8Array, pos: number, value: number): number {
  while (value >= 0x80) {
    out[pos++] = (value % 0x80) | 0x80
    value = Math.floor(value / 0x80)
  }
  out[pos++] = value
  return pos
}

/** The varint prefix of a frame of `length` bytes. */
export function encodeLengthPrefix (length: number): Uint8Array {
  const out = new Uint8Array(varintLength(length))
  writeVarint(out, 0, length)
  return out
}

/** Prefix and payload in one buffer (for tests and small frames). */
export function encodeFrame (payload: Uint8Array, maxFrameLength = MAX_FRAME_LENGTH): Uint8Array {
  checkFrameLength(payload.length, maxFrameLength)
  const prefix = encodeLengthPrefix(payload.length)
  const out = new Uint8Array(prefix.length + payload.length)
  out.set(prefix)
  out.set(payload, prefix.length)
  return out
}

function checkFrameLength (length: number, maxFrameLength: number): void {
  if (length > maxFrameLength) {
    throw new FrameTooLargeError(`a frame of ${length} bytes is over the limit of ${maxFrameLength}`)
  }
}

export interface DeadlineOptions {
  signal?: AbortSignal
}

/** The error a fired signal stands for: its reason when that is an Error. */
export function abortReason (signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason : new Error('aborted')
}

/**
 * Resolves when `register` calls its callback; rejects when the timer
 * fires (with `onTimeout()`), when the signal fires, or when `register`
 * reports a failure. The timer and listeners are removed in every case.
 */
export async function waitWithDeadline (
  register: (done: () => void, fail: (err: Error) => void) => () => void,
  timeoutMs: number | undefined,
  onTimeout: () => Error,
  options: DeadlineOptions = {}
): Promise<void> {
  const { signal } = options
  if (signal?.aborted === true) throw abortReason(signal)
  let timer: ReturnType<typeof setTimeout> | undefined
  let unregister: (() => void) | undefined
  let onAbort: (() => void) | undefined
  try {
    await new Promise<void>((resolve, reject) => {
      unregister = register(resolve, reject)
      if (timeoutMs != null) timer = setTimeout(() => { reject(onTimeout()) }, timeoutMs)
      if (signal != null) {
        onAbort = () => { reject(abortReason(signal)) }
        signal.addEventListener('abort', onAbort, { once: true })
      }
    })
  } finally {
    clearTimeout(timer)
    unregister?.()
    if (onAbort != null) signal?.removeEventListener('abort', onAbort)
  }
}

export interface WriteFrameOptions extends DeadlineOptions {
  /** How long to wait for the peer to take the bytes when the stream is full. */
  idleTimeoutMs?: number
}

/**
 * Queues one whole frame (prefix and body, as frame-codec.ts builds it) on
 * the stream in one send, without waiting: one muxer frame, so frames
 * never interleave. Returns false when the stream is now full and the
 * writer should wait for 'drain' before sending more.
 */
export function sendFrame (stream: Stream, frame: Uint8Array | Uint8ArrayList): boolean {
  try {
    return stream.send(frame)
  } catch (err: unknown) {
    throw new ConnectionLostError('the stream closed before the frame could be sent', { cause: err })
  }
}

/**
 * Sends one whole frame, honouring back-pressure: waits for 'drain'
 * (within the idle timeout) before sending into a full stream and after
 * filling it. Resolves once the transport has taken the bytes.
 */
export async function writeFrame (stream: Stream, frame: Uint8Array | Uint8ArrayList, options: WriteFrameOptions = {}): Promise<void> {
  if (stream.writableNeedsDrain) await waitForDrain(stream, options)
  if (!sendFrame(stream, frame)) await waitForDrain(stream, options)
}

/**
 * Waits until the stream has room again (its own `onDrain` cannot be
 * awaited twice); each stretch without progress may last the idle timeout.
 */
export async function waitForDrain (stream: Stream, options: WriteFrameOptions = {}): Promise<void> {
  while (stream.writableNeedsDrain) await waitForProgress(stream, options)
}

/**
 * Waits for a 'drain' event after which the stream has either room again
 * or fewer bytes queued than when the wait began. A muxer passes its
 * connection's 'drain' on to every stream, also to one whose peer has
 * granted it no window; such a 'drain' is not progress, and the wait (and
 * its idle deadline) goes on.
 */
async function waitForProgress (stream: Stream, options: WriteFrameOptions): Promise<void> {
  const timeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
  const queued = stream.writeBufferLength
  await waitWithDeadline((done, fail) => {
    const onClose = (): void => { fail(new ConnectionLostError('the stream closed while sending')) }
    // Checked after the stream's own listener has had its turn: it clears the
    // flag and tries its queue again in a microtask, which sets the flag anew
    // if the queue is still stuck.
    const onDrain = (): void => {
      queueMicrotask(() => { if (!stream.writableNeedsDrain || stream.writeBufferLength < queued) done() })
    }
    stream.addEventListener('drain', onDrain)
    stream.addEventListener('close', onClose)
    if (!stream.writableNeedsDrain) done()
    if (stream.status !== 'open') onClose()
    return () => {
      stream.removeEventListener('drain', onDrain)
      stream.removeEventListener('close', onClose)
    }
  }, timeoutMs, () => new IdleTimeoutError(timeoutMs), options)
}
