/**
 * Immutable buckets (spec h.1): allocate, write, close, abort, list, read.
 * An upload is written in `incoming/` and only a closed one, fsynced and
 * renamed into `shares/`, is ever listed or read. A share sent whole may be
 * closed in its allocation call (closeWritten), and then withdrawn by the
 * same upload for a while (withdrawals.ts). Each function runs with
 * the storage index's queue held and takes inputs already validated.
 */
import { renameSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { openDiskFile, type DiskFile } from './disk-file.js'
import { withDirectReads, withDirectWrites } from './direct-file.js'
import { dirname } from 'node:path'
import { secretsEqual } from '../../crypto/lease.js'
import { MAX_WRITTEN_RANGES } from './constants.js'
import type { ShareReader, StoreContext } from './context.js'
import { ensureDurableDir, fsyncDir, isMissing, readAt, removeEmptyDirs, writeAt } from './disk.js'
import {
  BadContainerError, BadRequestError, BadUploadSecretError, ConflictingWriteError, DataTooLargeError, NoSuchBucketError
} from './errors.js'
import {
  IMMUTABLE_HEADER_SIZE, addOrRenewImmutableLease, createImmutableContainer, readImmutableData, readImmutableLayout
} from './immutable-container.js'
import type { AllocateRequest, AllocateResult, BucketRef } from './interface.js'
import { ALLOCATION_LEASE_OWNER, leaseExpiration, makeLease } from './leases.js'
import { containerKind, listShareFiles } from './shares.js'
import { bucketDir, incomingSharePath, sharePath, storageIndexName } from './paths.js'
import type { OpenUpload } from './uploads.js'

export async function allocateBuckets (ctx: StoreContext, request: AllocateRequest): Promise<AllocateResult> {
  const { storageIndex, shareNumbers, allocatedSize, uploadSecret } = request
  const name = storageIndexName(storageIndex)
  const expiration = leaseExpiration(ctx.clock.now())
  const held = listShareFiles(ctx.paths, storageIndex)
  const alreadyHave: number[] = []
  for (const share of held) {
    if (share.kind !== 'immutable') continue
    alreadyHave.push(share.shareNumber)
    // This uploader now counts on the share: its own uploader can no longer take it back.
    ctx.withdrawable.countedBy(name, share.shareNumber, uploadSecret)
    const handle = openDiskFile(share.path, 'r+')
    try {
      await addOrRenewImmutableLease(handle, await readImmutableLayout(handle), ALLOCATION_LEASE_OWNER, request, expiration)
    } finally {
      await handle.close()
    }
  }

  const present = new Set(held.map(share => share.shareNumber))
  let remaining = (await ctx.availableSpace()) - ctx.uploads.pendingBytes()
  const allocated: number[] = []
  const initialDataWritten: number[] = []
  const toClose: StagedShare[] = []
  try {
    for (const shareNumber of shareNumbers) {
      if (present.has(shareNumber) || ctx.uploads.get(name, shareNumber) !== undefined) continue
      // With no space left at all nothing is allocated, not even an empty share.
      if (remaining <= 0 || remaining < allocatedSize) continue
      // Not made durable: nothing in incoming/ survives a restart. What is
      // durable is the share once closed (file and directories synced).
      const incomingPath = incomingSharePath(ctx.paths, storageIndex, shareNumber)
      const finalPath = sharePath(ctx.paths, storageIndex, shareNumber)
      const lease = makeLease(ALLOCATION_LEASE_OWNER, request, expiration, new Uint8Array(0), 'hashed')
      const data = request.initialData?.get(shareNumber)
      const handle = await createImmutableContainer(incomingPath, allocatedSize, lease, data)
      remaining -= allocatedSize
      allocated.push(shareNumber)
      if (data !== undefined) initialDataWritten.push(shareNumber)
      if (request.closeWritten === true && data !== undefined && data.length === allocatedSize) {
        toClose.push({ shareNumber, handle, incomingPath, finalPath })
        continue
      }
      await ctx.uploadFiles.adopt(incomingPath, { handle: withDirectWrites(handle, incomingPath) })
      const upload = ctx.uploads.open({
        storageIndex, storageIndexName: name, shareNumber, uploadSecret: Uint8Array.from(uploadSecret), allocatedSize, incomingPath, finalPath
      })
      if (data !== undefined && data.length > 0) upload.written.add(0, data.length)
    }
  } catch (err: unknown) {
    await discardStaged(ctx, toClose)
    throw err
  }
  const closed: number[] = []
  if (toClose.length > 0) {
    await commitShares(ctx, bucketDir(ctx.paths, storageIndex), toClose)
    for (const share of toClose) {
      ctx.withdrawable.record(name, share.shareNumber, Uint8Array.from(uploadSecret))
      closed.push(share.shareNumber)
    }
  }
  ctx.log('allocate %s: have %o, allocated %o, closed %o', name, alreadyHave, allocated, closed)
  return { alreadyHave, allocated, initialDataWritten, closed }
}

/** A share written whole in incoming/, to be put in place. */
interface StagedShare {
  shareNumber: number
  /** Its open file; absent when the share's file is kept in ctx.uploadFiles. */
  handle?: DiskFile
  incomingPath: string
  finalPath: string
}

/**
 * Puts written shares of one storage index in place: each file and the
 * share directory are made durable side by side, then each file is renamed
 * into the directory and the directory synced again. A share is never
 * renamed over a file already there. On failure every staged file is
 * removed (shares renamed before the failure stay, complete and durable).
 */
async function commitShares (ctx: StoreContext, finalDir: string, shares: readonly StagedShare[]): Promise<void> {
  try {
    const sync = async (share: StagedShare): Promise<void> => {
      if (share.handle !== undefined) await share.handle.sync()
      else await withFile(ctx, share.incomingPath, async handle => { await handle.sync() })
    }
    // Everything settles before anything else happens to the files, failure or not.
    const steps = await Promise.allSettled([...shares.map(sync), ensureDurableDir(finalDir)])
    for (const step of steps) if (step.status === 'rejected') throw step.reason
    for (const share of shares) {
      await closeStagedFile(ctx, share)
      // A share created meanwhile under the same number (a mutable one) must not be replaced.
      if (containerKind(share.finalPath) !== undefined) {
        throw new ConflictingWriteError(`share ${share.shareNumber} appeared while it was being uploaded`)
      }
      renameSync(share.incomingPath, share.finalPath)
    }
    await fsyncDir(finalDir)
  } catch (err: unknown) {
    await discardStaged(ctx, shares)
    throw err
  }
}

async function closeStagedFile (ctx: StoreContext, share: StagedShare): Promise<void> {
  if (share.handle !== undefined) await share.handle.close()
  else await ctx.uploadFiles.release(share.incomingPath)
}

/** Closes and deletes staged files still in incoming/. */
async function discardStaged (ctx: StoreContext, shares: readonly StagedShare[]): Promise<void> {
  for (const share of shares) {
    try {
      await closeStagedFile(ctx, share)
    } finally {
      await rm(share.incomingPath, { force: true })
    }
  }
}

/** The open upload a bucket reference names, if the caller holds its upload secret. */
function openUpload (ctx: StoreContext, bucket: BucketRef): OpenUpload {
  const upload = ctx.uploads.get(storageIndexName(bucket.storageIndex), bucket.shareNumber)
  if (upload === undefined) throw new NoSuchBucketError(`no upload in progress for share ${bucket.shareNumber}`)
  if (!secretsEqual(upload.uploadSecret, bucket.uploadSecret)) {
    throw new BadUploadSecretError(`the upload secret does not match the one share ${bucket.shareNumber} was allocated with`)
  }
  return upload
}

export async function writeBucket (ctx: StoreContext, bucket: BucketRef, offset: number, data: Uint8Array): Promise<void> {
  const upload = openUpload(ctx, bucket)
  ctx.uploads.touch(upload)
  const end = offset + data.length
  if (end > upload.allocatedSize) {
    throw new DataTooLargeError(`a write ending at ${end} passes the allocated size ${upload.allocatedSize}`)
  }
  if (upload.written.countAfterAdding(offset, end) > MAX_WRITTEN_RANGES) {
    throw new BadRequestError(`an upload may be written in at most ${MAX_WRITTEN_RANGES} separate ranges`)
  }
  await withFile(ctx, upload.incomingPath, async handle => {
    for (const range of upload.written.overlaps(offset, end)) {
      const before = await readAt(handle, IMMUTABLE_HEADER_SIZE + range.start, range.end - range.start)
      if (!Buffer.from(data.buffer, data.byteOffset + range.start - offset, range.end - range.start).equals(before)) {
        throw new ConflictingWriteError(`bytes ${range.start}..${range.end} were already written with other data`)
      }
    }
    await writeAt(handle, data, IMMUTABLE_HEADER_SIZE + offset)
  })
  upload.written.add(offset, end)
}

/**
 * Writes, then closes the bucket if the upload holds exactly `written`
 * bytes: a write the client made that never arrived, or failed, leaves it
 * short, and a share with a hole is never closed.
 */
export async function writeAndCloseBucket (ctx: StoreContext, bucket: BucketRef, offset: number, data: Uint8Array, written: number): Promise<void> {
  await writeBucket(ctx, bucket, offset, data)
  const held = openUpload(ctx, bucket).written.covered
  if (held !== written) throw new BadRequestError(`the upload holds ${held} bytes, not the ${written} its close was for: not closed`)
  await closeBucket(ctx, bucket)
}

/** Runs `job` with the file of an upload in progress, kept open in ctx.uploadFiles. */
async function withFile<T> (ctx: StoreContext, incomingPath: string, job: (handle: DiskFile) => Promise<T>): Promise<T> {
  return await ctx.uploadFiles.use(incomingPath, () => Promise.resolve({ handle: withDirectWrites(openDiskFile(incomingPath, 'r+'), incomingPath) }), async file => await job(file.handle))
}

/** Deletes an upload's file and forgets it; nothing of it is ever served. */
export async function discardUpload (ctx: StoreContext, upload: OpenUpload): Promise<void> {
  ctx.uploads.remove(upload)
  try {
    await ctx.uploadFiles.release(upload.incomingPath)
  } finally {
    await rm(upload.incomingPath, { force: true })
  }
}

export async function closeBucket (ctx: StoreContext, bucket: BucketRef): Promise<void> {
  const upload = openUpload(ctx, bucket)
  try {
    await commitShares(ctx, dirname(upload.finalPath), [upload])
  } finally {
    ctx.uploads.remove(upload)
  }
  ctx.log('closed %s share %d', upload.storageIndexName, upload.shareNumber)
}

/**
 * Drops an upload in progress; or, for a share this same upload closed
 * with its allocation, withdraws it while that is allowed (withdrawals.ts).
 */
export async function abortBucket (ctx: StoreContext, bucket: BucketRef): Promise<void> {
  const name = storageIndexName(bucket.storageIndex)
  if (ctx.uploads.get(name, bucket.shareNumber) === undefined && ctx.withdrawable.take(name, bucket.shareNumber, bucket.uploadSecret)) {
    const path = sharePath(ctx.paths, bucket.storageIndex, bucket.shareNumber)
    await ctx.shareReaders.release(path)
    await rm(path, { force: true })
    removeEmptyDirs(dirname(path), ctx.paths.shares)
    ctx.log('withdrew %s share %d', name, bucket.shareNumber)
    return
  }
  const upload = openUpload(ctx, bucket)
  await discardUpload(ctx, upload)
  ctx.log('aborted %s share %d', upload.storageIndexName, upload.shareNumber)
}

export function listBuckets (ctx: StoreContext, storageIndex: Uint8Array): number[] {
  const shares = listShareFiles(ctx.paths, storageIndex)
  return shares.filter(share => share.kind === 'immutable').map(share => share.shareNumber)
}

export async function readBucket (ctx: StoreContext, storageIndex: Uint8Array, shareNumber: number, offset: number, length: number): Promise<Uint8Array> {
  const path = sharePath(ctx.paths, storageIndex, shareNumber)
  return await ctx.shareReaders.use(path, async () => await openShareReader(ctx, path, shareNumber),
    async share => await readImmutableData(share.handle, share.layout, offset, length))
}

/** Opens a closed immutable share and reads its layout. */
async function openShareReader (ctx: StoreContext, path: string, shareNumber: number): Promise<ShareReader> {
  let handle
  try {
    handle = withDirectReads(openDiskFile(path, 'r'), path)
  } catch (err: unknown) {
    if (isMissing(err)) throw new NoSuchBucketError(`no immutable share ${shareNumber} here`)
    throw err
  }
  try {
    return { handle, layout: await readImmutableLayout(handle) }
  } catch (err: unknown) {
    await handle.close()
    if (err instanceof BadContainerError && containerKind(path) === 'mutable') {
      throw new NoSuchBucketError(`share ${shareNumber} is mutable, not immutable`)
    }
    throw err
  }
}
