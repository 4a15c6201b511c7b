import { bucketFromWire } from './fields.js'
import type { OperationHandler } from './types.js'

/** BucketWriter.close: the upload becomes a share that is served. */
export const closeBucket: OperationHandler<'closeBucket'> = async (body, { storage, signal }) => {
  await storage.closeBucket(bucketFromWire(body.bucket), { signal })
  return {}
}
