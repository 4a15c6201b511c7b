import { checkReadVector, checkShareNumbers, checkStorageIndex } from '../../actors/storage/validate.js'
import { MAX_SHARES_PER_CALL, shareReadDataToWire } from './fields.js'
import type { OperationHandler } from './types.js'

/** slot_readv: read vectors applied to some (or, with none named, all) mutable shares. */
export const slotReadv: OperationHandler<'slotReadv'> = async (body, { storage, signal }) => {
  const storageIndex = checkStorageIndex(body.storageIndex)
  const shareNumbers = checkShareNumbers(body.shareNumbers ?? [], MAX_SHARES_PER_CALL)
  const readVector = checkReadVector(body.readVector ?? [])
  const data = await storage.slotReadv(storageIndex, shareNumbers, readVector, { signal })
  return { shares: shareReadDataToWire(data) }
}
