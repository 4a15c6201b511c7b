/**
 * Immutable buckets (spec h.1): allocate, write, close, abort, list, read.
 * An upload is written in `incoming/` and only a closed one, fsynced and
 * renamed into `shares/`, is ever listed or read. Each function runs with
 * the storage index's queue held and takes inputs already validated.
 */
import { mkdirSync, renameSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { openDiskFile, type DiskFile } from './disk-file.js'
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
import { incomingSharePath, sharePath, storageIndexName } from './paths.js'
import type { OpenUpload } from './uploads.js'

export async function allocateBuckets (ctx: StoreContext, request: AllocateRequest): Promise<AllocateResult> {
  const { storageIndex, shareNumbers, allocatedSize } = request
  const name = storageIndexName(storageIndex)
  const expiration = leaseExpiration(ctx.clock.now())
  const held = listShareFiles(ctx.paths, storageIndex)
  const alreadyHave: number[] = []
  for (const share of held) {
    if (share.kind !== 'immutable') continue
    alreadyHave.push(share.shareNumber)
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
  for (const shareNumber of shareNumbers) {
    if (present.has(shareNumber) || ctx.uploads.get(name, shareNumber) !== undefined) continue
    // With no space left at all nothing is allocated, not even an empty share.
    if (remaining <= 0 || remaining < allocatedSize) continue
    const incomingPath = incomingSharePath(ctx.paths, storageIndex, shareNumber)
    // Not made durable: nothing in incoming/ survives a restart. What is
    // durable is the share once closed (closeBucket syncs file and directories).
    mkdirSync(dirname(incomingPath), { recursive: true })
    const lease = makeLease(ALLOCATION_LEASE_OWNER, request, expiration, new Uint8Array(0), 'hashed')
    const data = request.initialData?.get(shareNumber)
    await ctx.uploadFiles.adopt(incomingPath, { handle: await createImmutableContainer(incomingPath, allocatedSize, lease, data) })
    const upload = ctx.uploads.open({
      storageIndex,
      storageIndexName: name,
      shareNumber,
      uploadSecret: Uint8Array.from(request.uploadSecret),
      allocatedSize,
      incomingPath,
      finalPath: sharePath(ctx.paths, storageIndex, shareNumber)
    })
    if (data !== undefined) {
      if (data.length > 0) upload.written.add(0, data.length)
      initialDataWritten.push(shareNumber)
    }
    remaining -= allocatedSize
    allocated.push(shareNumber)
  }
  ctx.log('allocate %s: have %o, allocated %o', name, alreadyHave, allocated)
  return { alreadyHave, allocated, initialDataWritten }
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
  await withUploadFile(ctx, upload, async handle => {
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

/** Runs `job` with the upload's file open for reading and writing. */
async function withUploadFile<T> (ctx: StoreContext, upload: OpenUpload, job: (handle: DiskFile) => Promise<T>): Promise<T> {
  return await ctx.uploadFiles.use(upload.incomingPath, () => Promise.resolve({ handle: openDiskFile(upload.incomingPath, 'r+') }), async file => await job(file.handle))
}

/** Deletes an upload's file and forgets it; nothing of it is ever served. */
export async function discardUpload (ctx: StoreContext, upload: OpenUpload): Promise<void> {
  ctx.uploads.remove(upload)
  try {
    await ctx.uploadFiles.release(upload.incomingPath)
  } finally {
    await rm(upload.incomingPath, { force: true })
    removeEmptyDirs(dirname(upload.incomingPath), ctx.paths.incoming)
  }
}

export async function closeBucket (ctx: StoreContext, bucket: BucketRef): Promise<void> {
  const upload = openUpload(ctx, bucket)
  try {
    // A mutable share created meanwhile under the same number must not be replaced.
    if (containerKind(upload.finalPath) !== undefined) {
      throw new ConflictingWriteError(`share ${upload.shareNumber} appeared while it was being uploaded`)
    }
    const finalDir = dirname(upload.finalPath)
    // The data and the directory it goes to are made durable side by side;
    // only then is the share renamed into place (and that rename made durable).
    // Both settle before anything else happens to the file, failure or not.
    const steps = await Promise.allSettled([
      withUploadFile(ctx, upload, async handle => { await handle.sync() }),
      ensureDurableDir(finalDir)
    ])
    for (const step of steps) if (step.status === 'rejected') throw step.reason
    await ctx.uploadFiles.release(upload.incomingPath)
    renameSync(upload.incomingPath, upload.finalPath)
    await fsyncDir(finalDir)
  } catch (err: unknown) {
    await discardUpload(ctx, upload)
    throw err
  }
  ctx.uploads.remove(upload)
  // Only the storage index's own directory goes: incoming/<aa>/ stays for
  // the next upload under that prefix (there are at most 1024; start() clears them).
  const incomingDir = dirname(upload.incomingPath)
  removeEmptyDirs(incomingDir, dirname(incomingDir))
  ctx.log('closed %s share %d', upload.storageIndexName, upload.shareNumber)
}

export async function abortBucket (ctx: StoreContext, bucket: BucketRef): Promise<void> {
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
    handle = openDiskFile(path, 'r')
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
