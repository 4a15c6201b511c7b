/**
 * A grid of local storage servers in one process, no network: the fastest
 * way to exercise uploader and downloader against real share stores.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localStorageServer, type LocalStorageServer } from '../../src/actors/storage/index.js'
import type { StorageServer } from '../../src/actors/storage/interface.js'
import type { GridServer } from '../../src/actors/grid.js'

export interface LocalGridMember extends GridServer {
  dir: string
  local: LocalStorageServer
  /** While true, every call to this server fails, as if it were stopped. */
  down: boolean
}

function failingWhenDown (member: { down: boolean }, storage: StorageServer): StorageServer {
  return new Proxy(storage, {
    get (target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver)
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        if (member.down) throw new Error('server is down')
        return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)
      }
    }
  })
}

export async function startLocalGrid (count: number): Promise<{ members: LocalGridMember[], root: string, stop: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'lafs-grid-'))
  const members: LocalGridMember[] = []
  for (let i = 0; i < count; i++) {
    const dir = join(root, `server-${i}`)
    const nodeId = randomBytes(32)
    const local = localStorageServer({ storageDir: dir, nodeId })
    await local.start()
    const member: LocalGridMember = { id: `server-${i}`, permutationSeed: nodeId, leaseSeed: nodeId, dir, local, down: false, storage: local }
    member.storage = failingWhenDown(member, local)
    members.push(member)
  }
  return {
    members,
    root,
    stop: async () => {
      await Promise.all(members.map(async m => { await m.local.stop() }))
      await rm(root, { recursive: true, force: true })
    }
  }
}
