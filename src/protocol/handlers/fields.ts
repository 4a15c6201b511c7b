/**
 * Field checks shared by several handlers: a bucket reference, the secrets
 * of a mutable write, read results. Single fields use the storage actor's
 * own checks, so both ends reject bad input with the same error classes.
 */
import { SHARE_NUMBER_LIMIT } from '../../actors/storage/constants.js'
import { BadRequestError } from '../../actors/storage/errors.js'
import type { BucketRef, MutableSecrets } from '../../actors/storage/interface.js'
import { checkSecret, checkShareNumber, checkStorageIndex } from '../../actors/storage/validate.js'
import type { lafs } from '../generated/storage.js'

type WireBucketRef = lafs.storage.v1.BucketRef.$Properties
type WireShareReadData = lafs.storage.v1.ShareReadData.$Properties

export function bucketFromWire (bucket: WireBucketRef | null | undefined): BucketRef {
  if (bucket == null) throw new BadRequestError('the request names no bucket')
  return {
    storageIndex: checkStorageIndex(bucket.storageIndex),
    shareNumber: checkShareNumber(bucket.shareNumber),
    uploadSecret: checkSecret(bucket.uploadSecret, 'upload secret')
  }
}

export interface WireMutableSecrets {
  writeEnabler?: Uint8Array | null
  renewSecret?: Uint8Array | null
  cancelSecret?: Uint8Array | null
}

export function mutableSecretsFromWire (body: WireMutableSecrets): MutableSecrets {
  return {
    writeEnabler: checkSecret(body.writeEnabler, 'write enabler'),
    renewSecret: checkSecret(body.renewSecret, 'renew secret'),
    cancelSecret: checkSecret(body.cancelSecret, 'cancel secret')
  }
}

/** A list whose length must not exceed `max` (vector and share counts). */
export function checkCount<T> (list: T[] | null | undefined, max: number, what: string): T[] {
  const items = list ?? []
  if (items.length > max) throw new BadRequestError(`${what} has ${items.length} entries; at most ${max} are allowed`)
  return items
}

/** Read results by share number, as the wire carries them (ordered by share number). */
export function shareReadDataToWire (data: Map<number, Uint8Array[]>): WireShareReadData[] {
  return [...data.entries()]
    .sort(([a], [b]) => a - b)
    .map(([shareNumber, chunks]) => ({ shareNumber, data: chunks }))
}

export const MAX_SHARES_PER_CALL = SHARE_NUMBER_LIMIT
