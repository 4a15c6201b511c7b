/**
 * The remote StorageServer: every call becomes one request on a
 * `/lafs/storage/1` stream to one peer, and every reply becomes the value
 * or the StorageError subclass the local server would have produced.
 *
 * One stream is opened on first use and reused (client-session.ts pipelines
 * on it); a stream that broke or went idle is replaced on the next call.
 * Opening it is bounded by the dial deadline; each call by its own request
 * deadline and the caller's signal.
 *
 *     const server = remoteStorageServer({ peerId })({ dialProtocol: libp2p.dialProtocol.bind(libp2p), logger: libp2p.logger })
 */
import type { AbortOptions, ComponentLogger, Logger, PeerId, Stream } from '@libp2p/interface'
import { StorageAbortedError } from '../actors/storage/errors.js'
import type {
  AllocateRequest, AllocateResult, BucketRef, CallOptions, LeaseSecrets, ReadVector, ShareType, StorageServer,
  StorageVersion, TestAndSetRequest, TestAndSetResult
} from '../actors/storage/interface.js'
import { checkCloseWritten, checkNonNegative, checkShareNumber } from '../actors/storage/validate.js'
import {
  bucketArg, bytesArg, readResult, readVectorArg, shareNumbersArg, shareNumbersResult, shareReadDataResult,
  shareTypeArg, storageIndexArg, testAndWriteArg, versionResult
} from './client-codec.js'
import { ClientSession, type ClientSessionOptions, type ResponseMessage } from './client-session.js'
import { ClientClosedError, DialFailedError, DialTimeoutError, RemoteProtocolError } from './errors.js'
import {
  DEFAULT_DIAL_TIMEOUT_MS, DEFAULT_FIRST_BYTE_TIMEOUT_MS, DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_MAX_OUTSTANDING_BYTES,
  DEFAULT_MAX_OUTSTANDING_REQUESTS, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SESSION_IDLE_TIMEOUT_MS, MAX_FRAME_LENGTH,
  STORAGE_PROTOCOL, abortReason, waitWithDeadline
} from './framing.js'
import { errorForStatus } from './status.js'
import { Status, responseKind, type OperationKind, type OutgoingBody, type ResponseResult } from './storage-messages.js'

export interface RemoteStorageServerInit {
  /** The storage server's peer. */
  peerId: PeerId
  /** @default STORAGE_PROTOCOL */
  protocol?: string
  /** @default DEFAULT_DIAL_TIMEOUT_MS */
  dialTimeoutMs?: number
  /** @default DEFAULT_REQUEST_TIMEOUT_MS */
  requestTimeoutMs?: number
  /** @default DEFAULT_FIRST_BYTE_TIMEOUT_MS */
  firstByteTimeoutMs?: number
  /** @default DEFAULT_IDLE_TIMEOUT_MS */
  idleTimeoutMs?: number
  /** @default DEFAULT_SESSION_IDLE_TIMEOUT_MS */
  sessionIdleTimeoutMs?: number
  /** @default DEFAULT_MAX_OUTSTANDING_REQUESTS */
  maxOutstandingRequests?: number
  /** @default DEFAULT_MAX_OUTSTANDING_BYTES */
  maxOutstandingBytes?: number
  /** @default MAX_FRAME_LENGTH */
  maxFrameLength?: number
}

export interface RemoteStorageServerComponents {
  /** Opens a stream to the peer for the protocol; `libp2p.dialProtocol` fits. */
  dialProtocol: (peer: PeerId, protocol: string, options?: AbortOptions) => Promise<Stream>
  logger: ComponentLogger
}

export interface RemoteStorageServer extends StorageServer {
  readonly peerId: PeerId
  /** Drops the stream; later calls reject with ClientClosedError. */
  close: () => Promise<void>
}

class RemoteStorageServerImpl implements RemoteStorageServer {
  readonly peerId: PeerId
  readonly #protocol: string
  readonly #dialTimeoutMs: number
  readonly #sessionOptions: ClientSessionOptions
  readonly #components: RemoteStorageServerComponents
  readonly #log: Logger
  #session: ClientSession | undefined
  #opening: Promise<ClientSession> | undefined
  #closed = false

  constructor (init: RemoteStorageServerInit, components: RemoteStorageServerComponents) {
    this.peerId = init.peerId
    this.#protocol = init.protocol ?? STORAGE_PROTOCOL
    this.#dialTimeoutMs = init.dialTimeoutMs ?? DEFAULT_DIAL_TIMEOUT_MS
    this.#sessionOptions = {
      requestTimeoutMs: init.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      firstByteTimeoutMs: init.firstByteTimeoutMs ?? DEFAULT_FIRST_BYTE_TIMEOUT_MS,
      idleTimeoutMs: init.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      sessionIdleTimeoutMs: init.sessionIdleTimeoutMs ?? DEFAULT_SESSION_IDLE_TIMEOUT_MS,
      maxOutstandingRequests: init.maxOutstandingRequests ?? DEFAULT_MAX_OUTSTANDING_REQUESTS,
      maxOutstandingBytes: init.maxOutstandingBytes ?? DEFAULT_MAX_OUTSTANDING_BYTES,
      maxFrameLength: init.maxFrameLength ?? MAX_FRAME_LENGTH
    }
    this.#components = components
    this.#log = components.logger.forComponent('lafs:storage:client')
  }

  async getVersion (options?: CallOptions): Promise<StorageVersion> {
    return versionResult(await this.#call('getVersion', {}, options))
  }

  async allocateBuckets (request: AllocateRequest, options?: CallOptions): Promise<AllocateResult> {
    const result = await this.#call('allocateBuckets', {
      storageIndex: storageIndexArg(request.storageIndex),
      renewSecret: bytesArg(request.renewSecret, 'the renew secret'),
      cancelSecret: bytesArg(request.cancelSecret, 'the cancel secret'),
      uploadSecret: bytesArg(request.uploadSecret, 'the upload secret'),
      shareNumbers: shareNumbersArg(request.shareNumbers),
      allocatedSize: checkNonNegative(request.allocatedSize, 'the allocated size'),
      initialData: [...request.initialData ?? []].map(([shareNumber, data]) => ({
        shareNumber: checkShareNumber(shareNumber),
        data: bytesArg(data, 'initial share data')
      })),
      closeWritten: request.closeWritten !== undefined && checkCloseWritten(request.closeWritten)
    }, options)
    return {
      alreadyHave: shareNumbersResult(result.alreadyHave),
      allocated: shareNumbersResult(result.allocated),
      initialDataWritten: shareNumbersResult(result.initialDataWritten ?? []),
      closed: shareNumbersResult(result.closed ?? [])
    }
  }

  async writeBucket (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], options?: CallOptions): Promise<void> {
    await this.#call('writeBucket', {
      bucket: bucketArg(bucket),
      offset: checkNonNegative(offset, 'the offset'),
      data: data instanceof Uint8Array ? bytesArg(data, 'the data') : data.map(piece => bytesArg(piece, 'the data'))
    }, options)
  }

  async writeAndCloseBucket (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], written: number, options?: CallOptions): Promise<boolean> {
    const result = await this.#call('writeBucket', {
      bucket: bucketArg(bucket),
      offset: checkNonNegative(offset, 'the offset'),
      data: data instanceof Uint8Array ? bytesArg(data, 'the data') : data.map(piece => bytesArg(piece, 'the data')),
      closeWhenWritten: checkNonNegative(written, 'the bytes written')
    }, options)
    return result.closed === true
  }

  async closeBucket (bucket: BucketRef, options?: CallOptions): Promise<void> {
    await this.#call('closeBucket', { bucket: bucketArg(bucket) }, options)
  }

  async abortBucket (bucket: BucketRef, options?: CallOptions): Promise<void> {
    await this.#call('abortBucket', { bucket: bucketArg(bucket) }, options)
  }

  async listBuckets (storageIndex: Uint8Array, options?: CallOptions): Promise<number[]> {
    const result = await this.#call('listBuckets', { storageIndex: storageIndexArg(storageIndex) }, options)
    return shareNumbersResult(result.shareNumbers)
  }

  async readBucket (storageIndex: Uint8Array, shareNumber: number, offset: number, length: number, options?: CallOptions): Promise<Uint8Array> {
    const wanted = checkNonNegative(length, 'the length')
    const result = await this.#call('readBucket', {
      storageIndex: storageIndexArg(storageIndex),
      shareNumber: checkShareNumber(shareNumber),
      offset: checkNonNegative(offset, 'the offset'),
      length: wanted
    }, options)
    return readResult(result.data, wanted)
  }

  async slotReadv (storageIndex: Uint8Array, shareNumbers: number[], readVector: ReadVector[], options?: CallOptions): Promise<Map<number, Uint8Array[]>> {
    const result = await this.#call('slotReadv', {
      storageIndex: storageIndexArg(storageIndex),
      shareNumbers: shareNumbersArg(shareNumbers),
      readVector: readVectorArg(readVector)
    }, options)
    return shareReadDataResult(result.shares, readVector)
  }

  async slotTestvAndReadvAndWritev (request: TestAndSetRequest, options?: CallOptions): Promise<TestAndSetResult> {
    const result = await this.#call('slotTestvAndReadvAndWritev', {
      storageIndex: storageIndexArg(request.storageIndex),
      writeEnabler: bytesArg(request.secrets.writeEnabler, 'the write enabler'),
      renewSecret: bytesArg(request.secrets.renewSecret, 'the renew secret'),
      cancelSecret: bytesArg(request.secrets.cancelSecret, 'the cancel secret'),
      testAndWrite: testAndWriteArg(request.testAndWrite),
      readVector: readVectorArg(request.readVector)
    }, options)
    return { success: result.success === true, data: shareReadDataResult(result.shares, request.readVector) }
  }

  async addLease (storageIndex: Uint8Array, secrets: LeaseSecrets, options?: CallOptions): Promise<void> {
    await this.#call('addLease', {
      storageIndex: storageIndexArg(storageIndex),
      renewSecret: bytesArg(secrets.renewSecret, 'the renew secret'),
      cancelSecret: bytesArg(secrets.cancelSecret, 'the cancel secret')
    }, options)
  }

  async renewLease (storageIndex: Uint8Array, renewSecret: Uint8Array, options?: CallOptions): Promise<void> {
    await this.#call('renewLease', {
      storageIndex: storageIndexArg(storageIndex),
      renewSecret: bytesArg(renewSecret, 'the renew secret')
    }, options)
  }

  async adviseCorruptShare (type: ShareType, storageIndex: Uint8Array, shareNumber: number, reason: string, options?: CallOptions): Promise<void> {
    await this.#call('adviseCorruptShare', {
      shareType: shareTypeArg(type),
      storageIndex: storageIndexArg(storageIndex),
      shareNumber: checkShareNumber(shareNumber),
      reason: typeof reason === 'string' ? reason : String(reason)
    }, options)
  }

  async close (): Promise<void> {
    this.#closed = true
    const session = this.#session
    this.#session = undefined
    await session?.close()
  }

  /** Sends one request and returns its result, or throws the error its status stands for. */
  async #call<K extends OperationKind> (kind: K, body: OutgoingBody<K>, options?: CallOptions): Promise<ResponseResult<K>> {
    const signal = options?.signal
    if (signal?.aborted === true) throw new StorageAbortedError('the call was aborted before it was sent')
    const session = await this.#liveSession(signal)
    const response = await session.call(kind, body, signal)
    return resultOf(response, kind)
  }

  async #liveSession (signal?: AbortSignal): Promise<ClientSession> {
    if (this.#closed) throw new ClientClosedError('the storage client was closed')
    if (this.#session?.usable === true) return this.#session
    this.#opening ??= this.#open().finally(() => { this.#opening = undefined })
    return await raceCallerSignal(this.#opening, signal)
  }

  async #open (): Promise<ClientSession> {
    const timeoutMs = this.#dialTimeoutMs
    const controller = new AbortController()
    let stream: Stream | undefined
    let dialError: unknown
    try {
      // The deadline holds even against a dialler that ignores its signal.
      await waitWithDeadline((done, fail) => {
        this.#components.dialProtocol(this.peerId, this.#protocol, { signal: controller.signal }).then(opened => {
          if (controller.signal.aborted) opened.abort(new Error('storage stream opened after its dial deadline'))
          else stream = opened
          done()
        }, (err: unknown) => {
          dialError = err
          fail(new DialFailedError('could not open a stream to the storage server', { cause: err }))
        })
        return () => {}
      }, timeoutMs, () => new DialTimeoutError(timeoutMs))
    } catch (err: unknown) {
      controller.abort(err)
      this.#log('could not open a storage stream to %p: %s', this.peerId, dialError instanceof Error ? dialError.name : describeTimeout(err))
      throw err
    }
    if (stream == null) throw new DialFailedError('the dial produced no stream')
    if (this.#closed) {
      stream.abort(new ClientClosedError('the storage client was closed'))
      throw new ClientClosedError('the storage client was closed')
    }
    this.#session = new ClientSession(stream, this.#sessionOptions)
    return this.#session
  }
}

function describeTimeout (err: unknown): string {
  return err instanceof Error ? err.name : 'unknown'
}

/** The result of the kind asked for, or the error the status stands for. */
function resultOf<K extends OperationKind> (response: ResponseMessage, kind: K): ResponseResult<K> {
  if (response.status !== Status.OK) throw errorForStatus(response.status, response.message)
  if (responseKind(response) !== kind) throw new RemoteProtocolError(`the storage server answered ${kind} with another kind of result`)
  return response[kind] as ResponseResult<K>
}

/** Waits on a shared promise, but lets one caller stop waiting with its own signal. */
async function raceCallerSignal<T> (promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal == null) return await promise
  let onAbort: (() => void) | undefined
  try {
    return await Promise.race([promise, new Promise<never>((_resolve, reject) => {
      onAbort = () => { reject(new StorageAbortedError('the call was aborted', { cause: abortReason(signal) })) }
      if (signal.aborted) onAbort()
      else signal.addEventListener('abort', onAbort, { once: true })
    })])
  } finally {
    if (onAbort != null) signal.removeEventListener('abort', onAbort)
  }
}

/** `remoteStorageServer(init)(components)`: a StorageServer that talks to one peer over `/lafs/storage/1`. */
export function remoteStorageServer (init: RemoteStorageServerInit): (components: RemoteStorageServerComponents) => RemoteStorageServer {
  return (components) => new RemoteStorageServerImpl(init, components)
}

