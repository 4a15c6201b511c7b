/**
 * Helpers for mutable-file tests on a local grid: storage wrappers that
 * record (or hold back) calls, and direct share access for corrupting and
 * inspecting shares the way a misbehaving server or a disk fault would.
 */
import { randomBytes } from 'node:crypto'
import { writeEnabler } from '../../src/crypto/mutable-keys.js'
import type { GridServer } from '../../src/actors/grid.js'
import type { ReadVector, TestAndSetRequest } from '../../src/actors/storage/interface.js'
import type { LocalGridMember } from './local-grid.js'

export interface ReadCall {
  server: string
  shareNumbers: number[]
  vectors: ReadVector[]
  /** Bytes returned. */
  bytes: number
}

export interface WriteCall {
  server: string
  request: TestAndSetRequest
  success?: boolean
}

export interface CallLog {
  reads: ReadCall[]
  writes: WriteCall[]
  advisories: Array<{ server: string, shnum: number }>
  /** Every method call, by name. */
  calls: string[]
  reset: () => void
}

export interface Hooks {
  /** Awaited before a test-and-set is passed on; lets a test order two writers. */
  beforeWrite?: (server: GridServer, request: TestAndSetRequest) => Promise<void> | undefined
  afterWrite?: (server: GridServer, request: TestAndSetRequest) => void
}

/** Grid servers whose storage records every call into the returned log. */
export function recordingServers (members: readonly LocalGridMember[], hooks: Hooks = {}): { servers: GridServer[], log: CallLog } {
  const log: CallLog = {
    reads: [],
    writes: [],
    advisories: [],
    calls: [],
    reset () {
      log.reads.length = 0
      log.writes.length = 0
      log.advisories.length = 0
      log.calls.length = 0
    }
  }
  const servers = members.map(member => {
    const server: GridServer = { ...member, storage: member.storage }
    const inner = member.storage
    server.storage = new Proxy(inner, {
      get (target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver)
        if (typeof value !== 'function') return value
        const call = value as (...a: unknown[]) => Promise<unknown>
        return async (...args: unknown[]) => {
          log.calls.push(String(prop))
          if (prop === 'adviseCorruptShare') log.advisories.push({ server: member.id, shnum: args[2] as number })
          if (prop === 'slotTestvAndReadvAndWritev') {
            const request = args[0] as TestAndSetRequest
            await hooks.beforeWrite?.(server, request)
            const entry: WriteCall = { server: member.id, request }
            log.writes.push(entry)
            const result = await call.apply(target, args) as { success: boolean }
            entry.success = result.success
            hooks.afterWrite?.(server, request)
            return result
          }
          const result = await call.apply(target, args)
          if (prop === 'slotReadv') {
            const answer = result as Map<number, Uint8Array[]>
            let bytes = 0
            for (const reads of answer.values()) for (const read of reads) bytes += read.length
            log.reads.push({ server: member.id, shareNumbers: args[1] as number[], vectors: args[2] as ReadVector[], bytes })
          }
          return result
        }
      }
    })
    return server
  })
  return { servers, log }
}

/** Every mutable share of `storageIndex` on the grid, whole. */
export async function sharesOnGrid (members: readonly LocalGridMember[], storageIndex: Uint8Array): Promise<Array<{ member: LocalGridMember, shnum: number, bytes: Uint8Array }>> {
  const out: Array<{ member: LocalGridMember, shnum: number, bytes: Uint8Array }> = []
  for (const member of members) {
    const shares = await member.local.slotReadv(storageIndex, [], [{ offset: 0, length: 4 * 1024 * 1024 }])
    for (const [shnum, [bytes]] of shares) out.push({ member, shnum, bytes: bytes ?? new Uint8Array(0) })
  }
  return out.sort((a, b) => a.shnum - b.shnum)
}

/** Overwrites bytes of a share in place (or deletes it with newLength 0), as a faulty disk or server might. */
export async function patchShare (
  member: LocalGridMember, storageIndex: Uint8Array, writekey: Uint8Array, shnum: number,
  patch: { offset: number, data: Uint8Array } | { delete: true }
): Promise<void> {
  const secrets = { writeEnabler: writeEnabler(writekey, member.leaseSeed), renewSecret: randomBytes(32), cancelSecret: randomBytes(32) }
  const entry = 'delete' in patch ? { test: [], write: [], newLength: 0 } : { test: [], write: [patch] }
  const result = await member.local.slotTestvAndReadvAndWritev({ storageIndex, secrets, testAndWrite: new Map([[shnum, entry]]), readVector: [] })
  if (!result.success) throw new Error('patch did not apply')
}

/** A promise with its resolver, for ordering calls in a test. */
export function deferred (): { promise: Promise<void>, resolve: () => void } {
  let resolve = (): void => {}
  const promise = new Promise<void>(r => { resolve = r })
  return { promise, resolve }
}
