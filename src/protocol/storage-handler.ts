/**
 * The server side of `/lafs/storage/1`: registers the protocol with libp2p
 * on start(), serves each inbound stream from the node's own StorageServer
 * (server-session.ts), and on stop() unregisters, aborts every stream and
 * waits for them to wind down.
 *
 *     const protocol = storageProtocolHandler({ ... })({ registrar: libp2p, storage, logger: libp2p.logger })
 *     await protocol.start()
 */
import type { ComponentLogger, Connection, Logger, Startable, Stream, StreamHandler, StreamHandlerOptions } from '@libp2p/interface'
import type { StorageServer } from '../actors/storage/interface.js'
import {
  DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_MAX_INBOUND_STREAMS, DEFAULT_STOP_TIMEOUT_MS, DEFAULT_READ_HIGH_WATER_MARK, DEFAULT_STREAM_IDLE_TIMEOUT_MS, MAX_BUFFERED_REQUESTS_PER_STREAM,
  MAX_BUFFERED_REQUEST_BYTES_PER_STREAM, MAX_FRAME_LENGTH, STORAGE_PROTOCOL, waitWithDeadline
} from './framing.js'
import { describe, serveStream, type ServerSessionOptions, type WireStats } from './server-session.js'

export type { WireStats } from './server-session.js'

export interface StorageProtocolHandlerInit {
  /** @default STORAGE_PROTOCOL */
  protocol?: string
  /** @default MAX_FRAME_LENGTH */
  maxFrameLength?: number
  /** @default DEFAULT_STREAM_IDLE_TIMEOUT_MS */
  streamIdleTimeoutMs?: number
  /** @default DEFAULT_IDLE_TIMEOUT_MS */
  idleTimeoutMs?: number
  /** @default MAX_BUFFERED_REQUESTS_PER_STREAM */
  maxBufferedRequests?: number
  /** @default MAX_BUFFERED_REQUEST_BYTES_PER_STREAM */
  maxBufferedBytes?: number
  /** @default DEFAULT_READ_HIGH_WATER_MARK */
  readHighWaterMark?: number
  /** @default DEFAULT_MAX_INBOUND_STREAMS */
  maxInboundStreams?: number
  /** How long stop() waits for requests already inside the storage server. @default DEFAULT_STOP_TIMEOUT_MS */
  stopTimeoutMs?: number
}

/** The part of libp2p the handler registers with. */
export interface ProtocolRegistrar {
  handle: (protocol: string, handler: StreamHandler, options?: StreamHandlerOptions) => Promise<void>
  unhandle: (protocol: string) => Promise<void>
}

export interface StorageProtocolHandlerComponents {
  registrar: ProtocolRegistrar
  /** The node's own (local) storage server. */
  storage: StorageServer
  logger: ComponentLogger
}

export interface StorageProtocolHandler extends Startable {
  /** Inbound streams being served now. */
  readonly activeStreams: number
  /** Counters since creation (a copy). */
  stats: () => WireStats
}

interface ActiveStream {
  stream: Stream
  controller: AbortController
  done: Promise<void>
}

class StorageProtocolHandlerImpl implements StorageProtocolHandler {
  readonly #protocol: string
  readonly #maxInboundStreams: number
  readonly #stopTimeoutMs: number
  readonly #options: ServerSessionOptions
  readonly #components: StorageProtocolHandlerComponents
  readonly #log: Logger
  readonly #active = new Set<ActiveStream>()
  readonly #stats: WireStats = { streamsOpened: 0, requestsReceived: 0, requestsQueued: 0, errorReplies: 0 }
  #started = false

  constructor (init: StorageProtocolHandlerInit, components: StorageProtocolHandlerComponents) {
    this.#protocol = init.protocol ?? STORAGE_PROTOCOL
    this.#maxInboundStreams = init.maxInboundStreams ?? DEFAULT_MAX_INBOUND_STREAMS
    this.#stopTimeoutMs = init.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS
    this.#options = {
      maxFrameLength: init.maxFrameLength ?? MAX_FRAME_LENGTH,
      streamIdleTimeoutMs: init.streamIdleTimeoutMs ?? DEFAULT_STREAM_IDLE_TIMEOUT_MS,
      idleTimeoutMs: init.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      maxBufferedRequests: init.maxBufferedRequests ?? MAX_BUFFERED_REQUESTS_PER_STREAM,
      maxBufferedBytes: init.maxBufferedBytes ?? MAX_BUFFERED_REQUEST_BYTES_PER_STREAM,
      readHighWaterMark: init.readHighWaterMark ?? DEFAULT_READ_HIGH_WATER_MARK
    }
    this.#components = components
    this.#log = components.logger.forComponent('lafs:storage:wire')
  }

  get activeStreams (): number {
    return this.#active.size
  }

  stats (): WireStats {
    return { ...this.#stats }
  }

  async start (): Promise<void> {
    if (this.#started) return
    this.#started = true
    try {
      await this.#components.registrar.handle(this.#protocol, this.#onStream, { maxInboundStreams: this.#maxInboundStreams })
    } catch (err: unknown) {
      this.#started = false
      throw err
    }
  }

  async stop (): Promise<void> {
    if (!this.#started) return
    this.#started = false
    await this.#components.registrar.unhandle(this.#protocol)
    const active = [...this.#active]
    for (const entry of active) {
      entry.controller.abort(new Error('storage protocol stopping'))
      entry.stream.abort(new Error('storage protocol stopping'))
    }
    // Streams end at once, but a request already inside the storage server
    // runs to its end; wait for those, within bounds.
    const settled = Promise.all(active.map(async entry => { await entry.done }))
    try {
      await waitWithDeadline((done) => {
        void settled.then(done)
        return () => {}
      }, this.#stopTimeoutMs, () => new Error('storage requests still running'))
    } catch (err: unknown) {
      this.#log('stopped with %d storage streams still winding down: %s', this.#active.size, describe(err))
    }
  }

  // Everything that can go wrong on one stream stays on that stream: the
  // session catches and logs, and the promise returned to libp2p never rejects.
  readonly #onStream = async (stream: Stream, connection: Connection): Promise<void> => {
    if (!this.#started) {
      stream.abort(new Error('storage protocol stopped'))
      return
    }
    const controller = new AbortController()
    const onClose = (): void => { controller.abort(new Error('storage stream closed')) }
    stream.addEventListener('close', onClose, { once: true })
    this.#log.trace('storage stream %s from %p', stream.id, connection.remotePeer)
    const entry: ActiveStream = { stream, controller, done: Promise.resolve() }
    entry.done = serveStream(stream, this.#components.storage, this.#log, this.#options, this.#stats, controller.signal)
      .catch((err: unknown) => {
        this.#log.error('storage stream %s failed: %s', stream.id, describe(err))
        stream.abort(err instanceof Error ? err : new Error('storage stream failed'))
      })
      .finally(() => {
        stream.removeEventListener('close', onClose)
        this.#active.delete(entry)
      })
    this.#active.add(entry)
    await entry.done
  }
}

/** `storageProtocolHandler(init)(components)`: the `/lafs/storage/1` server. */
export function storageProtocolHandler (init: StorageProtocolHandlerInit = {}): (components: StorageProtocolHandlerComponents) => StorageProtocolHandler {
  return (components) => new StorageProtocolHandlerImpl(init, components)
}
