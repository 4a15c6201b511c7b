import { checkBytes, checkNonNegative } from '../../actors/storage/validate.js'
import { bucketFromWire } from './fields.js'
import type { OperationHandler } from './types.js'

/** BucketWriter.write: bytes at an offset of an open upload; with `close`, then BucketWriter.close. */
export const writeBucket: OperationHandler<'writeBucket'> = async (body, { storage, signal }) => {
  const bucket = bucketFromWire(body.bucket)
  const offset = checkNonNegative(body.offset, 'the offset')
  const data = checkBytes(body.data, 'the data')
  if (body.closeWhenWritten != null) {
    const written = checkNonNegative(body.closeWhenWritten, 'the bytes written')
    return { closed: await storage.writeAndCloseBucket(bucket, offset, data, written, { signal }) }
  }
  await storage.writeBucket(bucket, offset, data, { signal })
  return {}
}
