/**
 * The dispatch table of `/lafs/storage/1`: one handler per operation,
 * looked up by the member set in Request.body.
 */
import { abortBucket } from './abort-bucket.js'
import { addLease } from './add-lease.js'
import { adviseCorruptShare } from './advise-corrupt-share.js'
import { allocateBuckets } from './allocate-buckets.js'
import { closeBucket } from './close-bucket.js'
import { getVersion } from './get-version.js'
import { listBuckets } from './list-buckets.js'
import { readBucket } from './read-bucket.js'
import { renewLease } from './renew-lease.js'
import { slotReadv } from './slot-readv.js'
import { slotTestvAndReadvAndWritev } from './slot-testv-and-readv-and-writev.js'
import type { HandlerTable } from './types.js'
import { writeBucket } from './write-bucket.js'

export type { HandlerContext, HandlerTable, OperationHandler } from './types.js'

export const HANDLERS: HandlerTable = Object.freeze({
  getVersion,
  allocateBuckets,
  writeBucket,
  closeBucket,
  abortBucket,
  listBuckets,
  readBucket,
  slotReadv,
  slotTestvAndReadvAndWritev,
  addLease,
  renewLease,
  adviseCorruptShare
})
