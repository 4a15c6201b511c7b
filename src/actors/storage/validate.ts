/**
 * Checks on every input a StorageServer receives, run before the disk is
 * touched. Messages name the faulty field but never echo a secret.
 */
import { concatBytes } from '../../bytes.js'
import {
  MAX_CALL_SIZE, MAX_SHARES_PER_ALLOCATION, MAX_VECTOR_ENTRIES, SECRET_SIZE,
  SHARE_NUMBER_LIMIT, STORAGE_INDEX_SIZE
} from './constants.js'
import { BadRequestError, BadShareNumberError, BadStorageIndexError, DataTooLargeError } from './errors.js'
import type { LeaseSecrets } from '../../crypto/lease.js'
import type {
  AllocateRequest, BucketRef, ReadVector, TestAndSetRequest, TestAndWrite, TestVector, WriteVector
} from './interface.js'

export function checkStorageIndex (storageIndex: unknown): Uint8Array {
  if (!(storageIndex instanceof Uint8Array)) throw new BadStorageIndexError('the storage index must be bytes')
  if (storageIndex.length !== STORAGE_INDEX_SIZE) {
    throw new BadStorageIndexError(`a storage index is ${STORAGE_INDEX_SIZE} bytes, not ${storageIndex.length}`)
  }
  return storageIndex
}

export function checkShareNumber (shareNumber: unknown): number {
  if (typeof shareNumber !== 'number' || !Number.isInteger(shareNumber) || shareNumber < 0 || shareNumber >= SHARE_NUMBER_LIMIT) {
    throw new BadShareNumberError(`a share number is an integer in 0..${SHARE_NUMBER_LIMIT - 1}, not ${String(shareNumber)}`)
  }
  return shareNumber
}

/** Checks a list of share numbers and returns it without duplicates, in the order given. */
export function checkShareNumbers (shareNumbers: unknown, limit = MAX_SHARES_PER_ALLOCATION): number[] {
  if (!Array.isArray(shareNumbers)) throw new BadRequestError('share numbers must be a list')
  if (shareNumbers.length > limit) throw new BadRequestError(`at most ${limit} share numbers per call, not ${shareNumbers.length}`)
  const seen = new Set<number>()
  for (const shareNumber of shareNumbers) seen.add(checkShareNumber(shareNumber))
  return [...seen]
}

/** A non-negative safe integer (offsets, lengths, sizes). */
export function checkNonNegative (value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new BadRequestError(`${what} must be a non-negative integer`)
  }
  return value
}

/** A length that one call may carry. */
export function checkCallLength (value: unknown, what: string, max = MAX_CALL_SIZE): number {
  const length = checkNonNegative(value, what)
  if (length > max) throw new BadRequestError(`${what} is ${length} bytes; one call carries at most ${max}`)
  return length
}

export function checkBytes (value: unknown, what: string, max = MAX_CALL_SIZE): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new BadRequestError(`${what} must be bytes`)
  if (value.length > max) throw new BadRequestError(`${what} is ${value.length} bytes; one call carries at most ${max}`)
  return value
}

/** Data given in pieces, checked piece by piece and joined (for an in-process write). */
export function checkPieces (pieces: readonly unknown[], what: string, max = MAX_CALL_SIZE): Uint8Array {
  let total = 0
  for (const piece of pieces) total += checkBytes(piece, what, max).length
  if (total > max) throw new BadRequestError(`${what} is ${total} bytes; one call carries at most ${max}`)
  return concatBytes(pieces as Uint8Array[])
}

export function checkSecret (value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== SECRET_SIZE) {
    throw new BadRequestError(`the ${what} must be ${SECRET_SIZE} bytes`)
  }
  return value
}

function checkList (value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new BadRequestError(`${what} must be a list`)
  if (value.length > MAX_VECTOR_ENTRIES) throw new BadRequestError(`${what} has more than ${MAX_VECTOR_ENTRIES} entries`)
  return value
}

function field (entry: unknown, name: string, what: string): unknown {
  if (typeof entry !== 'object' || entry === null) throw new BadRequestError(`each entry of ${what} must be an object`)
  return (entry as Record<string, unknown>)[name]
}

/** A read vector whose lengths add up to at most one call's worth. */
export function checkReadVector (value: unknown, max = MAX_CALL_SIZE, what = 'the read vector'): ReadVector[] {
  let total = 0
  const out = checkList(value, what).map(entry => {
    const offset = checkNonNegative(field(entry, 'offset', what), `an offset in ${what}`)
    const length = checkCallLength(field(entry, 'length', what), `a length in ${what}`, max)
    total += length
    return { offset, length }
  })
  if (total > max) throw new BadRequestError(`${what} asks for ${total} bytes; one call carries at most ${max}`)
  return out
}

export function checkTestVector (value: unknown, max = MAX_CALL_SIZE, what = 'a test vector'): TestVector[] {
  return checkList(value, what).map(entry => ({
    offset: checkNonNegative(field(entry, 'offset', what), `an offset in ${what}`),
    length: checkCallLength(field(entry, 'length', what), `a length in ${what}`, max),
    specimen: checkBytes(field(entry, 'specimen', what), `a specimen in ${what}`, max)
  }))
}

export function checkWriteVector (value: unknown, max = MAX_CALL_SIZE, what = 'a write vector'): WriteVector[] {
  return checkList(value, what).map(entry => {
    const offset = checkNonNegative(field(entry, 'offset', what), `an offset in ${what}`)
    const data = checkBytes(field(entry, 'data', what), `data in ${what}`, max)
    if (!Number.isSafeInteger(offset + data.length)) throw new BadRequestError(`a write in ${what} ends past the largest offset`)
    return { offset, data }
  })
}

export function checkLeaseSecrets (secrets: unknown): LeaseSecrets {
  if (typeof secrets !== 'object' || secrets === null) throw new BadRequestError('lease secrets are missing')
  const { renewSecret, cancelSecret } = secrets as Partial<LeaseSecrets>
  return { renewSecret: checkSecret(renewSecret, 'lease renew secret'), cancelSecret: checkSecret(cancelSecret, 'lease cancel secret') }
}

export function checkAllocateRequest (request: AllocateRequest): AllocateRequest {
  if (typeof request !== 'object' || request === null) throw new BadRequestError('the allocation request is missing')
  const shareNumbers = checkShareNumbers(request.shareNumbers)
  const allocatedSize = checkNonNegative(request.allocatedSize, 'the allocated size')
  const checked: AllocateRequest = {
    storageIndex: checkStorageIndex(request.storageIndex),
    ...checkLeaseSecrets(request),
    uploadSecret: checkSecret(request.uploadSecret, 'upload secret'),
    shareNumbers,
    allocatedSize
  }
  if (request.initialData !== undefined) checked.initialData = checkInitialData(request.initialData, shareNumbers, allocatedSize)
  if (request.closeWritten !== undefined) checked.closeWritten = checkCloseWritten(request.closeWritten)
  return checked
}

/** AllocateRequest.closeWritten: a boolean when given. */
export function checkCloseWritten (value: unknown): boolean {
  if (typeof value !== 'boolean') throw new BadRequestError('closeWritten must be true or false')
  return value
}

/** Initial share contents as the wire lists them ({ shareNumber, data } entries, each share once), checked as checkInitialData does. */
export function initialDataFromList (value: unknown, shareNumbers: readonly number[], allocatedSize: number): Map<number, Uint8Array> {
  const what = 'the initial data'
  const entries = new Map<unknown, unknown>()
  for (const entry of checkList(value, what)) {
    const shareNumber = field(entry, 'shareNumber', what)
    if (entries.has(shareNumber)) throw new BadRequestError(`${what} names share ${String(shareNumber)} more than once`)
    entries.set(shareNumber, field(entry, 'data', what))
  }
  return checkInitialData(entries, shareNumbers, allocatedSize)
}

/** Initial share contents: only for requested shares, each within the allocated size, all within one call. */
export function checkInitialData (value: unknown, shareNumbers: readonly number[], allocatedSize: number): Map<number, Uint8Array> {
  if (!(value instanceof Map)) throw new BadRequestError('initial data must map share numbers to bytes')
  const requested = new Set(shareNumbers)
  const out = new Map<number, Uint8Array>()
  let total = 0
  for (const [key, data] of value as Map<unknown, unknown>) {
    const shareNumber = checkShareNumber(key)
    if (!requested.has(shareNumber)) throw new BadRequestError(`initial data for share ${shareNumber}, which is not requested`)
    if (!(data instanceof Uint8Array)) throw new BadRequestError(`the initial data of share ${shareNumber} must be bytes`)
    if (data.length > allocatedSize) {
      throw new DataTooLargeError(`the initial data of share ${shareNumber} is ${data.length} bytes, more than the allocated size ${allocatedSize}`)
    }
    total += data.length
    if (total > MAX_CALL_SIZE) throw new BadRequestError(`initial data over ${MAX_CALL_SIZE} bytes in one call`)
    out.set(shareNumber, data)
  }
  return out
}

export function checkBucketRef (bucket: BucketRef): BucketRef {
  if (typeof bucket !== 'object' || bucket === null) throw new BadRequestError('the bucket reference is missing')
  return {
    storageIndex: checkStorageIndex(bucket.storageIndex),
    shareNumber: checkShareNumber(bucket.shareNumber),
    uploadSecret: checkSecret(bucket.uploadSecret, 'upload secret')
  }
}

/**
 * A test-and-set request whose tests read, and whose specimens and writes
 * carry, at most one call's worth of bytes each.
 */
export function checkTestAndSetRequest (request: TestAndSetRequest, max = MAX_CALL_SIZE): TestAndSetRequest {
  if (typeof request !== 'object' || request === null) throw new BadRequestError('the test-and-set request is missing')
  const storageIndex = checkStorageIndex(request.storageIndex)
  const secrets = request.secrets
  if (typeof secrets !== 'object' || secrets === null) throw new BadRequestError('the slot secrets are missing')
  const checkedSecrets = { writeEnabler: checkSecret(secrets.writeEnabler, 'write enabler'), ...checkLeaseSecrets(secrets) }
  if (!(request.testAndWrite instanceof Map)) throw new BadRequestError('the test-and-write vectors must be a map by share number')
  const testAndWrite = new Map<number, TestAndWrite>()
  let tested = 0
  let carried = 0
  for (const [shareNumber, entry] of request.testAndWrite) {
    const what = `the vectors of share ${checkShareNumber(shareNumber)}`
    if (typeof entry !== 'object' || entry === null) throw new BadRequestError(`${what} are missing`)
    const test = checkTestVector(entry.test, max, `the test vector of share ${shareNumber}`)
    const write = checkWriteVector(entry.write, max, `the write vector of share ${shareNumber}`)
    const newLength = entry.newLength === undefined ? undefined : checkNonNegative(entry.newLength, `the new length of share ${shareNumber}`)
    for (const vector of test) { tested += vector.length; carried += vector.specimen.length }
    for (const vector of write) carried += vector.data.length
    testAndWrite.set(shareNumber, newLength === undefined ? { test, write } : { test, write, newLength })
  }
  if (tested > max) throw new BadRequestError(`the tests read ${tested} bytes; one call may read at most ${max}`)
  if (carried > max) throw new BadRequestError(`the request carries ${carried} bytes; one call carries at most ${max}`)
  return { storageIndex, secrets: checkedSecrets, testAndWrite, readVector: checkReadVector(request.readVector, max) }
}
