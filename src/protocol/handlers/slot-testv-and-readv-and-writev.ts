import { BadRequestError } from '../../actors/storage/errors.js'
import type { TestAndWrite } from '../../actors/storage/interface.js'
import {
  checkNonNegative, checkReadVector, checkShareNumber, checkStorageIndex, checkTestVector, checkWriteVector
} from '../../actors/storage/validate.js'
import type { lafs } from '../generated/storage.js'
import { MAX_SHARES_PER_CALL, checkCount, mutableSecretsFromWire, shareReadDataToWire } from './fields.js'
import type { OperationHandler } from './types.js'

type WireShareTestAndWrite = lafs.storage.v1.ShareTestAndWrite.$Properties

/** One entry per share number; a share named twice is a malformed request. */
function testAndWriteFromWire (entries: WireShareTestAndWrite[]): Map<number, TestAndWrite> {
  const out = new Map<number, TestAndWrite>()
  for (const entry of entries) {
    const shareNumber = checkShareNumber(entry.shareNumber)
    if (out.has(shareNumber)) throw new BadRequestError(`share ${shareNumber} appears twice in the test-and-write vectors`)
    const testAndWrite: TestAndWrite = {
      test: checkTestVector(entry.test ?? []),
      write: checkWriteVector(entry.write ?? [])
    }
    if (entry.newLength != null) testAndWrite.newLength = checkNonNegative(entry.newLength, 'the new length')
    out.set(shareNumber, testAndWrite)
  }
  return out
}

/** slot_testv_and_readv_and_writev: Tahoe's mutable test-and-set (spec f.6). */
export const slotTestvAndReadvAndWritev: OperationHandler<'slotTestvAndReadvAndWritev'> = async (body, { storage, signal }) => {
  const storageIndex = checkStorageIndex(body.storageIndex)
  const secrets = mutableSecretsFromWire(body)
  const entries = checkCount(body.testAndWrite, MAX_SHARES_PER_CALL, 'the test-and-write vectors')
  const testAndWrite = testAndWriteFromWire(entries)
  const readVector = checkReadVector(body.readVector ?? [])
  const result = await storage.slotTestvAndReadvAndWritev({ storageIndex, secrets, testAndWrite, readVector }, { signal })
  return { success: result.success, shares: shareReadDataToWire(result.data) }
}
