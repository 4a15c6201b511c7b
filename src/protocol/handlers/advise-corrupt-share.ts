import { BadRequestError } from '../../actors/storage/errors.js'
import type { ShareType } from '../../actors/storage/interface.js'
import { checkShareNumber, checkStorageIndex } from '../../actors/storage/validate.js'
import { WireShareType } from '../storage-messages.js'
import type { OperationHandler } from './types.js'

function shareTypeFromWire (type: number | null | undefined): ShareType {
  if (type === WireShareType.IMMUTABLE) return 'immutable'
  if (type === WireShareType.MUTABLE) return 'mutable'
  throw new BadRequestError('the share type must be immutable or mutable')
}

/** advise_corrupt_share: a client reports a share that failed its checks. */
export const adviseCorruptShare: OperationHandler<'adviseCorruptShare'> = async (body, { storage, signal }) => {
  const type = shareTypeFromWire(body.shareType)
  const storageIndex = checkStorageIndex(body.storageIndex)
  const shareNumber = checkShareNumber(body.shareNumber)
  const reason = typeof body.reason === 'string' ? body.reason : ''
  await storage.adviseCorruptShare(type, storageIndex, shareNumber, reason, { signal })
  return {}
}
