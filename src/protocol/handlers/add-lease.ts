import { checkSecret, checkStorageIndex } from '../../actors/storage/validate.js'
import type { OperationHandler } from './types.js'

/** add_lease: renew the matching lease or add one, on every share of the index. */
export const addLease: OperationHandler<'addLease'> = async (body, { storage, signal }) => {
  const storageIndex = checkStorageIndex(body.storageIndex)
  const secrets = {
    renewSecret: checkSecret(body.renewSecret, 'renew secret'),
    cancelSecret: checkSecret(body.cancelSecret, 'cancel secret')
  }
  await storage.addLease(storageIndex, secrets, { signal })
  return {}
}
