/**
 * A local grid with the real mutable-file actor, uploader and downloader
 * started on it, and the directory operations over them, for directory
 * tests. The clock is a settable number so link times can be asserted.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { downloaderActor, type Downloader } from '../../src/actors/downloader/index.js'
import type { GridServer } from '../../src/actors/grid.js'
import { keyPool, mutableFilesActor, type KeyPool, type MutableFiles } from '../../src/actors/mutable/index.js'
import { uploaderActor, type Uploader } from '../../src/actors/uploader/index.js'
import { parseCap, type ChkCap, type LitCap } from '../../src/encoding/caps.js'
import { directories, type Directories, type DirectoriesInit } from '../../src/fs/directories/index.js'
import { startLocalGrid } from './local-grid.js'

export const K = 3
export const N = 10
export const HAPPY = 7

export interface TestClock {
  /** Milliseconds since the epoch, as the directories see it. */
  ms: number
  now: () => number
}

export function testClock (start = 1_700_000_000_000): TestClock {
  const clock: TestClock = { ms: start, now: () => clock.ms }
  return clock
}

export interface DirectoryGrid {
  grid: Awaited<ReturnType<typeof startLocalGrid>>
  mutable: MutableFiles
  uploader: Uploader
  downloader: Downloader
  keys: KeyPool
  clock: TestClock
  dirs: Directories
  leaseSecret: Uint8Array
  /** Another directories view, over its own mutable actor (stopped with the grid) reaching the grid through `servers`. */
  secondWriter: (servers: () => readonly GridServer[], init?: DirectoriesInit) => Promise<Directories>
  /** Uploads bytes as an immutable file; returns the cap text. */
  putImmutable: (data: Uint8Array) => Promise<string>
  /** Reads an immutable file whole. */
  getImmutable: (cap: string) => Promise<Buffer>
  stop: () => Promise<void>
}

export async function startDirectoryGrid (init: DirectoriesInit = {}): Promise<DirectoryGrid> {
  const grid = await startLocalGrid(N)
  const servers = (): readonly GridServer[] => grid.members
  const leaseSecret = randomBytes(32)
  const keys = keyPool({ size: 4 })
  const mutable = mutableFilesActor({ encoding: { k: K, n: N } })({ servers, leaseSecret, keys })
  const uploader = uploaderActor({ encoding: { k: K, happy: HAPPY, n: N }, tempDir: join(grid.root, 'upload-tmp') })({
    servers, leaseSecret, convergenceSecret: randomBytes(32)
  })
  const downloader = downloaderActor()({ servers })
  await mutable.start()
  await uploader.start()
  await downloader.start()
  const clock = testClock()
  const dirs = directories({ mutable, uploader, downloader, clock: clock.now, keys }, init)
  const extra: Array<() => Promise<void>> = []

  return {
    grid,
    mutable,
    uploader,
    downloader,
    keys,
    clock,
    dirs,
    leaseSecret,
    async secondWriter (otherServers, otherInit = init) {
      const other = mutableFilesActor({ encoding: { k: K, n: N } })({ servers: otherServers, leaseSecret, keys: keyPool({ size: 0 }) })
      await other.start()
      extra.push(async () => { await other.stop() })
      return directories({ mutable: other, uploader, downloader, clock: clock.now }, otherInit)
    },
    async putImmutable (data) {
      return (await uploader.uploadStream(Readable.from([data]))).cap
    },
    async getImmutable (cap) {
      const parts: Uint8Array[] = []
      for await (const chunk of downloader.read(parseCap(cap) as ChkCap | LitCap)) parts.push(chunk)
      return Buffer.concat(parts)
    },
    async stop () {
      for (const stop of extra) await stop()
      await downloader.stop()
      await uploader.stop()
      await mutable.stop()
      await grid.stop()
    }
  }
}
