/**
 * One inbound `/lafs/storage/1` stream on the server. A reader loop turns
 * frames into requests and queues them (bounded: when the queue is full it
 * stops reading, and the stream is paused); a worker loop answers them in
 * arrival order, one at a time, so a client can pipeline. Bad input gets an
 * error status and, when the framing itself is broken, the stream is closed;
 * nothing here throws past the session.
 */
import type { Logger, Stream } from '@libp2p/interface'
import type { Uint8ArrayList } from 'uint8arraylist'
import type { StorageServer } from '../actors/storage/interface.js'
import { BoundedQueue } from './bounded-queue.js'
import { FirstByteTimeoutError, FrameTooLargeError, MalformedMessageError, TruncatedFrameError } from './errors.js'
import { FrameReader } from './frame-reader.js'
import { waitWithDeadline, writeFrame } from './framing.js'
import { HANDLERS, type HandlerContext, type OperationHandler } from './handlers/index.js'
import { statusForError } from './status.js'
import { resultFrame, responseFrame } from './frame-codec.js'
import {
  Status, decodeRequest, requestKind,
  type OperationKind, type RequestBody, type RequestMessage, type ResponseMessage, type ResponseResult
} from './storage-messages.js'

export interface ServerSessionOptions {
  maxFrameLength: number
  /** Close the stream after this long with no request in flight and none arriving. */
  streamIdleTimeoutMs: number
  /** Between chunks of a frame, and while the client does not take our reply. */
  idleTimeoutMs: number
  maxBufferedRequests: number
  maxBufferedBytes: number
  readHighWaterMark: number
}

/** Counters a session updates, shared by all sessions of one handler. */
export interface WireStats {
  streamsOpened: number
  requestsReceived: number
  /** Requests decoded and waiting for the worker, over all streams. */
  requestsQueued: number
  /** Frames answered with a non-OK status. */
  errorReplies: number
}

type Job =
  | { kind: 'request', request: RequestMessage & { id?: number | null } }
  | { kind: 'malformed', message: string }
  /** The framing broke: answer once, then close the stream. */
  | { kind: 'fatal', status: Status, message: string }

export async function serveStream (
  stream: Stream, storage: StorageServer, log: Logger, options: ServerSessionOptions, stats: WireStats, signal: AbortSignal
): Promise<void> {
  stats.streamsOpened++
  const reader = new FrameReader(stream, { maxFrameLength: options.maxFrameLength, highWaterMark: options.readHighWaterMark })
  const queue = new BoundedQueue<Job>({ maxItems: options.maxBufferedRequests, maxBytes: options.maxBufferedBytes })
  let processing = false
  const busy = (): boolean => processing || queue.length > 0
  const context: HandlerContext = { storage, signal }

  const producer = readRequests(reader, queue, busy, options, stats, signal, log)
  try {
    while (true) {
      const job = await queue.shift()
      if (job == null) break
      stats.requestsQueued--
      processing = true
      const reply = await respond(job, context, options.maxFrameLength, log)
      processing = false
      if (reply.status !== Status.OK) stats.errorReplies++
      await writeFrame(stream, reply.bytes, { signal, idleTimeoutMs: options.idleTimeoutMs })
      if (job.kind === 'fatal') break
    }
  } catch (err: unknown) {
    // The reply could not be sent (peer gone, not reading, or stopping).
    log('storage stream %s: %s', stream.id, describe(err))
    stream.abort(err instanceof Error ? err : new Error('storage stream failed'))
  } finally {
    stats.requestsQueued -= queue.length
    queue.clear()
    reader.detach()
    await producer
    await finish(stream, options.idleTimeoutMs, log)
  }
}

async function readRequests (
  reader: FrameReader, queue: BoundedQueue<Job>, busy: () => boolean,
  options: ServerSessionOptions, stats: WireStats, signal: AbortSignal, log: Logger
): Promise<void> {
  const enqueue = async (job: Job, size: number): Promise<boolean> => {
    const queued = await queue.push(job, size)
    if (queued) stats.requestsQueued++
    return queued
  }
  try {
    while (true) {
      let frame: Uint8Array | null
      try {
        frame = await reader.read({ signal, firstByteTimeoutMs: options.streamIdleTimeoutMs, idleTimeoutMs: options.idleTimeoutMs })
      } catch (err: unknown) {
        // Quiet only counts as idle when no request is queued or being served.
        if (err instanceof FirstByteTimeoutError && busy()) continue
        const fatal = fatalJob(err)
        if (fatal != null) await enqueue(fatal, 0)
        else log('storage stream reader stopped: %s', describe(err))
        return
      }
      if (frame == null) return
      stats.requestsReceived++
      if (!await enqueue(decodeJob(frame), frame.length)) return
    }
  } finally {
    queue.close()
  }
}

function fatalJob (err: unknown): Job | undefined {
  if (err instanceof FrameTooLargeError) return { kind: 'fatal', status: Status.TOO_LARGE, message: 'frame over the size limit' }
  if (err instanceof TruncatedFrameError) return { kind: 'fatal', status: Status.BAD_REQUEST, message: 'stream ended inside a frame' }
  return undefined
}

function decodeJob (frame: Uint8Array): Job {
  try {
    return { kind: 'request', request: decodeRequest(frame) }
  } catch (err: unknown) {
    if (err instanceof MalformedMessageError) return { kind: 'malformed', message: 'the frame is not a storage request' }
    throw err
  }
}

interface Reply {
  status: Status
  /** The whole frame. */
  bytes: Uint8Array | Uint8ArrayList
}

function reply (response: ResponseMessage & { status: Status }): Reply {
  return { status: response.status, bytes: responseFrame(response).bytes }
}

/** The encoded reply to one job; never throws. */
async function respond (job: Job, context: HandlerContext, maxFrameLength: number, log: Logger): Promise<Reply> {
  if (job.kind === 'fatal') return reply({ id: 0, status: job.status, message: job.message })
  if (job.kind === 'malformed') return reply({ id: 0, status: Status.BAD_REQUEST, message: job.message })
  const id = job.request.id ?? 0
  const kind = requestKind(job.request as Parameters<typeof requestKind>[0])
  if (kind == null) return reply({ id, status: Status.BAD_REQUEST, message: 'the request names no operation' })
  try {
    const result = await dispatch(kind, job.request, context)
    const encoded = resultFrame(id, kind, result)
    if (encoded.bodyLength <= maxFrameLength) return { status: Status.OK, bytes: encoded.bytes }
    return reply({ id, status: Status.TOO_LARGE, message: 'the reply would be over the frame size limit; ask for less' })
  } catch (err: unknown) {
    const failure = statusForError(err)
    if (failure.status === Status.INTERNAL) log.error('internal error serving %s: %s', kind, describe(err))
    return reply({ id, ...failure })
  }
}

async function dispatch<K extends OperationKind> (kind: K, request: RequestMessage, context: HandlerContext): Promise<ResponseResult<K>> {
  const handler = HANDLERS[kind] as OperationHandler<K>
  const body = request[kind] as RequestBody<K>
  return await handler(body, context)
}

/** Half-closes our side, waits (bounded) for it to flush, and drops the stream if the peer lingers. */
async function finish (stream: Stream, timeoutMs: number, log: Logger): Promise<void> {
  if (stream.status !== 'open') return
  try {
    await waitWithDeadline((done, fail) => {
      stream.close().then(done, fail)
      return () => {}
    }, timeoutMs, () => new Error('close timed out'))
  } catch (err: unknown) {
    log('storage stream %s did not close cleanly: %s', stream.id, describe(err))
  }
  if (stream.status === 'open') stream.abort(new Error('storage stream finished'))
}

/** A loggable one-line description that never includes a stack. */
export function describe (err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`
  if (err instanceof Event) return `event ${err.type}`
  return 'unknown failure'
}
