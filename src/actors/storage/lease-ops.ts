/**
 * add_lease and renew_lease (spec h.1) over every share of a storage index,
 * immutable and mutable alike. Files that are not containers are skipped.
 */
import { openDiskFile, type DiskFile } from './disk-file.js'
import type { LeaseSecrets } from '../../crypto/lease.js'
import type { StoreContext } from './context.js'
import { NoSuchLeaseError } from './errors.js'
import { addOrRenewImmutableLease, readImmutableLayout, renewImmutableLease } from './immutable-container.js'
import { LEASE_OWNER, leaseExpiration } from './leases.js'
import { addOrRenewMutableLease, readMutableLayout, renewMutableLease } from './mutable-container.js'
import { listShareFiles, type ShareFile } from './shares.js'
import { storageIndexName } from './paths.js'

async function withShare<T> (share: ShareFile, job: (handle: DiskFile) => Promise<T>): Promise<T> {
  const handle = openDiskFile(share.path, 'r+')
  try {
    return await job(handle)
  } finally {
    await handle.close()
  }
}

/** Renews the lease with this renew secret on every share, or adds one where it is missing; nothing if no shares. */
export async function addLease (ctx: StoreContext, storageIndex: Uint8Array, secrets: LeaseSecrets): Promise<void> {
  const expiration = leaseExpiration(ctx.clock.now())
  // Someone keeps these shares now: none may be withdrawn by its uploader.
  ctx.withdrawable.leased(storageIndexName(storageIndex))
  for (const share of listShareFiles(ctx.paths, storageIndex)) {
    if (share.kind === 'immutable') {
      await withShare(share, async handle => { await addOrRenewImmutableLease(handle, await readImmutableLayout(handle), LEASE_OWNER, secrets, expiration) })
    } else if (share.kind === 'mutable') {
      await withShare(share, async handle => { await addOrRenewMutableLease(handle, await readMutableLayout(handle), LEASE_OWNER, secrets, expiration, ctx.containerNodeId) })
    }
  }
}

/** Renews the lease with this renew secret wherever it is; NoSuchLeaseError when no share has it. */
export async function renewLease (ctx: StoreContext, storageIndex: Uint8Array, renewSecret: Uint8Array): Promise<void> {
  const expiration = leaseExpiration(ctx.clock.now())
  ctx.withdrawable.leased(storageIndexName(storageIndex))
  let renewed = false
  for (const share of listShareFiles(ctx.paths, storageIndex)) {
    if (share.kind === 'immutable') {
      renewed = await withShare(share, async handle => await renewImmutableLease(handle, await readImmutableLayout(handle), renewSecret, expiration)) || renewed
    } else if (share.kind === 'mutable') {
      renewed = await withShare(share, async handle => await renewMutableLease(handle, await readMutableLayout(handle), renewSecret, expiration)) || renewed
    }
  }
  if (!renewed) throw new NoSuchLeaseError('no lease with this renew secret on any share of the storage index')
}
