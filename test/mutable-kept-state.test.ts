/**
 * What a mutable-file actor keeps of the files it writes (file-state.ts):
 * a modify starts from it without asking the servers, a kept state another
 * writer made stale still gives a correct modify (no lost update, no mix of
 * versions), reads never go back behind this node's own last write, writes
 * of one file in one actor never collide, and the cache is bounded.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startLocalGrid } from './helpers/local-grid.js'
import { patchShare, recordingServers, sharesOnGrid } from './helpers/mutable-grid.js'
import { readCap, storageIndexOf, type MutableReadCap } from '../src/encoding/caps.js'
import type { MutableFormat } from '../src/encoding/mutable/index.js'
import { keyPool, mutableFilesActor, type MutableFiles, type MutableModifier } from '../src/actors/mutable/index.js'
import { FileStateCache, type FileState } from '../src/actors/mutable/file-state.js'
import { updateServermap } from '../src/actors/mutable/servermap.js'
import { readKeysOf } from '../src/actors/mutable/context.js'
import type { GridServer } from '../src/actors/grid.js'
import type { RsaPrivateKey } from '../src/crypto/rsa.js'

const leaseSecret = randomBytes(32)
const FORMATS: MutableFormat[] = ['sdmf', 'mdmf']
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8')
const append = (line: string): MutableModifier => contents => Buffer.from(`${text(contents)}${line}\n`)

describe('kept state of mutable files on a local grid of 10', () => {
  let grid: Awaited<ReturnType<typeof startLocalGrid>>
  let recorded: ReturnType<typeof recordingServers>
  let files: MutableFiles
  let other: MutableFiles
  const keys = keyPool({ size: 4 })
  const actorOn = (servers: () => readonly GridServer[], pool = keys): MutableFiles =>
    mutableFilesActor({ encoding: { k: 3, n: 10 } })({ servers, leaseSecret, keys: pool })

  before(async () => {
    grid = await startLocalGrid(10)
    recorded = recordingServers(grid.members)
    files = actorOn(() => recorded.servers)
    other = actorOn(() => grid.members, keyPool({ size: 0 }))
    await files.start()
    await other.start()
  })
  after(async () => {
    await files.stop()
    await other.stop()
    await grid.stop()
  })

  for (const format of FORMATS) {
    it(`${format}: a modify after this node's own write asks no server and only writes`, async () => {
      const cap = await files.create(Buffer.from('a\n'), { format })
      recorded.log.reset()
      const result = await files.modify(cap, append('b'))
      assert.deepEqual({ changed: result.changed, seqnum: result.seqnum, distinctShares: result.distinctShares }, { changed: true, seqnum: 2n, distinctShares: 10 })
      assert.deepEqual(recorded.log.reads, [], 'no servermap query and no retrieve')
      assert.equal(recorded.log.writes.length, 10)
      assert.ok(recorded.log.writes.every(write => write.success === true))
      assert.equal(text((await other.read(cap)).data), 'a\nb\n')
    })

    it(`${format}: a kept state another writer made stale loses no update`, async () => {
      const cap = await files.create(Buffer.from('start\n'), { format })
      await files.modify(cap, append('mine-1'))
      // Another node changes the file twice; this node's kept state is now two versions behind.
      await other.modify(cap, append('theirs-1'))
      await other.modify(cap, append('theirs-2'))
      recorded.log.reset()
      const seen: string[] = []
      const result = await files.modify(cap, (contents, info) => {
        seen.push(`${info.seqnum}:${String(info.retry)}`)
        return append('mine-2')(contents, info)
      })
      assert.equal(result.seqnum, 5n)
      // First against the kept seqnum 2, refused everywhere; then afresh against seqnum 4, not counted as a retry.
      assert.deepEqual(seen, ['2:false', '4:false'])
      assert.ok(recorded.log.writes.some(write => write.success === false), 'the stale test-and-set was refused')
      const expected = 'start\nmine-1\ntheirs-1\ntheirs-2\nmine-2\n'
      assert.equal(text((await other.read(cap)).data), expected)
      assert.equal(text((await files.read(cap)).data), expected)
      // One whole version on every server.
      const map = await other.servermap(cap, 'write')
      assert.deepEqual(map.versions().map(v => [v.version.seqnum, v.distinctShares]), [[5n, 10]])
    })
  }

  it('reads what another writer wrote, not the kept contents', async () => {
    const cap = await files.create(Buffer.from('one'))
    await files.modify(cap, () => Buffer.from('two'))
    await other.modify(cap, () => Buffer.from('three'))
    const got = await files.read(cap)
    assert.equal(text(got.data), 'three')
    assert.equal(got.seqnum, 3n)
  })

  it('never reads back behind its own last write, even when the first servers asked show an older version', async () => {
    const cap = await files.create(Buffer.from('old contents'))
    const si = storageIndexOf(cap) as Uint8Array
    const old = await sharesOnGrid(grid.members, si)
    await files.modify(cap, () => Buffer.from('new contents'))
    // Put the old version back on the six servers a read-mode map asks first, as if they had missed the write.
    const { fingerprint } = readKeysOf(cap)
    const firstAsked = new Set((await updateServermap({ servers: grid.members, storageIndex: si, fingerprint, mode: 'read' })).responding)
    assert.equal(firstAsked.size, 6, 'a read-mode map asks 2k servers')
    for (const share of old.filter(s => firstAsked.has(s.member.id))) {
      await patchShare(share.member, si, cap.writekey, share.shnum, { offset: 0, data: share.bytes })
    }
    // A node that never wrote the file takes the old version from those six...
    const fresh = actorOn(() => grid.members, keyPool({ size: 0 }))
    await fresh.start()
    try {
      assert.equal(text((await fresh.read(cap)).data), 'old contents')
    } finally {
      await fresh.stop()
    }
    // ...this one asks on until it finds the version it wrote.
    const got = await files.read(cap)
    assert.equal(text(got.data), 'new contents')
    assert.equal(got.seqnum, 2n)
  })

  it('runs writes of one file one at a time: concurrent modifies all land, none collides', async () => {
    const cap = await files.create(Buffer.from(''))
    recorded.log.reset()
    const lines = ['p', 'q', 'r', 's', 't']
    await Promise.all(lines.map(async line => await files.modify(cap, append(line))))
    assert.ok(recorded.log.writes.every(write => write.success === true), 'no test-and-set was refused')
    const got = await other.read(cap)
    assert.deepEqual(text(got.data).split('\n').filter(line => line !== '').sort(), lines)
    assert.equal(got.seqnum, 6n)
  })

  it('checks a "nothing to change" judged on kept contents against the servers', async () => {
    const cap = await files.create(Buffer.from('x'))
    await other.modify(cap, () => Buffer.from('x+flag'))
    // On the kept contents ('x') there is nothing to do; on the real ones there is.
    const result = await files.modify(cap, contents => text(contents).includes('flag') ? Buffer.from('x+flag+done') : undefined)
    assert.equal(result.changed, true)
    assert.equal(text((await other.read(cap)).data), 'x+flag+done')
    const unchanged = await files.modify(cap, () => undefined)
    assert.deepEqual({ changed: unchanged.changed, seqnum: unchanged.seqnum }, { changed: false, seqnum: 3n })
  })

  it('replaces a share damaged under a kept state instead of failing', async () => {
    const cap = await files.create(randomBytes(3000))
    const si = storageIndexOf(cap) as Uint8Array
    const [victim] = await sharesOnGrid(grid.members, si)
    assert.ok(victim !== undefined)
    // The seqnum byte changes: the kept checkstring no longer matches this share.
    await patchShare(victim.member, si, cap.writekey, victim.shnum, { offset: 8, data: Uint8Array.of(9) })
    const next = randomBytes(2000)
    const result = await files.overwrite(cap, next)
    assert.equal(result.distinctShares, 10)
    const map = await other.servermap(cap, 'write')
    assert.equal(map.badShares.length, 0)
    assert.deepEqual(map.versions().map(v => v.distinctShares), [10])
    assert.deepEqual(Buffer.from((await other.read(cap)).data), next)
  })

  it('refuses a modify through a read cap and a modifier that is not a function', async () => {
    const cap = await files.create(Buffer.from('z'))
    await assert.rejects(files.modify(readCap(cap) as MutableReadCap, append('no')), { code: 'ERR_READ_ONLY_CAP' })
    await assert.rejects(files.modify(cap, 'nope' as unknown as MutableModifier), { code: 'ERR_PARAMETER' })
  })
})

describe('FileStateCache', () => {
  const key = { tag: 'key' } as unknown as RsaPrivateKey
  const stateOf = (size: number): FileState => ({ plaintext: new Uint8Array(size) } as unknown as FileState)

  it('drops the least recently used entry past its size', () => {
    const cache = new FileStateCache({ maxEntries: 2 })
    cache.remember('a', key, stateOf(1))
    cache.remember('b', key, stateOf(1))
    assert.ok(cache.state('a') !== undefined)
    cache.remember('c', key, stateOf(1))
    assert.equal(cache.size, 2)
    assert.equal(cache.state('b'), undefined, 'b was used least recently')
    assert.ok(cache.state('a') !== undefined)
    assert.ok(cache.state('c') !== undefined)
  })

  it('forgets entries older than its age limit', () => {
    let now = 1000
    const cache = new FileStateCache({ maxAgeMs: 500, now: () => now })
    cache.remember('a', key, stateOf(1))
    now += 500
    assert.ok(cache.state('a') !== undefined)
    now += 1
    assert.equal(cache.state('a'), undefined)
    assert.equal(cache.privateKey('a'), undefined)
    assert.equal(cache.size, 0)
  })

  it('keeps only the key of a file too large to keep, and after forget', () => {
    const cache = new FileStateCache({ maxContent: 10 })
    cache.remember('big', key, stateOf(11))
    assert.equal(cache.state('big'), undefined)
    assert.equal(cache.privateKey('big'), key)
    cache.remember('small', key, stateOf(10))
    cache.forget('small')
    assert.equal(cache.state('small'), undefined)
    assert.equal(cache.privateKey('small'), key)
  })

  it('drops the least recently used past its byte limit, and counts what forget and age drop', () => {
    let now = 0
    const cache = new FileStateCache({ maxBytes: 100, maxContent: 60, maxAgeMs: 10, now: () => now })
    cache.remember('a', key, stateOf(40))
    cache.remember('b', key, stateOf(40))
    assert.equal(cache.bytes, 80)
    cache.remember('c', key, stateOf(40))
    assert.equal(cache.bytes, 80)
    assert.equal(cache.privateKey('a'), undefined, 'a went, key and all')
    cache.forget('b')
    assert.equal(cache.bytes, 40)
    cache.remember('c', key, stateOf(50))
    assert.equal(cache.bytes, 50, 'a state replaced is no longer counted')
    now = 11
    assert.equal(cache.state('c'), undefined)
    assert.equal(cache.bytes, 0)
  })

  it('keeps nothing with maxEntries 0', () => {
    const cache = new FileStateCache({ maxEntries: 0 })
    cache.remember('a', key, stateOf(1))
    assert.equal(cache.size, 0)
    assert.equal(cache.privateKey('a'), undefined)
  })
})
