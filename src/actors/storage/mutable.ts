/**
 * Mutable slots (spec f.6, h.1): read vectors, and test-and-set writes
 * guarded by the write enabler. Order matters and is Tahoe's: check the
 * write enabler on every share, evaluate every test, read the read vector
 * from every share, and only then, if all tests passed, write.
 */
import { rm } from 'node:fs/promises'
import { openDiskFile, type DiskFile } from './disk-file.js'
import { base32Encode } from '../../crypto/base32.js'
import { MAX_MUTABLE_SHARE_SIZE } from './constants.js'
import type { StoreContext } from './context.js'
import { ensureDurableDir, fsyncDir, removeEmptyDirs } from './disk.js'
import { BadContainerError, BadRequestError, BadWriteEnablerError, DataTooLargeError } from './errors.js'
import type { ReadVector, TestAndSetRequest, TestAndSetResult, TestAndWrite } from './interface.js'
import { LEASE_OWNER, leaseExpiration } from './leases.js'
import {
  addOrRenewMutableLease, createMutableContainer, mutableGrowth, readMutableData, readMutableLayout, truncateMutableData,
  writeEnablerMatches, writeMutableData, type MutableLayout
} from './mutable-container.js'
import { bucketDir, sharePath, storageIndexName } from './paths.js'
import { listShareFiles } from './shares.js'

interface OpenShare {
  handle: DiskFile
  layout: MutableLayout
}

/** Reads a read vector from one share, counting the bytes against the call's budget. */
async function readVectorFrom (share: OpenShare, readVector: ReadVector[], budget: { left: number }): Promise<Uint8Array[]> {
  const out: Uint8Array[] = []
  for (const { offset, length } of readVector) {
    const data = await readMutableData(share.handle, share.layout, offset, length)
    budget.left -= data.length
    if (budget.left < 0) throw new BadRequestError('the data read would exceed what one call carries; ask for fewer shares or bytes')
    out.push(data)
  }
  return out
}

async function closeAll (shares: Map<number, OpenShare>): Promise<void> {
  for (const share of shares.values()) await share.handle.close()
}

export async function slotReadv (ctx: StoreContext, storageIndex: Uint8Array, shareNumbers: number[], readVector: ReadVector[]): Promise<Map<number, Uint8Array[]>> {
  const wanted = new Set(shareNumbers)
  const budget = { left: ctx.maxCallSize }
  const out = new Map<number, Uint8Array[]>()
  for (const file of listShareFiles(ctx.paths, storageIndex)) {
    if (file.kind !== 'mutable' || (wanted.size > 0 && !wanted.has(file.shareNumber))) continue
    const handle = openDiskFile(file.path, 'r')
    try {
      out.set(file.shareNumber, await readVectorFrom({ handle, layout: await readMutableLayout(handle) }, readVector, budget))
    } finally {
      await handle.close()
    }
  }
  return out
}

/** Opens every share of the slot and checks the write enabler against each. */
async function openSlot (ctx: StoreContext, storageIndex: Uint8Array, writeEnabler: Uint8Array, shares: Map<number, OpenShare>): Promise<void> {
  for (const file of listShareFiles(ctx.paths, storageIndex)) {
    if (file.kind !== 'mutable') {
      throw new BadContainerError(`share ${file.shareNumber} of this storage index is not a mutable container`)
    }
    const handle = openDiskFile(file.path, 'r+')
    let layout: MutableLayout
    try {
      layout = await readMutableLayout(handle)
    } catch (err: unknown) {
      await handle.close()
      throw err
    }
    shares.set(file.shareNumber, { handle, layout })
    if (!writeEnablerMatches(layout, writeEnabler)) {
      // The recorded node id (public) helps after a share moved between servers; the enabler is never shown.
      throw new BadWriteEnablerError(`the write enabler does not match the one recorded by node ${base32Encode(layout.nodeId)}`)
    }
  }
}

async function testsPass (shares: Map<number, OpenShare>, testAndWrite: Map<number, TestAndWrite>): Promise<boolean> {
  for (const [shareNumber, { test }] of testAndWrite) {
    const share = shares.get(shareNumber)
    for (const { offset, length, specimen } of test) {
      // A missing share reads as empty, so (0, 1, "") means "absent or empty".
      const actual = share === undefined ? new Uint8Array(0) : await readMutableData(share.handle, share.layout, offset, length)
      if (!Buffer.from(actual.buffer, actual.byteOffset, actual.length).equals(specimen)) return false
    }
  }
  return true
}

/** Refuses, before any write, growth that the disk cannot hold. */
async function checkGrowth (ctx: StoreContext, shares: Map<number, OpenShare>, testAndWrite: Map<number, TestAndWrite>): Promise<void> {
  let growth = 0
  for (const [shareNumber, { write, newLength }] of testAndWrite) {
    if (newLength === 0) continue
    let end = 0
    for (const { offset, data } of write) end = Math.max(end, offset + data.length)
    if (end > MAX_MUTABLE_SHARE_SIZE) throw new DataTooLargeError(`a mutable share may hold at most ${MAX_MUTABLE_SHARE_SIZE} bytes`)
    growth += mutableGrowth(shares.get(shareNumber)?.layout, end)
  }
  if (growth > 0 && growth > await ctx.availableSpace()) {
    throw new DataTooLargeError(`growing the slot by ${growth} bytes would pass the space this server has left`)
  }
}

/** Applies the writes; returns the share numbers that exist afterwards among those written. */
async function applyWrites (ctx: StoreContext, storageIndex: Uint8Array, writeEnabler: Uint8Array, shares: Map<number, OpenShare>, testAndWrite: Map<number, TestAndWrite>): Promise<number[]> {
  const dir = bucketDir(ctx.paths, storageIndex)
  const remaining: number[] = []
  let created = false
  for (const [shareNumber, { write, newLength }] of testAndWrite) {
    let share = shares.get(shareNumber)
    if (newLength === 0) {
      if (share !== undefined) {
        shares.delete(shareNumber)
        await share.handle.close()
        await rm(sharePath(ctx.paths, storageIndex, shareNumber), { force: true })
        removeEmptyDirs(dir, ctx.paths.shares)
      }
      continue
    }
    if (share === undefined) {
      await ensureDurableDir(dir)
      const path = sharePath(ctx.paths, storageIndex, shareNumber)
      await createMutableContainer(path, ctx.containerNodeId, writeEnabler)
      const handle = openDiskFile(path, 'r+')
      share = { handle, layout: await readMutableLayout(handle).catch(async (err: unknown) => { await handle.close(); throw err }) }
      shares.set(shareNumber, share)
      created = true
    }
    for (const { offset, data } of write) await writeMutableData(share.handle, share.layout, offset, data)
    if (newLength !== undefined) await truncateMutableData(share.handle, share.layout, newLength)
    await share.handle.sync()
    remaining.push(shareNumber)
  }
  if (created) await fsyncDir(dir)
  return remaining
}

export async function slotTestvAndReadvAndWritev (ctx: StoreContext, request: TestAndSetRequest): Promise<TestAndSetResult> {
  const { storageIndex, secrets, testAndWrite, readVector } = request
  const shares = new Map<number, OpenShare>()
  try {
    await openSlot(ctx, storageIndex, secrets.writeEnabler, shares)
    const success = await testsPass(shares, testAndWrite)
    const data = new Map<number, Uint8Array[]>()
    const budget = { left: ctx.maxCallSize }
    for (const [shareNumber, share] of shares) data.set(shareNumber, await readVectorFrom(share, readVector, budget))
    if (!success) return { success, data }

    await checkGrowth(ctx, shares, testAndWrite)
    const written = await applyWrites(ctx, storageIndex, secrets.writeEnabler, shares, testAndWrite)
    const expiration = leaseExpiration(ctx.clock.now())
    for (const shareNumber of written) {
      const share = shares.get(shareNumber)
      if (share !== undefined) await addOrRenewMutableLease(share.handle, share.layout, LEASE_OWNER, secrets, expiration, ctx.containerNodeId)
    }
    ctx.log('slot write %s: shares %o', storageIndexName(storageIndex), written)
    return { success, data }
  } finally {
    await closeAll(shares)
  }
}
