/**
 * Helpers of the local storage tests: temporary storage directories, a
 * hand-driven clock, on-disk paths and big-endian fields for byte-level checks.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { blake2b } from '@noble/hashes/blake2.js'
import { base32Encode } from '../../src/crypto/base32.js'
import { type Clock, localStorageServer, type LocalStorageInit, type LocalStorageServer } from '../../src/actors/storage/index.js'
import type { AllocateRequest } from '../../src/actors/storage/interface.js'

export const DAY = 24 * 60 * 60
export const LEASE_SECONDS = 31 * DAY
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
export const text = (data: Uint8Array | undefined): string => new TextDecoder().decode(data)
export const secret = (): Uint8Array => randomBytes(32)
export const hashed = (value: Uint8Array): Uint8Array => blake2b(value, { dkLen: 32 })

/** A clock that only moves when told, firing due timers in order. */
export class ManualClock implements Clock {
  time = Date.UTC(2026, 0, 15, 12, 0, 0)
  private nextId = 1
  private readonly timers = new Map<number, { at: number, callback: () => void }>()

  now = (): number => this.time
  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++
    this.timers.set(id, { at: this.time + ms, callback })
    return id
  }

  clearTimeout = (handle: unknown): void => { this.timers.delete(handle as number) }

  advance (ms: number): void {
    this.time += ms
    const due = [...this.timers.entries()].filter(([, timer]) => timer.at <= this.time).sort((a, b) => a[1].at - b[1].at)
    for (const [id, timer] of due) {
      this.timers.delete(id)
      timer.callback()
    }
  }
}

export async function tempStorageDir (): Promise<string> {
  return await mkdtemp(join(tmpdir(), 'lafs-storage-'))
}

export async function startServer (dir: string, init: Partial<LocalStorageInit> = {}): Promise<LocalStorageServer> {
  const server = localStorageServer({ storageDir: dir, nodeId: init.nodeId ?? randomBytes(32), ...init })
  await server.start()
  return server
}

export function siPath (dir: string, si: Uint8Array, shnum?: number): string {
  const name = base32Encode(si)
  const bucket = join(dir, 'shares', name.slice(0, 2), name)
  return shnum === undefined ? bucket : join(bucket, String(shnum))
}

export function incomingPath (dir: string, si: Uint8Array, shnum: number): string {
  const name = base32Encode(si)
  return join(dir, 'shares', 'incoming', `${name}.${shnum}`)
}

export function allocation (storageIndex: Uint8Array, shareNumbers: number[], allocatedSize: number): AllocateRequest {
  return { storageIndex, shareNumbers, allocatedSize, renewSecret: secret(), cancelSecret: secret(), uploadSecret: secret() }
}

export async function storeImmutable (server: LocalStorageServer, si: Uint8Array, shnum: number, data: Uint8Array): Promise<AllocateRequest> {
  const request = allocation(si, [shnum], data.length)
  assert.deepEqual((await server.allocateBuckets(request)).allocated, [shnum])
  const bucket = { storageIndex: si, shareNumber: shnum, uploadSecret: request.uploadSecret }
  await server.writeBucket(bucket, 0, data)
  await server.closeBucket(bucket)
  return request
}

export function contains (haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle))
}

export function u32 (data: Uint8Array, offset: number): number {
  return Buffer.from(data).readUInt32BE(offset)
}

export function u64 (data: Uint8Array, offset: number): number {
  return Number(Buffer.from(data).readBigUInt64BE(offset))
}

export function concat (...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts)
}

export function be32 (value: number): Uint8Array {
  const out = Buffer.alloc(4)
  out.writeUInt32BE(value)
  return out
}

export function be64 (value: number): Uint8Array {
  const out = Buffer.alloc(8)
  out.writeBigUInt64BE(BigInt(value))
  return out
}

export async function withDir (job: (dir: string) => Promise<void>): Promise<void> {
  const dir = await tempStorageDir()
  try {
    await job(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
