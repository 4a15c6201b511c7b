/**
 * Publish and servermap details of mutable files: placement (spec f.8),
 * write-call planning, shares too large for one call, read-mode servermaps
 * that stop early, hung servers, surprise shares (f.7), too few servers,
 * and the RSA key pool.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startLocalGrid } from './helpers/local-grid.js'
import { patchShare, recordingServers, sharesOnGrid } from './helpers/mutable-grid.js'
import { storageIndexOf, type MutableWriteCap } from '../src/encoding/caps.js'
import { parseMutableShareHeader, verifyMutableShare } from '../src/encoding/mutable/index.js'
import { RsaPrivateKey } from '../src/crypto/rsa.js'
import { placeMutableShares } from '../src/actors/mutable/placement.js'
import { oldShareTest, planWriteCalls } from '../src/actors/mutable/share-writer.js'
import { readKeysOf, writeKeysOf, type MutableJobContext } from '../src/actors/mutable/context.js'
import { createFile, mapFile, overwriteFile, readFile } from '../src/actors/mutable/operations.js'
import { updateServermap } from '../src/actors/mutable/servermap.js'
import { NotEnoughServersError, UncoordinatedWriteError, keyPool } from '../src/actors/mutable/index.js'
import { ActorStoppedError } from '../src/actors/job-queue.js'
import { silentLogger } from '../src/actors/logger.js'
import type { GridServer } from '../src/actors/grid.js'
import type { StorageServer } from '../src/actors/storage/interface.js'

const ids = (count: number): string[] => Array.from({ length: count }, (_, i) => `s${i}`)
const placesOf = (goal: Array<{ serverId: string, shnum: number }>): string[] => goal.map(p => `${p.shnum}@${p.serverId}`).sort()

describe('mutable share placement', () => {
  it('puts one share on each server in permuted order, and wraps round when servers are few', () => {
    assert.deepEqual(placesOf(placeMutableShares({ servers: ids(10), bad: new Set(), existing: [], n: 10 })),
      ids(10).map((id, i) => `${i}@${id}`).sort())
    assert.deepEqual(placesOf(placeMutableShares({ servers: ids(4), bad: new Set(), existing: [], n: 10 })),
      ['0@s0', '4@s0', '8@s0', '1@s1', '5@s1', '9@s1', '2@s2', '6@s2', '3@s3', '7@s3'].sort())
  })

  it('keeps existing shares where they are and gives homeless ones to the least-loaded servers first', () => {
    const goal = placeMutableShares({
      servers: ids(10),
      bad: new Set(['s9']),
      existing: [
        { serverId: 's2', shnum: 0 }, { serverId: 's5', shnum: 1 }, { serverId: 's5', shnum: 2 }, { serverId: 's7', shnum: 3 },
        { serverId: 's9', shnum: 4 }, { serverId: 's1', shnum: 12 }, { serverId: 's2', shnum: 0 }
      ],
      n: 10
    })
    assert.deepEqual(placesOf(goal), ['0@s2', '1@s5', '2@s5', '3@s7', '4@s0', '5@s1', '6@s3', '7@s4', '8@s6', '9@s8'].sort())
    assert.deepEqual(placeMutableShares({ servers: ids(3), bad: new Set(ids(3)), existing: [], n: 10 }), [])
  })
})

describe('mutable write calls', () => {
  const vectors = [
    { offset: 2167, data: randomBytes(70_000) },
    { offset: 123, data: randomBytes(1200) },
    { offset: 0, data: randomBytes(41) },
    { offset: 59, data: randomBytes(64) },
    { offset: 80_000, data: randomBytes(30_000) }
  ]

  it('sends a share in one call when it fits, else in calls of bounded size with the header last', () => {
    assert.deepEqual(planWriteCalls(vectors, 200_000, 123), [vectors])
    const calls = planWriteCalls(vectors, 25_000, 123)
    for (const call of calls) assert.ok(call.reduce((sum, v) => sum + v.data.length, 0) <= 25_000)
    assert.deepEqual(calls.at(-1)?.map(v => v.offset).sort((a, b) => a - b), [0, 59])
    assert.ok(calls.slice(0, -1).every(call => call.every(v => v.offset >= 123)))
    const image = (list: Array<{ offset: number, data: Uint8Array }>): Buffer => {
      const out = Buffer.alloc(110_000)
      for (const { offset, data } of list) out.set(data, offset)
      return out
    }
    assert.deepEqual(image(calls.flat()), image(vectors))
  })

  it('tests for the old checkstring it saw, or for no share', () => {
    assert.deepEqual(oldShareTest(undefined, 41), { offset: 0, length: 1, specimen: new Uint8Array(0) })
    const mdmf = Uint8Array.of(1, ...randomBytes(100))
    assert.deepEqual(oldShareTest(mdmf, 57), { offset: 0, length: 41, specimen: mdmf.subarray(0, 41) })
    const sdmf = Uint8Array.of(0, ...randomBytes(100))
    assert.deepEqual(oldShareTest(sdmf, 41), { offset: 0, length: 57, specimen: sdmf.subarray(0, 57) })
    const short = Uint8Array.of(7, 1, 2)
    assert.deepEqual(oldShareTest(short, 41), { offset: 0, length: 3, specimen: short })
  })
})

describe('mutable publish and servermap on a local grid of 10', () => {
  let grid: Awaited<ReturnType<typeof startLocalGrid>>
  const keys: RsaPrivateKey[] = []
  const leaseSecret = randomBytes(32)
  const ctxFor = (servers: readonly GridServer[], extra: Partial<MutableJobContext> = {}): MutableJobContext =>
    ({ servers, leaseSecret, timeoutMs: 5000, log: silentLogger, ...extra })
  const create = async (data: Uint8Array, format: 'sdmf' | 'mdmf', ctx = ctxFor(grid.members)): Promise<MutableWriteCap> =>
    (await createFile(ctx, data, { format, privateKey: keys.pop() as RsaPrivateKey, encoding: { k: 3, n: 10 } })).cap

  before(async () => {
    grid = await startLocalGrid(10)
    keys.push(...await Promise.all(Array.from({ length: 7 }, async () => await RsaPrivateKey.generate())))
  })
  after(async () => { await grid.stop() })

  for (const format of ['sdmf', 'mdmf'] as const) {
    it(`${format}: writes and reads shares larger than one call in several calls`, async () => {
      const { servers, log } = recordingServers(grid.members)
      const ctx = ctxFor(servers, { maxCallData: 40_000 })
      const data = randomBytes(300 * 1024)
      const cap = await create(data, format, ctx)
      const sizes = log.writes.map(w => [...w.request.testAndWrite.values()].reduce((sum, e) => sum + e.write.reduce((s, v) => s + v.data.length, 0), 0))
      assert.ok(sizes.every(size => size <= 40_000), `call sizes ${sizes.join(',')}`)
      assert.ok(log.writes.length > 10 * 2)
      for (const { shnum, bytes } of await sharesOnGrid(grid.members, storageIndexOf(cap) as Uint8Array)) {
        assert.equal(verifyMutableShare(cap.fingerprint, shnum, bytes).version.seqnum, 1n)
      }
      log.reset()
      const got = await readFile(ctx, readKeysOf(cap))
      assert.deepEqual(Buffer.from(got.data), data)
      for (const read of log.reads) assert.ok(read.vectors.reduce((sum, v) => sum + v.length, 0) <= 40_000)
      const next = randomBytes(250 * 1024)
      await overwriteFile(ctx, writeKeysOf(cap, 'overwrite'), next, { encoding: { k: 3, n: 10 } })
      assert.deepEqual(Buffer.from((await readFile(ctx, readKeysOf(cap))).data), next)
    })
  }

  it('stops a read-mode map early, and asks everyone when the shares it found are bad', async () => {
    const data = randomBytes(10_000)
    const cap = await create(data, 'mdmf')
    const { storageIndex, fingerprint } = readKeysOf(cap)
    const read = await updateServermap({ servers: grid.members, storageIndex, fingerprint, mode: 'read', maxOutstanding: 1, readExtraAnswers: 0 })
    assert.equal(read.serversAsked, 3)
    assert.equal(read.complete, false)
    assert.equal(read.best()?.distinctShares, 3)
    const write = await updateServermap({ servers: grid.members, storageIndex, fingerprint, mode: 'write', maxOutstanding: 1 })
    assert.equal(write.serversAsked, 10)
    assert.equal(write.complete, true)

    // Spoil the block of shares 0-4, which a one-at-a-time read-mode map finds first.
    for (const { member, shnum, bytes } of (await sharesOnGrid(grid.members, storageIndex)).slice(0, 5)) {
      const header = parseMutableShareHeader(bytes)
      await patchShare(member, storageIndex, cap.writekey, shnum, { offset: header.shareData.offset + 20, data: randomBytes(8) })
    }
    const ctx = ctxFor(grid.members, { maxOutstanding: 1 })
    assert.equal((await mapFile(ctx, readKeysOf(cap), 'read')).complete, false)
    assert.deepEqual(Buffer.from((await readFile(ctx, readKeysOf(cap))).data), data)
  })

  it('routes around a server that never answers', async () => {
    const cap = await create(randomBytes(3000), 'sdmf')
    const hung: GridServer[] = grid.members.map((m, i) => i !== 0
      ? m
      : {
          ...m,
          storage: new Proxy(m.storage, {
            get: (target, prop, receiver): unknown => prop === 'slotReadv' ? async () => await new Promise<never>(() => {}) : Reflect.get(target, prop, receiver) as unknown
          }) satisfies StorageServer
        })
    const ctx = ctxFor(hung, { timeoutMs: 200 })
    const map = await mapFile(ctx, readKeysOf(cap), 'write')
    assert.ok(map.failures.get(grid.members[0]?.id ?? '')?.includes('did not answer'))
    assert.equal(map.best()?.distinctShares, 9)
    assert.equal((await readFile(ctx, readKeysOf(cap))).data.length, 3000)
  })

  it('fails with UncoordinatedWriteError when a server shows a share the servermap did not, yet writes its own', async () => {
    const cap = await create(randomBytes(2000), 'mdmf')
    const ctx = ctxFor(grid.members)
    const keysW = writeKeysOf(cap, 'overwrite')
    const map = await mapFile(ctx, keysW, 'write')
    // Meanwhile "someone" puts a share 3 of another version beside share 7.
    const shares = await sharesOnGrid(grid.members, keysW.storageIndex)
    const seven = shares.find(s => s.shnum === 7)
    assert.ok(seven !== undefined)
    const other = Uint8Array.from(seven.bytes)
    other[8] = 9
    await patchShare(seven.member, keysW.storageIndex, cap.writekey, 3, { offset: 0, data: other })

    const next = randomBytes(1500)
    await assert.rejects(overwriteFile(ctx, keysW, next, { servermap: map, encoding: { k: 3, n: 10 } }), UncoordinatedWriteError)
    const got = await readFile(ctx, readKeysOf(cap))
    assert.equal(got.seqnum, 2n)
    assert.deepEqual(Buffer.from(got.data), next)
  })

  it('fails with NotEnoughServersError when fewer than k shares could be written', async () => {
    grid.members.forEach((m, i) => { m.down = i >= 2 })
    try {
      await assert.rejects(create(randomBytes(100), 'sdmf'), (err: unknown) => {
        assert.ok(err instanceof NotEnoughServersError)
        assert.equal(err.needed, 3)
        assert.equal(err.written, 2)
        return true
      })
    } finally {
      grid.members.forEach(m => { m.down = false })
    }
  })
})

describe('RSA key pool', () => {
  const fakeKeys = (): { generate: () => Promise<RsaPrivateKey>, made: number[] } => {
    const made: number[] = []
    return { made, generate: async () => { made.push(made.length); return await Promise.resolve({ id: made.length } as unknown as RsaPrivateKey) } }
  }
  const settle = async (): Promise<void> => { for (let i = 0; i < 10; i++) await new Promise(resolve => setImmediate(resolve)) }

  it('fills to its size in the background, refills after each take, and never hands a key out twice', async () => {
    const { generate, made } = fakeKeys()
    const pool = keyPool({ size: 2, generate })
    pool.start()
    await settle()
    assert.equal(pool.ready, 2)
    assert.equal(made.length, 2)
    const taken = [await pool.take(), await pool.take(), await pool.take()]
    assert.equal(new Set(taken).size, 3)
    await settle()
    assert.equal(pool.ready, 2)
    assert.ok(made.length <= 6)
    await pool.stop()
    assert.equal(pool.ready, 0)
    await assert.rejects(pool.take(), ActorStoppedError)
  })

  it('logs a failed generation and still serves takes', async () => {
    let fail = true
    const errors: string[] = []
    const log = Object.assign(() => {}, { error: (message: string) => { errors.push(message) } })
    const pool = keyPool({
      size: 1,
      log,
      generate: async () => {
        if (fail) throw new Error('no entropy')
        return await Promise.resolve({} as unknown as RsaPrivateKey)
      }
    })
    pool.start()
    await settle()
    assert.equal(errors.length, 1)
    fail = false
    assert.ok(await pool.take() !== undefined)
    await pool.stop()
  })

  it('makes real 2048-bit keys off the event loop', async () => {
    const pool = keyPool({ size: 1 })
    pool.start()
    const key = await pool.take()
    assert.equal(key.publicKey.modulusBits, 2048)
    await pool.stop()
  })
})
