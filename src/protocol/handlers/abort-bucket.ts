import { bucketFromWire } from './fields.js'
import type { OperationHandler } from './types.js'

/** BucketWriter.abort: the partial upload is deleted. */
export const abortBucket: OperationHandler<'abortBucket'> = async (body, { storage, signal }) => {
  await storage.abortBucket(bucketFromWire(body.bucket), { signal })
  return {}
}
