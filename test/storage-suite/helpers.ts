/**
 * Helpers of the storage semantics suite: fixtures, requests and checks
 * that go through the StorageServer interface only (plus the storage
 * directory on disk where a rule is about the disk).
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { base32Encode } from '../../src/crypto/base32.js'
import type { StorageError } from '../../src/actors/storage/errors.js'
import type {
  AllocateRequest, BucketRef, MutableSecrets, StorageServer, TestAndWrite
} from '../../src/actors/storage/interface.js'

export interface SuiteServer {
  server: StorageServer
  /** The server's storage directory (holding shares/ and corruption-advisories/). */
  dir: string
  close: () => Promise<void>
}

export type ErrorClass = new (message: string) => StorageError

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
export const text = (data: Uint8Array | undefined): string => new TextDecoder().decode(data)
export const secret = (): Uint8Array => randomBytes(32)

/** Compares bytes whatever Uint8Array subclass (Buffer or not) an implementation returns. */
export function sameBytes (actual: Uint8Array | undefined, expected: Uint8Array, what?: string): void {
  assert.ok(actual instanceof Uint8Array, `${what ?? 'result'}: expected bytes`)
  assert.deepEqual(Uint8Array.from(actual), Uint8Array.from(expected), what)
}

export async function rejectsWith (promise: Promise<unknown>, errorClass: ErrorClass, what?: string): Promise<StorageError> {
  let caught: unknown
  await assert.rejects(promise, (err: unknown) => { caught = err; return true }, what)
  assert.ok(caught instanceof errorClass, `${what ?? 'call'}: expected ${errorClass.name}, got ${String(caught)}`)
  const probe = new errorClass('probe')
  assert.equal(caught.code, probe.code)
  return caught
}

export function allocation (storageIndex: Uint8Array, shareNumbers: number[], allocatedSize: number): AllocateRequest {
  return { storageIndex, shareNumbers, allocatedSize, renewSecret: secret(), cancelSecret: secret(), uploadSecret: secret() }
}

export function bucketOf (request: AllocateRequest, shareNumber: number): BucketRef {
  return { storageIndex: request.storageIndex, shareNumber, uploadSecret: request.uploadSecret }
}

export function slotSecrets (): MutableSecrets {
  return { writeEnabler: secret(), renewSecret: secret(), cancelSecret: secret() }
}

/** Share files of a storage index on disk: closed (shares/<aa>/<si>/<n>) and in progress (shares/incoming/<si>.<n>), by share number. */
export async function onDisk (dir: string, storageIndex: Uint8Array): Promise<{ shares: string[], incoming: string[] }> {
  const name = base32Encode(storageIndex)
  const list = async (path: string): Promise<string[]> => await readdir(path).catch(() => [])
  const incoming = (await list(join(dir, 'shares', 'incoming'))).filter(entry => entry.startsWith(`${name}.`))
  return {
    shares: await list(join(dir, 'shares', name.slice(0, 2), name)),
    incoming: incoming.map(entry => entry.slice(name.length + 1))
  }
}

export async function advisories (dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'corruption-advisories')).catch(() => [])).sort()
}

/** Uploads one immutable share in full and closes it. */
export async function storeImmutable (server: StorageServer, storageIndex: Uint8Array, shareNumber: number, data: Uint8Array): Promise<AllocateRequest> {
  const request = allocation(storageIndex, [shareNumber], data.length)
  const result = await server.allocateBuckets(request)
  assert.deepEqual(result.allocated, [shareNumber])
  await server.writeBucket(bucketOf(request, shareNumber), 0, data)
  await server.closeBucket(bucketOf(request, shareNumber))
  return request
}

export function writeOnly (write: Array<[number, string]>, newLength?: number): TestAndWrite {
  const out: TestAndWrite = { test: [], write: write.map(([offset, data]) => ({ offset, data: bytes(data) })) }
  if (newLength !== undefined) out.newLength = newLength
  return out
}

/** Runs `job` against a fresh server and always closes it. */
export type WithServer = (job: (fixture: SuiteServer) => Promise<void>) => Promise<void>
