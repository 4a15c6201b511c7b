import { MAX_SHARES_PER_ALLOCATION } from '../../actors/storage/constants.js'
import {
  checkNonNegative, checkSecret, checkShareNumbers, checkStorageIndex, initialDataFromList
} from '../../actors/storage/validate.js'
import type { OperationHandler } from './types.js'

/** allocate_buckets: open upload buckets for the share numbers not already held (and close those sent whole, when asked). */
export const allocateBuckets: OperationHandler<'allocateBuckets'> = async (body, { storage, signal }) => {
  const shareNumbers = checkShareNumbers(body.shareNumbers ?? [], MAX_SHARES_PER_ALLOCATION)
  const allocatedSize = checkNonNegative(body.allocatedSize, 'the allocated size')
  const initialData = initialDataFromList(body.initialData ?? [], shareNumbers, allocatedSize)
  const request = {
    storageIndex: checkStorageIndex(body.storageIndex),
    renewSecret: checkSecret(body.renewSecret, 'renew secret'),
    cancelSecret: checkSecret(body.cancelSecret, 'cancel secret'),
    uploadSecret: checkSecret(body.uploadSecret, 'upload secret'),
    shareNumbers,
    allocatedSize,
    ...(initialData.size > 0 ? { initialData } : {}),
    ...(body.closeWritten === true ? { closeWritten: true } : {})
  }
  const result = await storage.allocateBuckets(request, { signal })
  return { alreadyHave: result.alreadyHave, allocated: result.allocated, initialDataWritten: result.initialDataWritten, closed: result.closed }
}
