/**
 * The client's half of the message mapping: StorageServer arguments to
 * request bodies, and result messages back to StorageServer values.
 *
 * Arguments are checked only as far as the wire needs to carry them
 * faithfully (a share number or offset that is not a safe non-negative
 * integer would be silently changed by the encoding); everything else is the
 * server's to judge, so the remote answers exactly as the local would.
 * Results are checked strictly: a server that answers out of bounds is
 * broken, and the caller gets a RemoteProtocolError.
 */
import { SHARE_NUMBER_LIMIT } from '../actors/storage/constants.js'
import { BadRequestError } from '../actors/storage/errors.js'
import type {
  BucketRef, ReadVector, ShareType, StorageVersion, TestAndWrite
} from '../actors/storage/interface.js'
import { checkNonNegative, checkShareNumber, checkStorageIndex } from '../actors/storage/validate.js'
import { RemoteProtocolError } from './errors.js'
import type { lafs } from './generated/storage.js'
import { WireShareType } from './storage-messages.js'


/** Bytes or the error the local server gives for something that is not bytes. */
export function bytesArg (value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new BadRequestError(`${what} must be bytes`)
  return value
}

export function storageIndexArg (value: unknown): Uint8Array {
  return value instanceof Uint8Array ? value : checkStorageIndex(value)
}

export function shareNumbersArg (value: unknown): number[] {
  if (!Array.isArray(value)) throw new BadRequestError('share numbers must be a list')
  return value.map(checkShareNumber)
}

export function bucketArg (bucket: BucketRef): lafs.storage.v1.BucketRef.$Properties {
  return {
    storageIndex: storageIndexArg(bucket.storageIndex),
    shareNumber: checkShareNumber(bucket.shareNumber),
    uploadSecret: bytesArg(bucket.uploadSecret, 'the upload secret')
  }
}

export function readVectorArg (readVector: ReadVector[]): lafs.storage.v1.ReadVector.$Properties[] {
  if (!Array.isArray(readVector)) throw new BadRequestError('the read vector must be a list')
  return readVector.map(entry => ({
    offset: checkNonNegative(entry.offset, 'an offset in the read vector'),
    length: checkNonNegative(entry.length, 'a length in the read vector')
  }))
}

export function testAndWriteArg (testAndWrite: Map<number, TestAndWrite>): lafs.storage.v1.ShareTestAndWrite.$Properties[] {
  if (!(testAndWrite instanceof Map)) throw new BadRequestError('the test-and-write vectors must be a map')
  return [...testAndWrite.entries()].map(([shareNumber, entry]) => {
    const out: lafs.storage.v1.ShareTestAndWrite.$Properties = {
      shareNumber: checkShareNumber(shareNumber),
      test: entry.test.map(test => ({
        offset: checkNonNegative(test.offset, 'an offset in a test vector'),
        length: checkNonNegative(test.length, 'a length in a test vector'),
        specimen: bytesArg(test.specimen, 'a specimen')
      })),
      write: entry.write.map(write => ({
        offset: checkNonNegative(write.offset, 'an offset in a write vector'),
        data: bytesArg(write.data, 'data in a write vector')
      }))
    }
    if (entry.newLength != null) out.newLength = checkNonNegative(entry.newLength, 'the new length')
    return out
  })
}

export function shareTypeArg (type: ShareType): lafs.storage.v1.ShareType {
  if (type === 'immutable') return WireShareType.IMMUTABLE
  if (type === 'mutable') return WireShareType.MUTABLE
  throw new BadRequestError('the share type must be immutable or mutable')
}

function wireNumber (value: number | null | undefined, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RemoteProtocolError(`the storage server sent an invalid ${what}`)
  }
  return value
}

export function versionResult (result: lafs.storage.v1.GetVersionResult.$Properties): StorageVersion {
  return {
    // uint64 sizes may exceed 2^53 (Tahoe's mutable ceiling does): kept as the nearest number.
    maximumImmutableShareSize: wireNumber(result.maximumImmutableShareSize, 'maximum immutable share size'),
    maximumMutableShareSize: wireNumber(result.maximumMutableShareSize, 'maximum mutable share size'),
    availableSpace: wireNumber(result.availableSpace, 'available space'),
    toleratesImmutableReadOverrun: result.toleratesImmutableReadOverrun === true,
    deleteMutableSharesWithZeroLengthWritev: result.deleteMutableSharesWithZeroLengthWritev === true,
    fillsHolesWithZeroBytes: result.fillsHolesWithZeroBytes === true,
    preventsReadPastEndOfShareData: result.preventsReadPastEndOfShareData === true,
    applicationVersion: typeof result.applicationVersion === 'string' ? result.applicationVersion : ''
  }
}

/** Share numbers from a reply: each in range, none twice. */
export function shareNumbersResult (list: number[] | null | undefined): number[] {
  const items = list ?? []
  if (items.length > SHARE_NUMBER_LIMIT) throw new RemoteProtocolError('the storage server listed too many shares')
  const seen = new Set<number>()
  for (const shareNumber of items) {
    if (!Number.isInteger(shareNumber) || shareNumber < 0 || shareNumber >= SHARE_NUMBER_LIMIT || seen.has(shareNumber)) {
      throw new RemoteProtocolError('the storage server listed an invalid share number')
    }
    seen.add(shareNumber)
  }
  return [...items]
}

/** A read reply may be shorter than asked (end of share), never longer. */
export function readResult (data: Uint8Array | null | undefined, length: number): Uint8Array {
  const bytes = data ?? new Uint8Array(0)
  if (bytes.length > length) throw new RemoteProtocolError('the storage server returned more bytes than asked for')
  return bytes
}

/** Read results by share number: one chunk per read vector, none longer than asked. */
export function shareReadDataResult (
  shares: lafs.storage.v1.ShareReadData.$Properties[] | null | undefined, readVector: ReadVector[]
): Map<number, Uint8Array[]> {
  const out = new Map<number, Uint8Array[]>()
  for (const share of shares ?? []) {
    const shareNumber = share.shareNumber ?? -1
    shareNumbersResult([shareNumber])
    if (out.has(shareNumber)) throw new RemoteProtocolError('the storage server sent a share twice')
    const chunks = share.data ?? []
    if (chunks.length !== readVector.length) {
      throw new RemoteProtocolError('the storage server sent a different number of reads than asked for')
    }
    out.set(shareNumber, chunks.map((chunk, i) => readResult(chunk, readVector[i]?.length ?? 0)))
  }
  return out
}
