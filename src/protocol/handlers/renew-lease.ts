import { checkSecret, checkStorageIndex } from '../../actors/storage/validate.js'
import type { OperationHandler } from './types.js'

/** renew_lease: renew an existing lease; NO_SUCH_LEASE when none matches. */
export const renewLease: OperationHandler<'renewLease'> = async (body, { storage, signal }) => {
  const storageIndex = checkStorageIndex(body.storageIndex)
  await storage.renewLease(storageIndex, checkSecret(body.renewSecret, 'renew secret'), { signal })
  return {}
}
