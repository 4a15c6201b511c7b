/**
 * The server-side immutable share container (spec d.2, Tahoe's ShareFile):
 *
 *   0x00  4  container version (2; 1 is read too)
 *   0x04  4  min(2^32-1, allocated size), kept for old servers only
 *   0x08  4  lease count
 *   0x0c     share data
 *   ...      lease records, 72 bytes each
 *
 * The data length is not read from the header: it is what remains of the
 * file once the header and the leases are taken away. Version 2 stores the
 * lease secrets hashed, version 1 in clear.
 */
import { openDiskFile, type DiskFile } from './disk-file.js'
import type { LeaseSecrets } from '../../crypto/lease.js'
import { readAt, writeAt } from './disk.js'
import { BadContainerError } from './errors.js'
import {
  IMMUTABLE_LEASE_SIZE, decodeImmutableLease, encodeImmutableLease, leaseMatches, makeLease, storedSecret,
  type LeaseRecord, type SecretForm
} from './leases.js'

export const IMMUTABLE_HEADER_SIZE = 0x0c
export const IMMUTABLE_CONTAINER_VERSION = 2
const LEGACY_IMMUTABLE_CONTAINER_VERSION = 1
const MAX_UINT32 = 0xffffffff
/** Lease records read per system call when scanning. */
const LEASE_SCAN_BATCH = 1024

export interface ImmutableLayout {
  version: 1 | 2
  leaseCount: number
  dataLength: number
  form: SecretForm
}

/** Whether the first bytes of a file belong to an immutable container. */
export function isImmutableHeader (head: Uint8Array): boolean {
  if (head.length < 4) return false
  const version = new DataView(head.buffer, head.byteOffset, 4).getUint32(0)
  return version === IMMUTABLE_CONTAINER_VERSION || version === LEGACY_IMMUTABLE_CONTAINER_VERSION
}

export function immutableHeader (allocatedSize: number, leaseCount: number, version = IMMUTABLE_CONTAINER_VERSION): Uint8Array {
  const out = new Uint8Array(IMMUTABLE_HEADER_SIZE)
  const view = new DataView(out.buffer)
  view.setUint32(0, version)
  view.setUint32(4, Math.min(MAX_UINT32, allocatedSize))
  view.setUint32(8, leaseCount)
  return out
}

/**
 * Creates a new (version 2) container of `allocatedSize` data bytes with one
 * lease, failing if the file exists, and returns it open for reading and
 * writing (the caller closes it). `data`, if given, is written from the
 * start of the data area; the rest is left as a hole that reads as zeros
 * until written.
 */
export async function createImmutableContainer (path: string, allocatedSize: number, lease: LeaseRecord, data?: Uint8Array): Promise<DiskFile> {
  const handle = openDiskFile(path, 'wx+')
  try {
    const header = immutableHeader(allocatedSize, 1)
    const leaseRecord = encodeImmutableLease(lease)
    if (data !== undefined && data.length === allocatedSize) {
      // The whole share: header, data and lease follow one another, one write.
      await writeAt(handle, Buffer.concat([header, data, leaseRecord]), 0)
    } else {
      await writeAt(handle, data === undefined || data.length === 0 ? header : Buffer.concat([header, data]), 0)
      await writeAt(handle, leaseRecord, IMMUTABLE_HEADER_SIZE + allocatedSize)
    }
  } catch (err: unknown) {
    await handle.close()
    throw err
  }
  return handle
}

export async function readImmutableLayout (handle: DiskFile): Promise<ImmutableLayout> {
  const head = await readAt(handle, 0, IMMUTABLE_HEADER_SIZE)
  if (head.length < IMMUTABLE_HEADER_SIZE || !isImmutableHeader(head)) {
    throw new BadContainerError('not an immutable share container')
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength)
  const version = view.getUint32(0) === IMMUTABLE_CONTAINER_VERSION ? 2 : 1
  const leaseCount = view.getUint32(8)
  const { size } = await handle.stat()
  const dataLength = size - IMMUTABLE_HEADER_SIZE - leaseCount * IMMUTABLE_LEASE_SIZE
  if (dataLength < 0) throw new BadContainerError('immutable container is shorter than its lease count says')
  return { version, leaseCount, dataLength, form: version === 2 ? 'hashed' : 'clear' }
}

/** Reads share data, truncated at the end of the data. */
export async function readImmutableData (handle: DiskFile, layout: ImmutableLayout, offset: number, length: number): Promise<Uint8Array> {
  const available = Math.max(0, Math.min(length, layout.dataLength - offset))
  if (available === 0) return new Uint8Array(0)
  return await readAt(handle, IMMUTABLE_HEADER_SIZE + offset, available)
}

function leaseOffset (layout: ImmutableLayout, index: number): number {
  return IMMUTABLE_HEADER_SIZE + layout.dataLength + index * IMMUTABLE_LEASE_SIZE
}

/** Index and record of the lease whose renew secret is `renewSecret`, if any. */
async function findLease (handle: DiskFile, layout: ImmutableLayout, renewSecret: Uint8Array): Promise<{ index: number, lease: LeaseRecord } | undefined> {
  const stored = storedSecret(renewSecret, layout.form)
  for (let first = 0; first < layout.leaseCount; first += LEASE_SCAN_BATCH) {
    const count = Math.min(LEASE_SCAN_BATCH, layout.leaseCount - first)
    const bytes = await readAt(handle, leaseOffset(layout, first), count * IMMUTABLE_LEASE_SIZE)
    for (let i = 0; i < count; i++) {
      const record = bytes.subarray(i * IMMUTABLE_LEASE_SIZE, (i + 1) * IMMUTABLE_LEASE_SIZE)
      if (record.length < IMMUTABLE_LEASE_SIZE) throw new BadContainerError('immutable container lease records are cut short')
      const lease = decodeImmutableLease(record)
      if (leaseMatches(lease, stored)) return { index: first + i, lease }
    }
  }
  return undefined
}

/**
 * Pushes the expiration of the lease with this renew secret to `expiration`
 * (never backwards). Returns false when the share has no such lease.
 */
export async function renewImmutableLease (handle: DiskFile, layout: ImmutableLayout, renewSecret: Uint8Array, expiration: number): Promise<boolean> {
  const found = await findLease(handle, layout, renewSecret)
  if (found === undefined) return false
  if (expiration > found.lease.expiration) {
    await writeAt(handle, encodeImmutableLease({ ...found.lease, expiration }), leaseOffset(layout, found.index))
  }
  return true
}

/** Renews the lease with these secrets, or appends a new one. */
export async function addOrRenewImmutableLease (
  handle: DiskFile, layout: ImmutableLayout, owner: number, secrets: LeaseSecrets, expiration: number
): Promise<void> {
  if (await renewImmutableLease(handle, layout, secrets.renewSecret, expiration)) return
  const lease = makeLease(owner, secrets, expiration, new Uint8Array(0), layout.form)
  // Record, then count, as Tahoe does. A crash in between makes the record
  // look like 72 more bytes of share data, which readers reject by hash.
  await writeAt(handle, encodeImmutableLease(lease), leaseOffset(layout, layout.leaseCount))
  await writeAt(handle, immutableHeader(0, layout.leaseCount + 1).subarray(8), 8)
  layout.leaseCount++
}

