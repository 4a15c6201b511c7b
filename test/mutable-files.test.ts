/**
 * The mutable-file actor on ten real local share stores (k=3, N=10):
 * create / read / overwrite of SDMF and MDMF files, caps from given keys,
 * read caps, dead servers, corrupt shares, and racing writers.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startLocalGrid } from './helpers/local-grid.js'
import { deferred, patchShare, recordingServers, sharesOnGrid } from './helpers/mutable-grid.js'
import { vectorKeys } from './helpers/mutable.js'
import { formatCap, parseCap, readCap, storageIndexOf, type MutableReadCap, type MutableWriteCap } from '../src/encoding/caps.js'
import { parseMutableShareHeader, type MutableFormat } from '../src/encoding/mutable/index.js'
import {
  ReadOnlyCapError, UncoordinatedWriteError, UnrecoverableMutableFileError, keyPool, mutableFilesActor, type MutableFiles
} from '../src/actors/mutable/index.js'
import type { GridServer } from '../src/actors/grid.js'

const leaseSecret = randomBytes(32)
const SIZES = [0, 1, 200 * 1024, 1024 * 1024]
const FORMATS: MutableFormat[] = ['sdmf', 'mdmf']

describe('mutable files on a local grid of 10', () => {
  let grid: Awaited<ReturnType<typeof startLocalGrid>>
  let recorded: ReturnType<typeof recordingServers>
  let files: MutableFiles
  const keys = keyPool({ size: 4 })

  const actorOn = (servers: () => readonly GridServer[], pool = keys): MutableFiles =>
    mutableFilesActor({ encoding: { k: 3, n: 10 } })({ servers, leaseSecret, keys: pool })

  before(async () => {
    grid = await startLocalGrid(10)
    recorded = recordingServers(grid.members)
    files = actorOn(() => recorded.servers)
    await files.start()
  })
  after(async () => {
    await files.stop()
    await grid.stop()
  })

  for (const format of FORMATS) {
    it(`${format}: creates, reads and overwrites files of 0, 1, 200 KB and 1 MB`, async () => {
      for (const [i, size] of SIZES.entries()) {
        const data = randomBytes(size)
        const cap = await files.create(data, { format })
        assert.equal(cap.kind, format === 'sdmf' ? 'ssk' : 'mdmf')
        const first = await files.read(cap)
        assert.deepEqual(Buffer.from(first.data), data, `size ${size}`)
        assert.equal(first.seqnum, 1n)
        assert.equal(first.size, size)
        assert.equal(first.format, format)

        // One share on each server, all of seqnum 1.
        const si = storageIndexOf(cap) as Uint8Array
        const shares = await sharesOnGrid(grid.members, si)
        assert.deepEqual(shares.map(s => s.shnum), [...Array(10).keys()])
        assert.equal(new Set(shares.map(s => s.member.id)).size, 10)
        for (const share of shares) assert.equal(parseMutableShareHeader(share.bytes).version.seqnum, 1n)

        // Overwrite with the next size: files grow and shrink.
        const next = randomBytes(SIZES[(i + 1) % SIZES.length] as number)
        const written = await files.overwrite(cap, next)
        assert.equal(written.seqnum, 2n)
        assert.equal(written.distinctShares, 10)
        const second = await files.read(cap)
        assert.deepEqual(Buffer.from(second.data), next)
        assert.equal(second.seqnum, 2n)
        assert.deepEqual(Buffer.from((await files.read(cap, { range: { start: 0, end: Math.min(1, next.length) } })).data), next.subarray(0, 1))
      }
    })
  }

  it('gives a file created with a given key exactly the cap Tahoe gives that key, once', async () => {
    for (const format of FORMATS) {
      const { key, expectedCap } = vectorKeys()[format]
      const data = randomBytes(1000)
      const cap = await files.create(data, { format, privateKey: key })
      assert.equal(formatCap(cap), expectedCap)
      assert.deepEqual(Buffer.from((await files.read(parseCap(expectedCap) as MutableWriteCap)).data), data)
      // A second first-publish under the same key finds the shares in its way and changes nothing.
      await assert.rejects(files.create(randomBytes(10), { format, privateKey: key }), UncoordinatedWriteError)
      assert.deepEqual(Buffer.from((await files.read(cap)).data), data)
    }
  })

  it('reads through a read cap, and refuses to write through one before any server call', async () => {
    const data = randomBytes(5000)
    const cap = await files.create(data, { format: 'mdmf' })
    const ro = readCap(cap) as MutableReadCap
    assert.equal(ro.kind, 'mdmf-ro')
    assert.ok(!('writekey' in ro))
    assert.deepEqual(Buffer.from((await files.read(ro)).data), data)
    assert.deepEqual(Buffer.from((await files.read(ro, { range: { start: 100, end: 200 } })).data), data.subarray(100, 200))

    recorded.log.reset()
    await assert.rejects(files.overwrite(ro, randomBytes(10)), ReadOnlyCapError)
    await assert.rejects(files.writeAt(ro, 0, randomBytes(10)), ReadOnlyCapError)
    const sdmfRo = readCap(await files.create(data, { format: 'sdmf' })) as MutableReadCap
    recorded.log.reset()
    await assert.rejects(files.overwrite(sdmfRo, randomBytes(10)), { name: 'ReadOnlyCapError', code: 'ERR_READ_ONLY_CAP' })
    assert.deepEqual(recorded.log.calls, [])
    assert.deepEqual(Buffer.from((await files.read(ro)).data), data)
    const chk = parseCap('URI:LIT:mfrgg')
    await assert.rejects(files.read(chk as unknown as MutableReadCap), { code: 'ERR_PARAMETER' })
  })

  it('reads with 7 of 10 servers down, fails with counts at 8, and overwrites with 7 down', async () => {
    const data = randomBytes(150 * 1024)
    const cap = await files.create(data, { format: 'mdmf' })
    const setDown = (count: number): void => { grid.members.forEach((m, i) => { m.down = i < count }) }
    try {
      setDown(7)
      assert.deepEqual(Buffer.from((await files.read(cap)).data), data)
      setDown(8)
      await assert.rejects(files.read(cap), (err: unknown) => {
        assert.ok(err instanceof UnrecoverableMutableFileError)
        assert.equal(err.code, 'ERR_NOT_ENOUGH_SHARES')
        assert.equal(err.needed, 3)
        assert.equal(err.good, 2)
        assert.equal(err.serversResponding, 2)
        return true
      })
      setDown(7)
      const next = randomBytes(1234)
      const written = await files.overwrite(cap, next)
      assert.equal(written.distinctShares, 10, 'homeless shares go round the live servers')
      setDown(0)
      const got = await files.read(cap)
      assert.equal(got.seqnum, 2n)
      assert.deepEqual(Buffer.from(got.data), next)
    } finally {
      setDown(0)
    }
  })

  for (const format of FORMATS) {
    it(`${format}: skips a share whose signature fails and one with a corrupt block, and reports them`, async () => {
      const data = randomBytes(format === 'mdmf' ? 300 * 1024 : 20 * 1024)
      const cap = await files.create(data, { format })
      const si = storageIndexOf(cap) as Uint8Array
      const shares = await sharesOnGrid(grid.members, si)
      const at = (shnum: number): { member: (typeof shares)[number]['member'], header: ReturnType<typeof parseMutableShareHeader> } => {
        const share = shares.find(s => s.shnum === shnum) as (typeof shares)[number]
        return { member: share.member, header: parseMutableShareHeader(share.bytes) }
      }
      // Primary shares, which a reader tries first. Share 0 claims seqnum 5, which its signature does not cover.
      const bad0 = at(0)
      await patchShare(bad0.member, si, cap.writekey, 0, { offset: 8, data: Uint8Array.of(5) })
      const bad1 = at(1)
      const lastBlockByte = bad1.header.shareData.offset + bad1.header.shareData.length - 1
      await patchShare(bad1.member, si, cap.writekey, 1, { offset: lastBlockByte, data: Uint8Array.of(0x5a ^ (shares[1]?.bytes[lastBlockByte] ?? 0)) })

      recorded.log.reset()
      const got = await files.read(cap)
      assert.deepEqual(Buffer.from(got.data), data)
      assert.equal(got.seqnum, 1n)
      const reported = (): string[] => recorded.log.advisories.map(a => `${a.shnum}@${a.server}`)
      assert.ok(reported().includes(`1@${bad1.member.id}`))
      for (const report of reported()) assert.ok([`0@${bad0.member.id}`, `1@${bad1.member.id}`].includes(report), report)

      const map = await files.servermap(cap, 'write')
      assert.deepEqual(map.badShares.map(b => b.shnum), [0])
      assert.ok(reported().includes(`0@${bad0.member.id}`))
      assert.equal(map.highestSeqnum(), 1n, 'an unsigned seqnum does not count')
      assert.equal(map.best()?.distinctShares, 9)
      // An overwrite replaces the bad shares too.
      const next = randomBytes(777)
      assert.equal((await files.overwrite(cap, next)).distinctShares, 10)
      const after = await files.servermap(cap, 'write')
      assert.equal(after.badShares.length, 0)
      assert.equal(after.best()?.distinctShares, 10)
      assert.deepEqual(Buffer.from((await files.read(cap)).data), next)
    })
  }

  for (const format of FORMATS) {
    it(`${format}: two writers racing from separate servermaps: one fails, a whole version survives`, async () => {
      const cap = await files.create(randomBytes(4000), { format })
      const m1 = await files.servermap(cap, 'write')
      const m2 = await files.servermap(cap, 'write')
      const a = randomBytes(3000)
      const b = randomBytes(5000)
      const results = await Promise.allSettled([files.overwrite(cap, a, { servermap: m1 }), files.overwrite(cap, b, { servermap: m2 })])
      const failed = results.filter(r => r.status === 'rejected')
      assert.ok(failed.length >= 1)
      for (const r of failed) assert.ok(r.status === 'rejected' && r.reason instanceof UncoordinatedWriteError, String(r.status === 'rejected' ? r.reason : ''))
      const got = await files.read(cap)
      assert.equal(got.seqnum, 2n)
      assert.ok(Buffer.from(got.data).equals(a) || Buffer.from(got.data).equals(b))
    })
  }

  it('two writers that each win half the servers both fail, and a read returns one whole version', async () => {
    const cap = await files.create(randomBytes(100 * 1024), { format: 'mdmf' })
    // Writer A reaches servers 0-4 only after B has written there, B reaches 5-9 only after A.
    const done = { a: grid.members.map(() => deferred()), b: grid.members.map(() => deferred()) }
    const index = (server: GridServer): number => grid.members.findIndex(m => m.id === server.id)
    const writer = (me: 'a' | 'b', other: 'a' | 'b', heldOn: (i: number) => boolean): MutableFiles => {
      const { servers } = recordingServers(grid.members, {
        beforeWrite: server => heldOn(index(server)) ? done[other][index(server)]?.promise : undefined,
        afterWrite: server => { done[me][index(server)]?.resolve() }
      })
      return actorOn(() => servers, keyPool({ size: 0 }))
    }
    const writerA = writer('a', 'b', i => i < 5)
    const writerB = writer('b', 'a', i => i >= 5)
    await writerA.start()
    await writerB.start()
    try {
      const [mapA, mapB] = [await writerA.servermap(cap, 'write'), await writerB.servermap(cap, 'write')]
      const a = randomBytes(60 * 1024)
      const b = randomBytes(70 * 1024)
      const results = await Promise.allSettled([writerA.overwrite(cap, a, { servermap: mapA }), writerB.overwrite(cap, b, { servermap: mapB })])
      for (const r of results) assert.ok(r.status === 'rejected' && r.reason instanceof UncoordinatedWriteError)
      const map = await files.servermap(cap, 'write')
      assert.deepEqual(map.versions().map(v => [v.version.seqnum, v.distinctShares]), [[2n, 5], [2n, 5]])
      const got = await files.read(cap)
      assert.ok(Buffer.from(got.data).equals(a) || Buffer.from(got.data).equals(b), 'one whole version, never a mix')
      // A later writer with a fresh map puts everything back in order.
      const c = randomBytes(10)
      assert.equal((await files.overwrite(cap, c)).seqnum, 3n)
      assert.deepEqual(Buffer.from((await files.read(cap)).data), c)
    } finally {
      await writerA.stop()
      await writerB.stop()
    }
  })
})
