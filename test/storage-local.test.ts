/**
 * The local StorageServer: the shared semantics suite, then what only the
 * local implementation can show: restarts, stale uploads, the idle timeout,
 * space accounting, stop, and a process killed in the middle of an upload.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  NoSuchBucketError, StorageError, StorageUnavailableError, STORAGE_ERROR_CODES, storageErrorFromCode, type LocalStorageServer
} from '../src/actors/storage/index.js'
import type { MutableSecrets } from '../src/actors/storage/interface.js'
import {
  ManualClock, allocation, be32, bytes, concat, incomingPath, secret, startServer, storeImmutable, tempStorageDir, text, withDir
} from './helpers/storage-local.js'
import { storageSemanticsSuite } from './storage-suite.js'

storageSemanticsSuite('local', async () => {
  const dir = await tempStorageDir()
  const server = await startServer(dir)
  return {
    server,
    dir,
    close: async () => {
      await server.stop()
      await rm(dir, { recursive: true, force: true })
    }
  }
})

describe('local storage server', () => {
  it('serves, after a restart, the shares a previous server stored', async () => {
    await withDir(async dir => {
      const nodeId = randomBytes(32)
      const first = await startServer(dir, { nodeId })
      const si = randomBytes(16)
      const immutable = await storeImmutable(first, si, 1, bytes('kept across restarts'))
      const mutableSi = randomBytes(16)
      const secrets: MutableSecrets = { writeEnabler: secret(), renewSecret: secret(), cancelSecret: secret() }
      await first.slotTestvAndReadvAndWritev({ storageIndex: mutableSi, secrets, testAndWrite: new Map([[0, { test: [], write: [{ offset: 0, data: bytes('slot') }] }]]), readVector: [] })
      await first.stop()
      await rejectsUnavailable(first)

      const second = await startServer(dir, { nodeId })
      try {
        assert.deepEqual(await second.listBuckets(si), [1])
        assert.equal(text(await second.readBucket(si, 1, 0, 100)), 'kept across restarts')
        await second.renewLease(si, immutable.renewSecret)
        assert.equal(text((await second.slotReadv(mutableSi, [], [{ offset: 0, length: 10 }])).get(0)?.[0]), 'slot')
        const result = await second.slotTestvAndReadvAndWritev({ storageIndex: mutableSi, secrets, testAndWrite: new Map([[0, { test: [{ offset: 0, length: 4, specimen: bytes('slot') }], write: [{ offset: 4, data: bytes('!') }] }]]), readVector: [] })
        assert.equal(result.success, true)
      } finally {
        await second.stop()
      }
    })
  })

  async function rejectsUnavailable (server: LocalStorageServer): Promise<void> {
    await assert.rejects(server.listBuckets(randomBytes(16)), StorageUnavailableError)
  }

  it('clears stale uploads from incoming/ at start, and never serves them', async () => {
    await withDir(async dir => {
      const si = randomBytes(16)
      const stale = incomingPath(dir, si, 0)
      await mkdir(join(stale, '..'), { recursive: true })
      await writeFile(stale, concat(be32(2), be32(4), be32(0), bytes('half')))
      const server = await startServer(dir)
      try {
        assert.deepEqual(await readdir(join(dir, 'shares', 'incoming')), [])
        assert.deepEqual(await server.listBuckets(si), [])
        await assert.rejects(server.readBucket(si, 0, 0, 4), NoSuchBucketError)
        const retry = allocation(si, [0], 4)
        assert.deepEqual((await server.allocateBuckets(retry)).allocated, [0])
      } finally {
        await server.stop()
      }
    })
  })

  it('aborts an upload idle for 30 minutes, each write restarting the wait', async () => {
    await withDir(async dir => {
      const clock = new ManualClock()
      const server = await startServer(dir, { clock, freeSpace: async () => await Promise.resolve(1000) })
      try {
        const si = randomBytes(16)
        const request = allocation(si, [0], 1000)
        const bucket = { storageIndex: si, shareNumber: 0, uploadSecret: request.uploadSecret }
        assert.deepEqual((await server.allocateBuckets(request)).allocated, [0])
        clock.advance(29 * 60_000)
        await server.writeBucket(bucket, 0, bytes('a'))
        clock.advance(29 * 60_000)
        await server.writeBucket(bucket, 1, bytes('b'))
        assert.equal((await stat(incomingPath(dir, si, 0))).isFile(), true)
        clock.advance(30 * 60_000)
        await assert.rejects(server.writeBucket(bucket, 2, bytes('c')), NoSuchBucketError)
        await assert.rejects(stat(incomingPath(dir, si, 0)), { code: 'ENOENT' })
        assert.deepEqual(await server.listBuckets(si), [])
        // Its space is released.
        assert.deepEqual((await server.allocateBuckets(allocation(randomBytes(16), [0], 1000))).allocated, [0])
      } finally {
        await server.stop()
      }
    })
  })

  it('counts reserved space and pending allocations against the free space', async () => {
    await withDir(async dir => {
      let free = 1000
      const server = await startServer(dir, { reservedSpace: 100, freeSpace: async () => await Promise.resolve(free) })
      try {
        assert.equal((await server.getVersion()).availableSpace, 900)
        assert.equal((await server.getVersion()).maximumImmutableShareSize, 900)
        const first = allocation(randomBytes(16), [0], 600)
        assert.deepEqual((await server.allocateBuckets(first)).allocated, [0])
        assert.deepEqual((await server.allocateBuckets(allocation(randomBytes(16), [0], 400))).allocated, [], '300 left')
        const many = allocation(randomBytes(16), [0, 1, 2], 100)
        assert.deepEqual((await server.allocateBuckets(many)).allocated, [0, 1, 2], 'each bucket counts against the rest')
        assert.deepEqual((await server.allocateBuckets(allocation(randomBytes(16), [0], 0))).allocated, [], 'nothing at zero space')
        await server.abortBucket({ storageIndex: first.storageIndex, shareNumber: 0, uploadSecret: first.uploadSecret })
        assert.deepEqual((await server.allocateBuckets(allocation(randomBytes(16), [0], 600))).allocated, [0])
        free = 50
        assert.equal((await server.getVersion()).availableSpace, 0, 'never below zero')
        assert.deepEqual((await server.allocateBuckets(allocation(randomBytes(16), [0], 1))).allocated, [])
      } finally {
        await server.stop()
      }
    })
  })

  it('aborts open uploads on stop, and refuses calls once stopped', async () => {
    await withDir(async dir => {
      const server = await startServer(dir)
      const si = randomBytes(16)
      const request = allocation(si, [0], 8)
      await server.allocateBuckets(request)
      await server.writeBucket({ storageIndex: si, shareNumber: 0, uploadSecret: request.uploadSecret }, 0, bytes('half'))
      await server.stop()
      assert.deepEqual(await readdir(join(dir, 'shares', 'incoming')), [])
      await assert.rejects(server.closeBucket({ storageIndex: si, shareNumber: 0, uploadSecret: request.uploadSecret }), StorageUnavailableError)
      const next = await startServer(dir)
      try {
        assert.deepEqual(await next.listBuckets(si), [])
      } finally {
        await next.stop()
      }
    })
  })

  it('leaves nothing served when the process is killed in the middle of an upload', async () => {
    await withDir(async dir => {
      const si = randomBytes(16)
      const moduleUrl = new URL('../src/actors/storage/index.js', import.meta.url).href
      const child = spawn(process.execPath, ['--input-type=module', '-e', `
        import { localStorageServer } from ${JSON.stringify(moduleUrl)}
        const [dir, siHex] = process.argv.slice(1)
        const server = localStorageServer({ storageDir: dir, nodeId: new Uint8Array(32) })
        await server.start()
        const storageIndex = Buffer.from(siHex, 'hex')
        const uploadSecret = Buffer.alloc(32, 3)
        await server.allocateBuckets({ storageIndex, shareNumbers: [0], allocatedSize: 1000, renewSecret: Buffer.alloc(32, 1), cancelSecret: Buffer.alloc(32, 2), uploadSecret })
        await server.writeBucket({ storageIndex, shareNumber: 0, uploadSecret }, 0, Buffer.alloc(500, 7))
        process.stdout.write('half written\\n')
        setInterval(() => {}, 1000)
      `, dir, Buffer.from(si).toString('hex')], { stdio: ['ignore', 'pipe', 'inherit'] })
      const exited = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, signal) => { resolve(signal) }))
      await new Promise<void>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); if (out.includes('half written')) resolve() })
        child.on('exit', () => { reject(new Error('the child exited before writing')) })
      })
      assert.equal((await stat(incomingPath(dir, si, 0))).size, 12 + 1000 + 72, 'the upload was in progress')
      child.kill('SIGKILL')
      assert.equal(await exited, 'SIGKILL')

      const server = await startServer(dir)
      try {
        assert.deepEqual(await server.listBuckets(si), [])
        await assert.rejects(server.readBucket(si, 0, 0, 10), NoSuchBucketError)
        assert.deepEqual(await readdir(join(dir, 'shares', 'incoming')), [])
        assert.deepEqual((await readdir(join(dir, 'shares'))), ['incoming'])
      } finally {
        await server.stop()
      }
    })
  })

  it('maps every error code back to its class', () => {
    for (const code of STORAGE_ERROR_CODES) {
      const err = storageErrorFromCode(code, 'message')
      assert.ok(err instanceof StorageError)
      assert.equal(err.code, code)
      assert.equal(err.name, err.constructor.name)
    }
    assert.equal(new Set(STORAGE_ERROR_CODES).size, STORAGE_ERROR_CODES.length)
  })
})
