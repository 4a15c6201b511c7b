/**
 * One outbound `/lafs/storage/1` stream on the client. Requests go out as
 * soon as the window allows (at most so many requests and so many bytes
 * unanswered); replies come back in the same order and are matched by id.
 *
 * A caller that gives up (its signal, its request deadline) leaves its entry
 * in the queue so the reply, when it comes, is read and dropped; the stream
 * itself stays in step. Anything that breaks the stream (first-byte or idle
 * deadline, a bad frame, a reply out of order, a reset) fails the session
 * and every call still waiting on it; the owner then opens a new one.
 */
import { setMaxListeners } from 'node:events'
import type { Stream } from '@libp2p/interface'
import type { Uint8ArrayList } from 'uint8arraylist'
import { BadRequestError, StorageAbortedError, StorageError } from '../actors/storage/errors.js'
import {
  ClientClosedError, ConnectionLostError, FrameTooLargeError, MalformedMessageError, RemoteProtocolError,
  RequestTimeoutError, TruncatedFrameError
} from './errors.js'
import { FrameReader } from './frame-reader.js'
import { sendFrame, waitForDrain, waitWithDeadline } from './framing.js'
import { requestFrame } from './frame-codec.js'
import { Status, decodeResponse, type OperationKind, type OutgoingBody } from './storage-messages.js'
import type { lafs } from './generated/storage.js'

export type ResponseMessage = lafs.storage.v1.Response

export interface ClientSessionOptions {
  requestTimeoutMs: number
  firstByteTimeoutMs: number
  idleTimeoutMs: number
  sessionIdleTimeoutMs: number
  maxOutstandingRequests: number
  maxOutstandingBytes: number
  maxFrameLength: number
}

interface Pending {
  id: number
  size: number
  /**
   * Set while the request waits in a full stream; resolves once the
   * transport has taken it (or the session failed), never rejects.
   */
  sent?: Promise<void>
  deliver: (response: ResponseMessage) => void
  fail: (err: Error) => void
}

/** Settles the promise one caller waits on: by its reply, the session failing, its deadline or its signal. */
interface Settle {
  resolve: (response: ResponseMessage) => void
  reject: (err: Error) => void
}

const MAX_REQUEST_ID = 0xffffffff

export class ClientSession {
  readonly #stream: Stream
  readonly #reader: FrameReader
  readonly #options: ClientSessionOptions
  readonly #controller = new AbortController()
  readonly #pending: Pending[] = []
  #outstandingBytes = 0
  #nextId = 1
  #failure: Error | undefined
  #reading = false
  #idleTimer: ReturnType<typeof setTimeout> | undefined
  /** Callers waiting for room in the window, first come first woken. */
  readonly #onWindow: Array<() => void> = []

  constructor (stream: Stream, options: ClientSessionOptions) {
    this.#stream = stream
    this.#options = options
    this.#reader = new FrameReader(stream, { maxFrameLength: options.maxFrameLength })
    // Every call in the window may wait on the session's signal, and on the
    // stream's 'drain', at once; the window bounds how many.
    setMaxListeners(Infinity, this.#controller.signal)
    if (stream instanceof EventTarget) setMaxListeners(Infinity, stream)
    stream.addEventListener('close', this.#onClose)
    this.#armIdleTimer()
  }

  /** True while new calls may be sent on this stream. */
  get usable (): boolean {
    return this.#failure == null && this.#stream.status === 'open' && this.#stream.writeStatus === 'writable'
  }

  /** Requests sent and not yet answered (including those whose callers gave up). */
  get outstanding (): number {
    return this.#pending.length
  }

  /**
   * Sends one request and resolves with its reply (of any status). Rejects
   * with BadRequestError if it cannot fit in a frame, StorageAbortedError
   * if the caller's signal fires, RequestTimeoutError after the request
   * deadline, or the error that broke the session.
   */
  async call<K extends OperationKind> (kind: K, body: OutgoingBody<K>, signal?: AbortSignal): Promise<ResponseMessage> {
    if (signal?.aborted === true) throw new StorageAbortedError('the call was aborted before it was sent')
    const id = this.#takeId()
    const { bytes: frame, bodyLength } = requestFrame(id, kind, body)
    if (bodyLength > this.#options.maxFrameLength) {
      throw new BadRequestError(`the request is ${bodyLength} bytes; a frame carries at most ${this.#options.maxFrameLength}`)
    }
    // The first to come settles the call; a reply that comes after the
    // caller gave up settles nothing (its entry stays, so the stream stays in step).
    let settle!: Settle
    const outcome = new Promise<ResponseMessage>((resolve, reject) => { settle = { resolve, reject } })
    const timeoutMs = this.#options.requestTimeoutMs
    const timer = setTimeout(() => { settle.reject(new RequestTimeoutError(timeoutMs)) }, timeoutMs)
    const onAbort = (): void => { settle.reject(new StorageAbortedError('the call was aborted')) }
    signal?.addEventListener('abort', onAbort, { once: true })
    let sent = false
    try {
      if (!this.#canSendNow(frame.byteLength)) {
        const givenUp = abortedWhenRejected(outcome)
        while (!this.#canSendNow(frame.byteLength)) await this.#waitForRoom(frame.byteLength, givenUp)
      }
      // Checked and sent in one synchronous step, so two callers never take
      // the same free slot.
      sent = true
      this.#send(id, frame, settle)
      // Room may be left for the next waiter: pass the turn on.
      if (this.#windowOpen(0)) this.#wakeWindow()
      return await outcome
    } catch (err: unknown) {
      throw toStorageError(err)
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      // A woken caller that leaves without sending must not keep the turn.
      if (!sent) this.#wakeWindow()
    }
  }

  /** Half-closes the stream once nothing is outstanding; fails what is. */
  async close (): Promise<void> {
    const pending = this.#pending.length > 0
    this.#fail(new ClientClosedError('the storage client was closed'), !pending)
    if (!pending && this.#stream.status === 'open') {
      try {
        await this.#stream.close({ signal: AbortSignal.timeout(this.#options.idleTimeoutMs) })
      } catch {
        this.#stream.abort(new Error('storage session close timed out'))
      }
    }
  }

  #takeId (): number {
    const id = this.#nextId
    this.#nextId = id >= MAX_REQUEST_ID ? 1 : id + 1
    return id
  }

  #windowOpen (size: number): boolean {
    const count = this.#pending.length
    return count === 0 || (count < this.#options.maxOutstandingRequests && this.#outstandingBytes + size <= this.#options.maxOutstandingBytes)
  }

  #canSendNow (size: number): boolean {
    if (this.#failure != null) throw this.#failure
    return this.#windowOpen(size) && !this.#stream.writableNeedsDrain
  }

  /** Waits until a reply frees the window, or the stream drains; the caller checks again. */
  async #waitForRoom (size: number, signal: AbortSignal): Promise<void> {
    if (!this.#windowOpen(size)) {
      await waitWithDeadline((done) => {
        this.#onWindow.push(done)
        return () => {
          const index = this.#onWindow.indexOf(done)
          if (index >= 0) this.#onWindow.splice(index, 1)
        }
      }, undefined, () => new Error('unreachable'), { signal })
      return
    }
    try {
      await waitForDrain(this.#stream, { signal, idleTimeoutMs: this.#options.idleTimeoutMs })
    } catch (err: unknown) {
      // The caller's deadline is the caller's; anything else means the stream is stuck.
      if (!signal.aborted) this.#fail(err instanceof Error ? err : new ConnectionLostError('the stream failed'))
      throw err
    }
  }

  /** Queues the request's entry and hands its frame to the stream; the caller awaits its outcome. */
  #send (id: number, frame: Uint8Array | Uint8ArrayList, settle: Settle): void {
    const entry: Pending = { id, size: frame.byteLength, deliver: settle.resolve, fail: settle.reject }
    // Queue the entry and the bytes in one synchronous step, so the order
    // of entries is the order of requests on the wire.
    this.#pending.push(entry)
    this.#outstandingBytes += frame.byteLength
    this.#disarmIdleTimer()
    let accepted = false
    try {
      accepted = sendFrame(this.#stream, frame)
    } catch (err: unknown) {
      this.#fail(err instanceof Error ? err : new ConnectionLostError('send failed'))
      return
    }
    if (!accepted) entry.sent = this.#drained()
    this.#startReading()
  }

  /** Waits for a full stream to take its bytes; a stream that does not breaks the session. */
  async #drained (): Promise<void> {
    try {
      await waitForDrain(this.#stream, { signal: this.#controller.signal, idleTimeoutMs: this.#options.idleTimeoutMs })
    } catch (err: unknown) {
      this.#fail(err instanceof Error ? err : new ConnectionLostError('send failed'))
    }
  }

  #startReading (): void {
    if (this.#reading) return
    this.#reading = true
    void this.#readReplies().catch((err: unknown) => {
      this.#fail(err instanceof Error ? err : new RemoteProtocolError('reading replies failed'))
    }).finally(() => {
      this.#reading = false
      if (this.#pending.length > 0 && this.#failure == null) this.#startReading()
      else this.#armIdleTimer()
    })
  }

  async #readReplies (): Promise<void> {
    while (this.#failure == null) {
      const head = this.#pending[0]
      if (head == null) return
      if (head.sent != null) await head.sent
      if (this.#failure != null) return
      const frame = await this.#reader.read({
        signal: this.#controller.signal,
        firstByteTimeoutMs: this.#options.firstByteTimeoutMs,
        idleTimeoutMs: this.#options.idleTimeoutMs
      })
      if (frame == null) throw new ConnectionLostError('the storage server closed the stream')
      const response = decodeResponse(frame)
      // A server that could not read a request's id answers with id 0 and an error.
      if (response.id !== head.id && !(response.id === 0 && response.status !== Status.OK)) {
        throw new RemoteProtocolError(`reply ${response.id} arrived where reply ${head.id} was due`)
      }
      this.#pending.shift()
      this.#outstandingBytes -= head.size
      this.#wakeWindow()
      head.deliver(response)
    }
  }

  #fail (err: Error, graceful = false): void {
    if (this.#failure != null) return
    const failure = toSessionError(err)
    this.#failure = failure
    this.#disarmIdleTimer()
    this.#controller.abort(failure)
    this.#reader.detach()
    this.#stream.removeEventListener('close', this.#onClose)
    if (!graceful && this.#stream.status === 'open') this.#stream.abort(failure)
    const pending = this.#pending.splice(0)
    this.#outstandingBytes = 0
    pending.forEach((entry, index) => {
      entry.fail(index === 0 ? failure : new ConnectionLostError('the stream failed before this reply arrived', { cause: failure }))
    })
    this.#wakeAll()
  }

  readonly #onClose = (evt: { error?: Error }): void => {
    // Replies already buffered are still read; the reader reports the end.
    if (this.#pending.length === 0) this.#fail(new ConnectionLostError('the stream closed', { cause: evt.error }), true)
  }

  /** Wakes the longest-waiting caller; it checks the window again and passes the turn on. */
  #wakeWindow (): void {
    this.#onWindow.shift()?.()
  }

  #wakeAll (): void {
    for (const wake of this.#onWindow.splice(0)) wake()
  }

  #armIdleTimer (): void {
    this.#disarmIdleTimer()
    if (this.#failure != null || this.#pending.length > 0) return
    this.#idleTimer = setTimeout(() => { void this.close() }, this.#options.sessionIdleTimeoutMs)
    this.#idleTimer.unref()
  }

  #disarmIdleTimer (): void {
    clearTimeout(this.#idleTimer)
    this.#idleTimer = undefined
  }
}

/** A signal that fires (with the reason) when `promise` rejects: for the rare call that must wait its turn. */
function abortedWhenRejected (promise: Promise<unknown>): AbortSignal {
  const controller = new AbortController()
  promise.catch((err: unknown) => { controller.abort(err) })
  return controller.signal
}

/** What broke a session, as a StorageError subclass. */
function toSessionError (err: Error): StorageError {
  if (err instanceof StorageError) return err
  if (err instanceof FrameTooLargeError || err instanceof TruncatedFrameError || err instanceof MalformedMessageError) {
    return new RemoteProtocolError('the storage server sent a malformed reply', { cause: err })
  }
  return new ConnectionLostError('the stream to the storage server failed', { cause: err })
}

/** Every rejection of call() is a StorageError subclass. */
function toStorageError (err: unknown): StorageError {
  if (err instanceof StorageError) return err
  return toSessionError(err instanceof Error ? err : new Error('unknown failure'))
}
