import { checkCallLength, checkNonNegative, checkShareNumber, checkStorageIndex } from '../../actors/storage/validate.js'
import type { OperationHandler } from './types.js'

/** BucketReader.read: a byte range of a closed share, cut at its end. */
export const readBucket: OperationHandler<'readBucket'> = async (body, { storage, signal }) => {
  const storageIndex = checkStorageIndex(body.storageIndex)
  const shareNumber = checkShareNumber(body.shareNumber)
  const offset = checkNonNegative(body.offset, 'the offset')
  const length = checkCallLength(body.length, 'the length')
  const data = await storage.readBucket(storageIndex, shareNumber, offset, length, { signal })
  return { data }
}
