/**
 * The server-side mutable share container (spec d.3, Tahoe's MutableShareFile):
 *
 *     0   32  magic (v2 for new containers; v1 is read and kept as v1)
 *    32   20  id of the node that accepted the write enabler
 *    52   32  write enabler
 *    84    8  data length
 *    92    8  offset of the extra-lease block
 *   100  368  four lease slots of 92 bytes (owner 0 = empty)
 *   468       share data
 *    ...   4  count of extra leases, then that many 92-byte leases
 *
 * Data grows by moving the extra-lease block further out; the container
 * never shrinks, a smaller new length only lowers the recorded length.
 */
import { openDiskFile, type DiskFile } from './disk-file.js'
import { Tag, taggedHash } from '../../crypto/hash.js'
import { secretsEqual, type LeaseSecrets } from '../../crypto/lease.js'
import { readAt, writeAt, writeZeros } from './disk.js'
import { BadContainerError } from './errors.js'
import {
  CONTAINER_NODE_ID_SIZE, MUTABLE_LEASE_SIZE, decodeMutableLease, encodeMutableLease, leaseMatches, makeLease,
  storedSecret, type LeaseRecord, type SecretForm
} from './leases.js'

const MAGIC_SIZE = 32
const MAGIC_TEXT_V1 = 'Tahoe mutable container v1\n'
const MAGIC_TEXT_V2 = 'Tahoe mutable container v2\n'
/** The fixed random tail of the v1 magic. */
const MAGIC_TAIL_V1 = Uint8Array.of(0x75, 0x09, 0x44, 0x03, 0x8e)

function magic (text: string, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(MAGIC_SIZE)
  out.set(new TextEncoder().encode(text), 0)
  out.set(tail, text.length)
  return out
}

export const MUTABLE_MAGIC_V1 = magic(MAGIC_TEXT_V1, MAGIC_TAIL_V1)
/** v2's tail is a tagged hash of its own text, so it can never equal v1's. */
export const MUTABLE_MAGIC_V2 = magic(MAGIC_TEXT_V2, taggedHash(Tag.MUTABLE_CONTAINER_HEADER, MAGIC_TEXT_V2, 5))

const NODE_ID_OFFSET = 32
const WRITE_ENABLER_OFFSET = 52
const WRITE_ENABLER_SIZE = 32
const DATA_LENGTH_OFFSET = 84
const EXTRA_LEASE_OFFSET_OFFSET = 92
export const MUTABLE_HEADER_SIZE = 100
export const MUTABLE_LEASE_SLOTS = 4
export const MUTABLE_DATA_OFFSET = MUTABLE_HEADER_SIZE + MUTABLE_LEASE_SLOTS * MUTABLE_LEASE_SIZE
const EXTRA_COUNT_SIZE = 4
/** Lease records read per system call when scanning extra leases. */
const LEASE_SCAN_BATCH = 1024

export interface MutableLayout {
  version: 1 | 2
  form: SecretForm
  nodeId: Uint8Array
  writeEnabler: Uint8Array
  dataLength: number
  extraLeaseOffset: number
  extraLeaseCount: number
  fileSize: number
}

function sameBytes (a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}

/** The container version the first 32 bytes of a file announce, or undefined. */
export function mutableHeaderVersion (head: Uint8Array): 1 | 2 | undefined {
  if (head.length < MAGIC_SIZE) return undefined
  const candidate = head.subarray(0, MAGIC_SIZE)
  if (sameBytes(candidate, MUTABLE_MAGIC_V2)) return 2
  if (sameBytes(candidate, MUTABLE_MAGIC_V1)) return 1
  return undefined
}

/** Header, four empty lease slots and an empty extra-lease block: a new, empty container. */
export function emptyMutableContainer (nodeId: Uint8Array, writeEnabler: Uint8Array, version: 1 | 2 = 2): Uint8Array {
  const out = new Uint8Array(MUTABLE_DATA_OFFSET + EXTRA_COUNT_SIZE)
  const view = new DataView(out.buffer)
  out.set(version === 2 ? MUTABLE_MAGIC_V2 : MUTABLE_MAGIC_V1, 0)
  out.set(nodeId.subarray(0, CONTAINER_NODE_ID_SIZE), NODE_ID_OFFSET)
  out.set(writeEnabler.subarray(0, WRITE_ENABLER_SIZE), WRITE_ENABLER_OFFSET)
  view.setBigUint64(DATA_LENGTH_OFFSET, 0n)
  view.setBigUint64(EXTRA_LEASE_OFFSET_OFFSET, BigInt(MUTABLE_DATA_OFFSET))
  return out
}

/** Creates an empty v2 container, failing if the file exists. */
export async function createMutableContainer (path: string, nodeId: Uint8Array, writeEnabler: Uint8Array): Promise<void> {
  const handle = openDiskFile(path, 'wx')
  try {
    await writeAt(handle, emptyMutableContainer(nodeId, writeEnabler), 0)
  } finally {
    await handle.close()
  }
}

function readUint64 (view: DataView, offset: number, what: string): number {
  const value = view.getBigUint64(offset)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new BadContainerError(`mutable container ${what} is out of range`)
  return Number(value)
}

export async function readMutableLayout (handle: DiskFile): Promise<MutableLayout> {
  const head = await readAt(handle, 0, MUTABLE_HEADER_SIZE)
  const version = mutableHeaderVersion(head)
  if (version === undefined || head.length < MUTABLE_HEADER_SIZE) throw new BadContainerError('not a mutable share container')
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength)
  const dataLength = readUint64(view, DATA_LENGTH_OFFSET, 'data length')
  const extraLeaseOffset = readUint64(view, EXTRA_LEASE_OFFSET_OFFSET, 'extra-lease offset')
  const { size: fileSize } = await handle.stat()
  if (extraLeaseOffset < MUTABLE_DATA_OFFSET + dataLength || extraLeaseOffset + EXTRA_COUNT_SIZE > fileSize) {
    throw new BadContainerError('mutable container extra-lease offset is inconsistent')
  }
  const countBytes = await readAt(handle, extraLeaseOffset, EXTRA_COUNT_SIZE)
  const extraLeaseCount = new DataView(countBytes.buffer, countBytes.byteOffset, EXTRA_COUNT_SIZE).getUint32(0)
  if (extraLeaseOffset + EXTRA_COUNT_SIZE + extraLeaseCount * MUTABLE_LEASE_SIZE > fileSize) {
    throw new BadContainerError('mutable container extra leases are cut short')
  }
  return {
    version,
    form: version === 2 ? 'hashed' : 'clear',
    nodeId: head.slice(NODE_ID_OFFSET, NODE_ID_OFFSET + CONTAINER_NODE_ID_SIZE),
    writeEnabler: head.slice(WRITE_ENABLER_OFFSET, WRITE_ENABLER_OFFSET + WRITE_ENABLER_SIZE),
    dataLength,
    extraLeaseOffset,
    extraLeaseCount,
    fileSize
  }
}

export function writeEnablerMatches (layout: MutableLayout, writeEnabler: Uint8Array): boolean {
  return secretsEqual(layout.writeEnabler, writeEnabler)
}

/** Reads share data; reads past the data length are truncated (possibly to nothing). */
export async function readMutableData (handle: DiskFile, layout: MutableLayout, offset: number, length: number): Promise<Uint8Array> {
  const available = Math.max(0, Math.min(length, layout.dataLength - offset))
  if (available === 0) return new Uint8Array(0)
  return await readAt(handle, MUTABLE_DATA_OFFSET + offset, available)
}

/** Bytes the container file would grow by for data to reach `end`. */
export function mutableGrowth (layout: MutableLayout | undefined, end: number): number {
  const currentCapacity = layout === undefined ? 0 : layout.extraLeaseOffset - MUTABLE_DATA_OFFSET
  return Math.max(0, end - currentCapacity)
}

function setUint64 (value: number): Uint8Array {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, BigInt(value))
  return out
}

/** Moves the extra-lease block so that data can reach `end`. */
async function growContainer (handle: DiskFile, layout: MutableLayout, end: number): Promise<void> {
  const newOffset = MUTABLE_DATA_OFFSET + end
  const blockSize = EXTRA_COUNT_SIZE + layout.extraLeaseCount * MUTABLE_LEASE_SIZE
  const block = await readAt(handle, layout.extraLeaseOffset, blockSize)
  // Zero the old copy so that no lease bytes ever show up as share data (Tahoe #1528).
  await writeZeros(handle, layout.extraLeaseOffset, blockSize)
  await writeAt(handle, block, newOffset)
  await writeAt(handle, setUint64(newOffset), EXTRA_LEASE_OFFSET_OFFSET)
  layout.extraLeaseOffset = newOffset
  layout.fileSize = Math.max(layout.fileSize, newOffset + blockSize)
}

/**
 * Writes share data at `offset`, growing the container if needed and
 * zero-filling any gap between the old end of the data and `offset`.
 */
export async function writeMutableData (handle: DiskFile, layout: MutableLayout, offset: number, data: Uint8Array): Promise<void> {
  const end = offset + data.length
  if (end >= layout.dataLength) {
    const sizeBefore = layout.fileSize
    if (MUTABLE_DATA_OFFSET + end > layout.extraLeaseOffset) await growContainer(handle, layout, end)
    if (offset > layout.dataLength) {
      // Past the old end of the file the gap is already a hole of zeros;
      // only the part that held old bytes (say, after a truncation) is cleared.
      const gapStart = MUTABLE_DATA_OFFSET + layout.dataLength
      const gapEnd = Math.min(MUTABLE_DATA_OFFSET + offset, sizeBefore)
      await writeZeros(handle, gapStart, gapEnd - gapStart)
    }
    layout.dataLength = end
    await writeAt(handle, setUint64(end), DATA_LENGTH_OFFSET)
  }
  await writeAt(handle, data, MUTABLE_DATA_OFFSET + offset)
}

/** Lowers the recorded data length to `newLength` if it is smaller; never lengthens. */
export async function truncateMutableData (handle: DiskFile, layout: MutableLayout, newLength: number): Promise<void> {
  if (newLength >= layout.dataLength) return
  layout.dataLength = newLength
  await writeAt(handle, setUint64(newLength), DATA_LENGTH_OFFSET)
}

function leaseSlotOffset (layout: MutableLayout, index: number): number {
  return index < MUTABLE_LEASE_SLOTS
    ? MUTABLE_HEADER_SIZE + index * MUTABLE_LEASE_SIZE
    : layout.extraLeaseOffset + EXTRA_COUNT_SIZE + (index - MUTABLE_LEASE_SLOTS) * MUTABLE_LEASE_SIZE
}

/** Every lease slot, empty ones included, in slot order, read in batches. */
async function * leaseSlots (handle: DiskFile, layout: MutableLayout): AsyncGenerator<{ index: number, lease: LeaseRecord }> {
  const fixed = await readAt(handle, MUTABLE_HEADER_SIZE, MUTABLE_LEASE_SLOTS * MUTABLE_LEASE_SIZE)
  for (let i = 0; i < MUTABLE_LEASE_SLOTS; i++) {
    yield { index: i, lease: decodeMutableLease(fixed.subarray(i * MUTABLE_LEASE_SIZE, (i + 1) * MUTABLE_LEASE_SIZE)) }
  }
  for (let first = 0; first < layout.extraLeaseCount; first += LEASE_SCAN_BATCH) {
    const count = Math.min(LEASE_SCAN_BATCH, layout.extraLeaseCount - first)
    const index = MUTABLE_LEASE_SLOTS + first
    const bytes = await readAt(handle, leaseSlotOffset(layout, index), count * MUTABLE_LEASE_SIZE)
    for (let i = 0; i < count; i++) {
      yield { index: index + i, lease: decodeMutableLease(bytes.subarray(i * MUTABLE_LEASE_SIZE, (i + 1) * MUTABLE_LEASE_SIZE)) }
    }
  }
}

/** The leases in use (owner != 0). */
export async function readMutableLeases (handle: DiskFile, layout: MutableLayout): Promise<LeaseRecord[]> {
  const out: LeaseRecord[] = []
  for await (const { lease } of leaseSlots(handle, layout)) if (lease.owner !== 0) out.push(lease)
  return out
}

/**
 * Pushes the expiration of the lease with this renew secret to `expiration`
 * (never backwards). Returns false when the share has no such lease.
 */
export async function renewMutableLease (handle: DiskFile, layout: MutableLayout, renewSecret: Uint8Array, expiration: number): Promise<boolean> {
  const stored = storedSecret(renewSecret, layout.form)
  for await (const { index, lease } of leaseSlots(handle, layout)) {
    if (lease.owner === 0 || !leaseMatches(lease, stored)) continue
    if (expiration > lease.expiration) {
      await writeAt(handle, encodeMutableLease({ ...lease, expiration }), leaseSlotOffset(layout, index))
    }
    return true
  }
  return false
}

/** Renews the lease with these secrets, or puts a new one in the first empty slot (adding a slot if none is free). */
export async function addOrRenewMutableLease (
  handle: DiskFile, layout: MutableLayout, owner: number, secrets: LeaseSecrets, expiration: number, nodeId: Uint8Array
): Promise<void> {
  if (await renewMutableLease(handle, layout, secrets.renewSecret, expiration)) return
  const record = encodeMutableLease(makeLease(owner, secrets, expiration, nodeId, layout.form))
  for await (const { index, lease } of leaseSlots(handle, layout)) {
    if (lease.owner === 0) {
      await writeAt(handle, record, leaseSlotOffset(layout, index))
      return
    }
  }
  const index = MUTABLE_LEASE_SLOTS + layout.extraLeaseCount
  await writeAt(handle, record, leaseSlotOffset(layout, index))
  const count = new Uint8Array(EXTRA_COUNT_SIZE)
  new DataView(count.buffer).setUint32(0, layout.extraLeaseCount + 1)
  await writeAt(handle, count, layout.extraLeaseOffset)
  layout.extraLeaseCount++
  layout.fileSize = Math.max(layout.fileSize, leaseSlotOffset(layout, index) + MUTABLE_LEASE_SIZE)
}
