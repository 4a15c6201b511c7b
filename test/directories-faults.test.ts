/**
 * Directories when things go wrong, on ten real local share stores:
 * a body that is not a directory, children that cannot be read (the rest
 * stays readable and writable), 7 of 10 servers down, and writers racing
 * on one directory (the loser re-reads and retries, a bounded number of
 * times).
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { UncoordinatedWriteError } from '../src/actors/mutable/index.js'
import {
  formatCap, mutableWriteCapForKey, parseKnownCap, readCap, type DirCap, type MutableWriteCap, type SskWriteCap
} from '../src/encoding/caps.js'
import { DirnodeFormatError, packDirectory } from '../src/fs/dirnode.js'
import { DirectoryTooLargeError, type Directories } from '../src/fs/directories/index.js'
import { concatBytes, rawEntry } from './helpers/dirnode-fixtures.js'
import { startDirectoryGrid, type DirectoryGrid } from './helpers/directories.js'
import { deferred, recordingServers } from './helpers/mutable-grid.js'

function roOf (cap: string): string {
  return formatCap(readCap(parseKnownCap(cap)))
}

void describe('directories under faults, on a local grid of 10', () => {
  let g: DirectoryGrid
  let chk: string
  before(async () => {
    g = await startDirectoryGrid()
    chk = await g.putImmutable(randomBytes(4000))
  })
  after(async () => { await g.stop() })

  void it('refuses a body that is not a directory with DirnodeFormatError, for reads and changes', async () => {
    const file = await g.mutable.create(new TextEncoder().encode('this is a file, not a directory'), { format: 'sdmf' })
    const dir = formatCap({ kind: 'dir2', file: file as SskWriteCap })
    for (const attempt of [
      async () => await g.dirs.list(dir),
      async () => await g.dirs.list(roOf(dir)),
      async () => await g.dirs.get(dir, 'x'),
      async () => await g.dirs.set(dir, 'x', chk)
    ]) {
      await assert.rejects(attempt, (err: unknown) => {
        assert.ok(err instanceof DirnodeFormatError)
        assert.equal(err.code, 'ERR_FORMAT')
        assert.ok(!err.message.includes('URI:'))
        return true
      })
    }
    assert.equal(new TextDecoder().decode((await g.mutable.read(file)).data), 'this is a file, not a directory')
  })

  void it('lists what it can of a directory with bad children, and keeps the good ones through a change', async () => {
    const key = await g.keys.take()
    const writekey = mutableWriteCapForKey(key, 'sdmf').writekey
    const goodChild = formatCap(await g.mutable.create(randomBytes(20)))
    const strayChild = formatCap(await g.mutable.create(randomBytes(20)))
    const body = concatBytes(
      // Written under another writekey: its write cap does not decrypt (the MAC fails).
      packDirectory([{ name: 'a-wrong-key', writeCap: strayChild, metadata: {} }], { writekey: randomBytes(16) }),
      rawEntry('b-bad-cap', 'URI:CHK:not-base32!', new Uint8Array(0), '{}'),
      packDirectory([{ name: 'c-good', writeCap: goodChild, metadata: { ok: true } }], { writekey }),
      rawEntry('d-bad-metadata', chk, new Uint8Array(0), 'not json')
    )
    const file = await g.mutable.create(body, { format: 'sdmf', privateKey: key })
    const dir = formatCap({ kind: 'dir2', file: file as SskWriteCap })
    assert.equal(formatCap(mutableWriteCapForKey(key, 'sdmf')), formatCap(file))

    const listing = await g.dirs.list(dir)
    assert.deepEqual(listing.entries, [
      { name: 'a-wrong-key', readCap: roOf(strayChild), metadata: {} },
      { name: 'c-good', writeCap: goodChild, readCap: roOf(goodChild), metadata: { ok: true } },
      { name: 'd-bad-metadata', readCap: chk, metadata: {} }
    ])
    assert.deepEqual(listing.problems.map(p => [p.name, p.reason, p.listed]), [
      ['a-wrong-key', 'bad-write-cap', true],
      ['b-bad-cap', 'bad-cap', false],
      ['d-bad-metadata', 'bad-metadata', true]
    ])
    for (const problem of listing.problems) {
      for (const secret of ['not-base32', strayChild, chk]) assert.ok(!problem.message.includes(secret), problem.message)
    }
    // A read-cap holder never opens write caps, so only the unreadable cap and metadata are problems.
    assert.deepEqual((await g.dirs.list(roOf(dir))).problems.map(p => p.reason), ['bad-cap', 'bad-metadata'])
    assert.equal((await g.dirs.get(dir, 'c-good')).cap, goodChild)

    // A change rewrites what could be read; the unreadable child is dropped, as Tahoe does.
    await g.dirs.set(dir, 'e-new', chk)
    const after = await g.dirs.list(dir)
    assert.deepEqual(after.entries.map(e => [e.name, e.writeCap !== undefined]), [
      ['a-wrong-key', false], ['c-good', true], ['d-bad-metadata', false], ['e-new', false]
    ])
    assert.deepEqual(after.problems, [])
  })

  void it('refuses to read a body above the configured size, before fetching it', async () => {
    const small = await g.secondWriter(() => g.grid.members, { maxDirectorySize: 100 })
    const tooLarge = (err: unknown): boolean => err instanceof DirectoryTooLargeError && err.limit === 100 && err.size > 100
    const dir = await g.dirs.mkdir({ children: { a: chk, b: chk } })
    await assert.rejects(small.list(dir), tooLarge)
    await assert.rejects(small.set(dir, 'c', chk), tooLarge)
    await assert.rejects(small.list(await g.dirs.mkdirImmutable({ a: chk, b: chk })), tooLarge)
    assert.deepEqual((await small.list(await g.dirs.mkdir())).entries, [])
  })

  void it('reads a whole tree with 7 of 10 servers down', async () => {
    const root = await g.dirs.mkdir()
    const sub = await g.dirs.mkdir({ format: 'mdmf' })
    const deep = await g.dirs.mkdir()
    const data = randomBytes(20_000)
    const file = await g.putImmutable(data)
    const frozen = await g.dirs.mkdirImmutable({ 'file.bin': file })
    await g.dirs.set(root, 'sub', sub)
    await g.dirs.set(sub, 'deep', deep)
    await g.dirs.set(deep, 'file.bin', file)
    await g.dirs.set(deep, 'frozen', frozen)
    try {
      g.grid.members.forEach((member, i) => { member.down = i >= 3 })
      assert.deepEqual((await g.dirs.list(root)).entries.map(e => e.name), ['sub'])
      assert.deepEqual((await g.dirs.list(roOf(root))).entries.map(e => e.readCap), [roOf(sub)])
      const found = await g.dirs.get(root, 'sub/deep/file.bin')
      assert.deepEqual(await g.getImmutable(found.cap ?? ''), Buffer.from(data))
      assert.equal((await g.dirs.get(roOf(root), 'sub/deep/frozen/file.bin')).cap, file)
      const [type] = await g.dirs.json(root, 'sub/deep')
      assert.equal(type, 'dirnode')
    } finally {
      for (const member of g.grid.members) member.down = false
    }
  })

  void it('links both children when two sets run at once on one directory', async () => {
    const dir = await g.dirs.mkdir()
    await Promise.all([g.dirs.set(dir, 'one', chk), g.dirs.set(dir, 'two', chk), g.dirs.set(dir, 'three', chk)])
    assert.deepEqual((await g.dirs.list(dir)).entries.map(e => e.name), ['one', 'three', 'two'])
  })

  /**
   * Two writers, each with its own mutable actor. A's first write waits
   * until B has finished, and B writes only once A holds its servermap,
   * so A's publish is certain to meet B's version.
   */
  async function race (loserInit: { maxModifyAttempts?: number }): Promise<{ dir: string, outcome: Promise<unknown>, failedWrites: () => number }> {
    const dir = await g.dirs.mkdir()
    const aHasMap = deferred()
    const bDone = deferred()
    const a = recordingServers(g.grid.members, { beforeWrite: async () => { aHasMap.resolve(); await bDone.promise } })
    const b = recordingServers(g.grid.members, { beforeWrite: async () => { await aHasMap.promise } })
    const writerA: Directories = await g.secondWriter(() => a.servers, { retryDelayMs: 20, ...loserInit })
    const writerB: Directories = await g.secondWriter(() => b.servers)
    // A's result as a value ('linked' or the error), so that it is handled while B runs.
    const outcome = writerA.set(dir, 'from-a', chk).then(() => 'linked', (err: unknown) => err)
    await writerB.set(dir, 'from-b', chk)
    bDone.resolve()
    return { dir, outcome, failedWrites: () => a.log.writes.filter(w => w.success === false).length }
  }

  void it('retries a change that met another writer, re-reading the directory', async () => {
    const { dir, outcome, failedWrites } = await race({})
    assert.equal(await outcome, 'linked')
    assert.ok(failedWrites() > 0, 'the first attempt met the other version')
    assert.deepEqual((await g.dirs.list(dir)).entries.map(e => e.name), ['from-a', 'from-b'])
    const map = await g.mutable.servermap(((parseKnownCap(dir) as DirCap).file) as MutableWriteCap, 'write')
    assert.equal(map.best()?.version.seqnum, 3n)
  })

  void it('gives up with UncoordinatedWriteError after its last attempt, leaving the winner in place', async () => {
    const { dir, outcome, failedWrites } = await race({ maxModifyAttempts: 1 })
    assert.ok(await outcome instanceof UncoordinatedWriteError)
    assert.ok(failedWrites() > 0)
    assert.deepEqual((await g.dirs.list(dir)).entries.map(e => e.name), ['from-b'])
  })
})
