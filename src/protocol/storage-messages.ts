/**
 * The generated codec of proto/storage.proto under shorter names, and the
 * operation kinds both ends switch on. Decoding goes through `decodeRequest`
 * and `decodeResponse`, which turn whatever protobufjs throws on bad bytes
 * into a MalformedMessageError.
 */
import { lafs } from './generated/storage.js'
import { MalformedMessageError } from './errors.js'

export const wire = lafs.storage.v1
export const Status = wire.Status
export type Status = lafs.storage.v1.Status
export const WireShareType = wire.ShareType
export type WireShareType = lafs.storage.v1.ShareType

export type RequestMessage = lafs.storage.v1.Request.$Properties
export type ResponseMessage = lafs.storage.v1.Response.$Properties

/** The operations, named as the members of Request.body and Response.result. */
export type OperationKind = NonNullable<lafs.storage.v1.Request['body']>

export const OPERATION_KINDS: readonly OperationKind[] = Object.freeze([
  'getVersion', 'allocateBuckets', 'writeBucket', 'closeBucket', 'abortBucket', 'listBuckets',
  'readBucket', 'slotReadv', 'slotTestvAndReadvAndWritev', 'addLease', 'renewLease', 'adviseCorruptShare'
])

/** The body message of each operation, as decoded. */
export type RequestBody<K extends OperationKind> = NonNullable<RequestMessage[K]>
/**
 * A request body as a client hands it over: a bucket write's data may be
 * in pieces, which go on the wire as the one bytes field they add up to.
 */
export type OutgoingBody<K extends OperationKind> = K extends 'writeBucket'
  ? Omit<RequestBody<'writeBucket'>, 'data'> & { data?: Uint8Array | readonly Uint8Array[] | null }
  : RequestBody<K>
/** The result message of each operation. */
export type ResponseResult<K extends OperationKind> = NonNullable<ResponseMessage[K]>

export function encodeRequest (request: RequestMessage): Uint8Array {
  return wire.Request.encode(request).finish()
}

export function encodeResponse (response: ResponseMessage): Uint8Array {
  return wire.Response.encode(response).finish()
}

export function decodeRequest (bytes: Uint8Array): lafs.storage.v1.Request {
  try {
    return wire.Request.decode(bytes)
  } catch (err: unknown) {
    throw new MalformedMessageError('the frame is not a storage request', { cause: err })
  }
}

export function decodeResponse (bytes: Uint8Array): lafs.storage.v1.Response {
  try {
    return wire.Response.decode(bytes)
  } catch (err: unknown) {
    throw new MalformedMessageError('the frame is not a storage response', { cause: err })
  }
}

/** The operation a request names, if exactly one body member is set. */
export function requestKind (request: lafs.storage.v1.Request): OperationKind | undefined {
  const kind = request.body
  return kind != null && request[kind] != null ? kind : undefined
}

/** The result kind a response carries, if any. */
export function responseKind (response: lafs.storage.v1.Response): OperationKind | undefined {
  const kind = response.result
  return kind != null && response[kind] != null ? kind : undefined
}
