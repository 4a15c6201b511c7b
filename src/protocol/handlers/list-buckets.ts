import { checkStorageIndex } from '../../actors/storage/validate.js'
import type { OperationHandler } from './types.js'

/** get_buckets: the closed immutable shares held for a storage index. */
export const listBuckets: OperationHandler<'listBuckets'> = async (body, { storage, signal }) => {
  const shareNumbers = await storage.listBuckets(checkStorageIndex(body.storageIndex), { signal })
  return { shareNumbers }
}
