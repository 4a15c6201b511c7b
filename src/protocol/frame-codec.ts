/**
 * Requests and replies as whole frames (length prefix and protobuf body),
 * so that each goes to the stream in one send: one muxer frame and one
 * window update rather than two of each.
 *
 * The two calls that carry bulk bytes (a bucket write, a bucket read's
 * reply) are laid out by hand around the generated encoders: everything
 * before the bulk bytes goes in one small buffer, and a large bulk field
 * (which a bucket write may give in pieces) follows it as further pieces of
 * the same frame, not copied at all (the muxer and Noise take a list of
 * pieces; Noise's output is the first copy). protobufjs would copy the bytes three or four times (into its growing
 * buffer, shifted by each enclosing length, and out again). The bulk field
 * is the last field of the last field, so the result is byte for byte the
 * generated encoding (which leaves out empty bytes: those frames are built
 * by it). The caller must leave the bulk bytes unchanged until the frame is sent.
 */
import protobuf from 'protobufjs/minimal.js'
import { Uint8ArrayList } from 'uint8arraylist'
import { varintLength, writeVarint } from './framing.js'
import type { lafs } from './generated/storage.js'
import {
  Status, wire, type OperationKind, type OutgoingBody, type RequestMessage, type ResponseMessage, type ResponseResult
} from './storage-messages.js'

/** Field numbers in proto/storage.proto of the bulk paths. */
const REQUEST_WRITE_BUCKET_FIELD = 12
const WRITE_BUCKET_DATA_FIELD = 3
const RESPONSE_READ_BUCKET_FIELD = 16
const READ_BUCKET_DATA_FIELD = 1
const LENGTH_DELIMITED = 2

export interface EncodedFrame {
  /** Length prefix and body: one buffer, or a small head and the bulk bytes themselves. */
  bytes: Uint8Array | Uint8ArrayList
  /** Bytes of the body alone (what the frame limit applies to). */
  bodyLength: number
}

/**
 * Bulk bytes up to this size are copied into the frame's head: a second
 * piece costs the muxer, Noise and the socket a step each, which is more
 * than copying a few kilobytes.
 */
export const COPY_BULK_UP_TO = 8 * 1024

const tag = (field: number): number => (field << 3) | LENGTH_DELIMITED

/** A frame of a body already encoded by protobufjs: one copy out of the writer. */
function finishFrame (writer: protobuf.Writer): EncodedFrame {
  const bodyLength = writer.len
  const prefixLength = varintLength(bodyLength)
  const bytes = Buffer.allocUnsafe(prefixLength + bodyLength)
  writeVarint(bytes, 0, bodyLength)
  writer.finishInto(bytes, prefixLength)
  return { bytes, bodyLength }
}

/**
 * outerHead, then field `bodyField` holding (innerHead, then field
 * `dataField` holding `data`, or the concatenation of its pieces, then
 * innerTail: fields numbered after the data): data copied into the head
 * when small, otherwise sent as it is.
 */
function frameWithBulk (
  outerHead: Uint8Array, bodyField: number, innerHead: Uint8Array, dataField: number, bulk: Uint8Array | readonly Uint8Array[], innerTail: Uint8Array = new Uint8Array(0)
): EncodedFrame {
  const pieces = bulk instanceof Uint8Array ? [bulk] : bulk
  const dataLength = pieces.reduce((sum, piece) => sum + piece.length, 0)
  const innerLength = innerHead.length + varintLength(tag(dataField)) + varintLength(dataLength) + dataLength + innerTail.length
  const bodyLength = outerHead.length + varintLength(tag(bodyField)) + varintLength(innerLength) + innerLength
  const frameLength = varintLength(bodyLength) + bodyLength
  const copied = dataLength <= COPY_BULK_UP_TO
  const head = Buffer.allocUnsafe(copied ? frameLength : frameLength - dataLength - innerTail.length)
  let pos = writeVarint(head, 0, bodyLength)
  head.set(outerHead, pos)
  pos = writeVarint(head, pos + outerHead.length, tag(bodyField))
  pos = writeVarint(head, pos, innerLength)
  head.set(innerHead, pos)
  pos = writeVarint(head, pos + innerHead.length, tag(dataField))
  pos = writeVarint(head, pos, dataLength)
  if (!copied) return { bytes: innerTail.length === 0 ? new Uint8ArrayList(head, ...pieces) : new Uint8ArrayList(head, ...pieces, innerTail), bodyLength }
  for (const piece of pieces) {
    head.set(piece, pos)
    pos += piece.length
  }
  head.set(innerTail, pos)
  return { bytes: head, bodyLength }
}

/** The frame of one request. */
export function requestFrame<K extends OperationKind> (id: number, kind: K, body: OutgoingBody<K>): EncodedFrame {
  if (kind === 'writeBucket') {
    const { data, ...fields } = body as OutgoingBody<'writeBucket'>
    const { closeWhenWritten, ...rest } = fields
    const pieces = data instanceof Uint8Array ? [data] : data ?? []
    if (pieces.some(piece => piece.length > 0)) {
      // `closeWhenWritten` is numbered after the data, so it follows the bulk bytes.
      return frameWithBulk(
        wire.Request.encode({ id }).finish(), REQUEST_WRITE_BUCKET_FIELD,
        wire.WriteBucketRequest.encode(rest).finish(), WRITE_BUCKET_DATA_FIELD, pieces,
        closeWhenWritten == null ? undefined : wire.WriteBucketRequest.encode({ closeWhenWritten }).finish())
    }
    // No data at all: the generated encoder leaves the field out.
    const request: RequestMessage = { id, writeBucket: fields }
    return finishFrame(wire.Request.encode(request))
  }
  const request: RequestMessage = { id, [kind]: body }
  return finishFrame(wire.Request.encode(request))
}

/** The frame of a successful reply. */
export function resultFrame<K extends OperationKind> (id: number, kind: K, result: ResponseResult<K>): EncodedFrame {
  if (kind === 'readBucket') {
    const { data, ...rest } = result as lafs.storage.v1.ReadBucketResult.$Properties
    if (data instanceof Uint8Array && data.length > 0) {
      return frameWithBulk(
        wire.Response.encode({ id, status: Status.OK }).finish(), RESPONSE_READ_BUCKET_FIELD,
        wire.ReadBucketResult.encode(rest).finish(), READ_BUCKET_DATA_FIELD, data)
    }
  }
  const response: ResponseMessage = { id, status: Status.OK, [kind]: result }
  return finishFrame(wire.Response.encode(response))
}

/** The frame of any reply (errors, and replies built whole). */
export function responseFrame (response: ResponseMessage): EncodedFrame {
  return finishFrame(wire.Response.encode(response))
}
