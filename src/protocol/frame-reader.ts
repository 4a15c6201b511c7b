/**
 * Reads length-prefixed frames from one stream, for framing.ts (which owns
 * the limits and deadlines it is given).
 *
 * The length is checked against the maximum before a single byte of the
 * body is buffered for it; the body is handed out only once complete, and
 * nothing is consumed before that, so a timed-out read can be retried.
 * Back-pressure: bytes nobody is reading count against a high-water mark;
 * past it the reader pauses the stream (the muxer then stops granting the
 * peer send window) until a read wants more.
 */
import type { Stream } from '@libp2p/interface'
import {
  ConnectionLostError, FirstByteTimeoutError, FrameTooLargeError, IdleTimeoutError, TruncatedFrameError
} from './errors.js'
import {
  DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_READ_HIGH_WATER_MARK, MAX_FRAME_LENGTH, varintLength, waitWithDeadline,
  type DeadlineOptions
} from './framing.js'

export interface FrameReaderInit {
  /** @default MAX_FRAME_LENGTH */
  maxFrameLength?: number
  /** @default DEFAULT_READ_HIGH_WATER_MARK */
  highWaterMark?: number
}

export interface ReadFrameOptions extends DeadlineOptions {
  /** Deadline for the first byte of the frame; none when undefined. */
  firstByteTimeoutMs?: number
  /** Deadline between later chunks of the frame. @default DEFAULT_IDLE_TIMEOUT_MS */
  idleTimeoutMs?: number
}

interface FramePrefix {
  bodyLength: number
  prefixLength: number
}

/**
 * Reads frames from one stream. Listens from construction on, so bytes are
 * never missed; `read()` is called by one consumer at a time and consumes
 * nothing until a whole frame is present, so a timed-out read can be retried.
 */
export class FrameReader {
  readonly #stream: Stream
  readonly #maxFrameLength: number
  readonly #maxPrefixLength: number
  readonly #highWaterMark: number
  #chunks: Uint8Array[] = []
  #buffered = 0
  #ended: boolean
  #failure: Error | undefined
  #paused = false
  #notify: (() => void) | undefined
  #reading = false
  #detached = false

  constructor (stream: Stream, init: FrameReaderInit = {}) {
    this.#stream = stream
    this.#maxFrameLength = init.maxFrameLength ?? MAX_FRAME_LENGTH
    this.#maxPrefixLength = varintLength(this.#maxFrameLength)
    this.#highWaterMark = init.highWaterMark ?? DEFAULT_READ_HIGH_WATER_MARK
    this.#ended = stream.readableEnded
    stream.addEventListener('message', this.#onMessage)
    stream.addEventListener('end', this.#onEnd)
    stream.addEventListener('close', this.#onClose)
  }

  /** Bytes received and not yet handed out. */
  get bufferedBytes (): number {
    return this.#buffered
  }

  /** Stops listening to the stream. */
  detach (): void {
    this.#detached = true
    this.#stream.removeEventListener('message', this.#onMessage)
    this.#stream.removeEventListener('end', this.#onEnd)
    this.#stream.removeEventListener('close', this.#onClose)
    this.#wake()
  }

  /**
   * The next frame's body, or null when the peer closed its side cleanly
   * between frames. Rejects with FrameTooLargeError, TruncatedFrameError,
   * ConnectionLostError, a timeout error, or the signal's reason.
   */
  async read (options: ReadFrameOptions = {}): Promise<Uint8Array | null> {
    if (this.#reading) throw new Error('FrameReader.read called while a read is in progress')
    this.#reading = true
    try {
      if (this.#buffered === 0 && !this.#ended && this.#failure == null && !this.#detached) {
        const ms = options.firstByteTimeoutMs
        await this.#waitForBytes(ms, () => new FirstByteTimeoutError(ms ?? 0), options)
      }
      const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
      while (true) {
        // A whole frame that arrived before a reset is still handed out.
        const prefix = this.#parsePrefix()
        if (prefix != null && this.#buffered >= prefix.prefixLength + prefix.bodyLength) {
          return this.#take(prefix)
        }
        if (this.#failure != null) throw new ConnectionLostError('the stream was reset', { cause: this.#failure })
        if (this.#detached) throw new ConnectionLostError('the frame reader was detached')
        if (this.#ended) {
          if (this.#buffered === 0) return null
          throw new TruncatedFrameError(`the stream ended ${this.#buffered} bytes into a frame`)
        }
        await this.#waitForBytes(idleMs, () => new IdleTimeoutError(idleMs), options)
      }
    } finally {
      this.#reading = false
    }
  }

  readonly #onMessage = (evt: { data: Uint8Array | Iterable<Uint8Array> }): void => {
    // A message is a list of chunks as the muxer received them: kept as they
    // are, not joined, so the body of a frame is copied once at most.
    const { data } = evt
    if (data instanceof Uint8Array) this.#append(data)
    else for (const chunk of data) this.#append(chunk)
    this.#wake()
    // Only bytes nobody is reading count against the high-water mark: a
    // read in progress wants them (and resumes the stream when it waits).
    if (!this.#reading && !this.#paused && this.#buffered >= this.#highWaterMark && this.#stream.readStatus === 'readable') {
      this.#stream.pause()
      this.#paused = true
    }
  }

  #append (chunk: Uint8Array): void {
    if (chunk.length === 0) return
    this.#chunks.push(chunk)
    this.#buffered += chunk.length
  }

  readonly #onEnd = (): void => {
    this.#ended = true
    this.#wake()
  }

  readonly #onClose = (evt: { error?: Error }): void => {
    if (evt.error != null) {
      this.#failure = evt.error
    } else {
      this.#resume()
      this.#ended = true
    }
    this.#wake()
  }

  #wake (): void {
    const notify = this.#notify
    this.#notify = undefined
    notify?.()
  }

  #resume (): void {
    if (!this.#paused) return
    this.#paused = false
    const status = this.#stream.readStatus
    if (status === 'paused') this.#stream.resume()
  }

  async #waitForBytes (timeoutMs: number | undefined, onTimeout: () => Error, options: DeadlineOptions): Promise<void> {
    // The reader wants more than it holds: let the peer send again.
    this.#resume()
    await waitWithDeadline((done) => {
      this.#notify = done
      return () => { if (this.#notify === done) this.#notify = undefined }
    }, timeoutMs, onTimeout, options)
  }

  /** The frame's length once its whole prefix is buffered; throws as soon as it is known to be too large. */
  #parsePrefix (): FramePrefix | undefined {
    let value = 0
    let scale = 1
    let index = 0
    for (const chunk of this.#chunks) {
      for (const byte of chunk) {
        value += (byte & 0x7f) * scale
        index++
        if (value > this.#maxFrameLength) {
          throw new FrameTooLargeError(`a frame announced as at least ${value} bytes is over the limit of ${this.#maxFrameLength}`)
        }
        if ((byte & 0x80) === 0) return { bodyLength: value, prefixLength: index }
        if (index >= this.#maxPrefixLength) {
          throw new FrameTooLargeError(`a length prefix of more than ${this.#maxPrefixLength} bytes is over the limit`)
        }
        scale *= 0x80
      }
    }
    return undefined
  }

  #take (prefix: FramePrefix): Uint8Array {
    this.#skip(prefix.prefixLength)
    const first = this.#chunks[0]
    if (first != null && first.length >= prefix.bodyLength) {
      // The whole body in one chunk: handed out as a view, not copied.
      const body = first.subarray(0, prefix.bodyLength)
      this.#consumeFront(prefix.bodyLength)
      if (this.#buffered < this.#highWaterMark) this.#resume()
      return body
    }
    // Every byte is overwritten below: no need to zero it first.
    const body = Buffer.allocUnsafe(prefix.bodyLength)
    let filled = 0
    while (filled < body.length) {
      const chunk = this.#chunks[0]
      if (chunk == null) throw new Error('FrameReader: buffer shorter than its count')
      const n = Math.min(chunk.length, body.length - filled)
      body.set(chunk.subarray(0, n), filled)
      filled += n
      this.#consumeFront(n)
    }
    if (this.#buffered < this.#highWaterMark) this.#resume()
    return body
  }

  #skip (n: number): void {
    while (n > 0) {
      const chunk = this.#chunks[0]
      if (chunk == null) throw new Error('FrameReader: buffer shorter than its count')
      const k = Math.min(chunk.length, n)
      this.#consumeFront(k)
      n -= k
    }
  }

  #consumeFront (n: number): void {
    const chunk = this.#chunks[0]
    if (chunk == null) return
    if (n >= chunk.length) this.#chunks.shift()
    else this.#chunks[0] = chunk.subarray(n)
    this.#buffered -= n
  }
}
