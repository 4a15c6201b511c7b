/**
 * Directory operations on ten real local share stores (k=3, N=10) with
 * the real mutable-file actor, uploader and downloader: mutable and
 * immutable directories, a tree three deep walked by path, link metadata,
 * renames, moves and unlinks, replace policies, read-only diminishing
 * through a tree, and child names (non-ASCII, '/').
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { ReadOnlyCapError } from '../src/actors/mutable/index.js'
import { formatCap, parseKnownCap, readCap, type DirCap, type MutableWriteCap } from '../src/encoding/caps.js'
import { compareCodePoints, DirChildError, MustBeDeepImmutableError, type DirEntry, type DirJsonInfo, type NodeJsonInfo } from '../src/fs/dirnode.js'
import { ExistingChildError, NoSuchChildError, NotADirectoryError, ReadOnlyDirectoryError, type NewChild } from '../src/fs/directories/index.js'
import { startDirectoryGrid, type DirectoryGrid } from './helpers/directories.js'

const LIT_FILE = 'URI:LIT:mfrgg'

function roOf (cap: string): string {
  return formatCap(readCap(parseKnownCap(cap)))
}

function named (entries: readonly DirEntry[], name: string): DirEntry {
  const entry = entries.find(e => e.name === name)
  assert.ok(entry !== undefined, `no entry ${name}`)
  return entry
}

function linkTimes (entry: { metadata?: Record<string, unknown> }): { linkcrtime: unknown, linkmotime: unknown } {
  return entry.metadata?.tahoe as { linkcrtime: unknown, linkmotime: unknown }
}

void describe('directories on a local grid of 10', () => {
  let g: DirectoryGrid
  let chk: string
  let chk2: string
  before(async () => {
    g = await startDirectoryGrid()
    chk = await g.putImmutable(randomBytes(5000))
    chk2 = await g.putImmutable(randomBytes(3000))
  })
  after(async () => { await g.stop() })

  for (const format of ['sdmf', 'mdmf'] as const) {
    void it(`${format}: makes empty directories and directories with children`, async () => {
      const cap = await g.dirs.mkdir({ format })
      assert.ok(cap.startsWith(format === 'sdmf' ? 'URI:DIR2:' : 'URI:DIR2-MDMF:'), cap.slice(0, 14))
      const file = await g.mutable.read((parseKnownCap(cap) as DirCap).file as MutableWriteCap)
      assert.equal(file.format, format)
      assert.equal(file.size, 0)
      assert.deepEqual(await g.dirs.list(cap), { entries: [], problems: [], writable: true, mutable: true })

      const mutableChild = formatCap(await g.mutable.create(randomBytes(100), { format }))
      const full = await g.dirs.mkdir({ format, children: { 'doc.bin': { readCap: chk, metadata: { note: 'x' } }, notes: mutableChild } })
      const { entries, problems } = await g.dirs.list(full)
      assert.deepEqual(problems, [])
      assert.deepEqual(entries, [
        { name: 'doc.bin', readCap: chk, metadata: { note: 'x' } },
        { name: 'notes', writeCap: mutableChild, readCap: roOf(mutableChild), metadata: {} }
      ])
    })
  }

  void describe('a tree three deep', () => {
    let root: string
    let a: string
    let b: string
    let c: string
    let mfile: string
    const mdata = randomBytes(700)
    const t0 = 1_700_000_000

    before(async () => {
      g.clock.ms = t0 * 1000
      root = await g.dirs.mkdir()
      a = await g.dirs.mkdir({ format: 'mdmf' })
      b = await g.dirs.mkdir()
      c = await g.dirs.mkdir()
      mfile = formatCap(await g.mutable.create(mdata))
      await g.dirs.set(root, 'a', a)
      await g.dirs.set(a, 'b', b)
      await g.dirs.set(b, 'c', c)
      await g.dirs.set(c, 'file.bin', chk, { metadata: { size: 5000 } })
      await g.dirs.set(c, 'notes.txt', mfile)
      await g.dirs.set(root, 'top.bin', chk2)
    })

    void it('resolves paths down the tree to files and directories', async () => {
      const file = await g.dirs.get(root, 'a/b/c/file.bin')
      assert.equal(file.cap, chk)
      assert.equal(file.writeCap, undefined)
      assert.equal(file.parent, c)
      assert.deepEqual(file.path, ['a', 'b', 'c', 'file.bin'])
      assert.deepEqual(file.metadata, { size: 5000, tahoe: { linkcrtime: t0, linkmotime: t0 } })
      assert.deepEqual(await g.getImmutable(file.cap), await g.getImmutable(chk))

      const notes = await g.dirs.get(root, ['a', 'b', 'c', 'notes.txt'])
      assert.equal(notes.cap, mfile)
      assert.deepEqual(Buffer.from((await g.mutable.read(parseKnownCap(notes.cap) as MutableWriteCap)).data), mdata)
      assert.equal((await g.dirs.get(root, '/a//b/./c/')).cap, c)
      assert.equal((await g.dirs.get(root, ['a', 'b'])).cap, b)
    })

    void it('reports a missing name or a file in the middle of a path with typed errors', async () => {
      await assert.rejects(g.dirs.get(root, 'a/nope/c'), (err: unknown) => {
        assert.ok(err instanceof NoSuchChildError)
        assert.equal(err.code, 'ERR_NO_SUCH_CHILD')
        assert.equal(err.childName, 'nope')
        assert.deepEqual(err.path, ['a', 'nope'])
        return true
      })
      await assert.rejects(g.dirs.get(root, 'a/b/c/file.bin/inside'), (err: unknown) => {
        assert.ok(err instanceof NotADirectoryError)
        assert.equal(err.code, 'ERR_NOT_A_DIRECTORY')
        assert.deepEqual(err.path, ['a', 'b', 'c', 'file.bin'])
        assert.ok(!err.message.includes('URI:'))
        return true
      })
      await assert.rejects(g.dirs.list(chk), NotADirectoryError)
      await assert.rejects(g.dirs.get(root, []), { code: 'ERR_PARAMETER' })
    })

    void it('keeps linkcrtime and moves linkmotime when a link is replaced; users cannot set tahoe', async () => {
      g.clock.ms = (t0 + 60) * 1000
      assert.deepEqual(await g.dirs.set(c, 'file.bin', chk2), { replaced: true })
      let entry = await g.dirs.get(c, 'file.bin')
      assert.equal(entry.cap, chk2)
      assert.deepEqual(entry.metadata, { size: 5000, tahoe: { linkcrtime: t0, linkmotime: t0 + 60 } })

      g.clock.ms = (t0 + 120) * 1000
      await g.dirs.set(c, 'file.bin', chk, { metadata: { tahoe: { linkcrtime: 1 }, kind: 'data' } })
      entry = await g.dirs.get(c, 'file.bin')
      assert.deepEqual(entry.metadata, { kind: 'data', tahoe: { linkcrtime: t0, linkmotime: t0 + 120 } })
      assert.deepEqual(await g.dirs.set(c, 'fresh', chk), { replaced: false })
      assert.deepEqual(linkTimes(await g.dirs.get(c, 'fresh')), { linkcrtime: t0 + 120, linkmotime: t0 + 120 })
      await g.dirs.unlink(c, 'fresh')
    })

    void it('gives t=json for the directory, a child directory and a file', async () => {
      const [type, info] = await g.dirs.json(root) as ['dirnode', DirJsonInfo]
      assert.equal(type, 'dirnode')
      assert.equal(info.rw_uri, root)
      assert.equal(info.ro_uri, roOf(root))
      assert.ok(info.verify_uri?.startsWith('URI:DIR2-Verifier:'))
      assert.equal(info.mutable, true)
      assert.deepEqual(Object.keys(info.children), ['a', 'top.bin'])
      const [aType, aInfo] = info.children.a ?? []
      assert.equal(aType, 'dirnode')
      assert.equal(aInfo?.rw_uri, a)
      assert.equal(aInfo?.ro_uri, roOf(a))
      assert.equal(info.children['top.bin']?.[1].format, 'CHK')

      const [bType, bInfo] = await g.dirs.json(root, 'a/b') as ['dirnode', DirJsonInfo]
      assert.equal(bType, 'dirnode')
      assert.equal(bInfo.rw_uri, b)
      assert.deepEqual(Object.keys(bInfo.children), ['c'])

      const [fType, fInfo] = await g.dirs.json(root, 'a/b/c/notes.txt') as ['filenode', NodeJsonInfo]
      assert.equal(fType, 'filenode')
      assert.equal(fInfo.format, 'SDMF')
      assert.equal(fInfo.rw_uri, mfile)
      assert.equal(typeof linkTimes(fInfo).linkcrtime, 'number')
    })

    void it('diminishes everything reached through a read cap, transitively, and refuses writes through it', async () => {
      const roRoot = roOf(root)
      const top = await g.dirs.list(roRoot)
      assert.equal(top.writable, false)
      assert.deepEqual(top.entries.map(e => e.name), ['a', 'top.bin'])
      for (const entry of top.entries) assert.equal(entry.writeCap, undefined)
      assert.equal(named(top.entries, 'a').readCap, roOf(a))
      assert.ok(roOf(a).startsWith('URI:DIR2-MDMF-RO:'))

      const roC = await g.dirs.get(roRoot, 'a/b/c')
      assert.equal(roC.cap, roOf(c))
      assert.equal(roC.parent, roOf(b))
      const below = await g.dirs.list(roC.cap ?? '')
      assert.equal(below.writable, false)
      assert.equal(named(below.entries, 'notes.txt').writeCap, undefined)
      assert.equal(named(below.entries, 'notes.txt').readCap, roOf(mfile))
      assert.equal((await g.dirs.get(roRoot, 'a/b/c/notes.txt')).cap, roOf(mfile))

      const roCap = roC.cap ?? ''
      for (const attempt of [
        async () => await g.dirs.set(roRoot, 'x', chk),
        async () => await g.dirs.set(roCap, 'x', chk),
        async () => await g.dirs.unlink(roCap, 'notes.txt'),
        async () => await g.dirs.rename(roRoot, 'a', 'z'),
        async () => { await g.dirs.relink(roCap, 'notes.txt', root, 'stolen') }
      ]) {
        await assert.rejects(attempt, (err: unknown) => {
          assert.ok(err instanceof ReadOnlyDirectoryError)
          assert.ok(err instanceof ReadOnlyCapError)
          assert.equal(err.code, 'ERR_READ_ONLY_CAP')
          assert.equal(err.immutable, false)
          return true
        })
      }
      assert.ok(!(await g.dirs.list(root)).entries.some(e => e.name === 'stolen'))

      // No write cap of the tree appears anywhere in the read-only JSON.
      const text = JSON.stringify([await g.dirs.json(roRoot), await g.dirs.json(roRoot, 'a/b/c')])
      for (const writeCap of [root, a, b, c, mfile]) assert.ok(!text.includes(writeCap))
      assert.ok(text.includes(roOf(mfile)))
    })

    void it('stores a no-write link read-only', async () => {
      await g.dirs.set(c, 'locked', mfile, { metadata: { 'no-write': true } })
      const locked = await g.dirs.get(root, 'a/b/c/locked')
      assert.equal(locked.writeCap, undefined)
      assert.equal(locked.cap, roOf(mfile))
      assert.deepEqual((await g.dirs.unlink(c, 'locked'))?.readCap, roOf(mfile))
    })
  })

  void it('renames, moves across directories and unlinks', async () => {
    const d1 = await g.dirs.mkdir()
    const d2 = await g.dirs.mkdir({ format: 'mdmf' })
    const m = formatCap(await g.mutable.create(randomBytes(10)))
    g.clock.ms = 1_700_000_500_000
    await g.dirs.set(d1, 'x', chk, { metadata: { tag: 1 } })
    await g.dirs.set(d1, 'y', chk2)
    await g.dirs.set(d1, 'm', m)
    const names = async (dir: string): Promise<string[]> => (await g.dirs.list(dir)).entries.map(e => e.name)

    await g.dirs.rename(d1, 'x', 'x2')
    assert.deepEqual(await names(d1), ['m', 'x2', 'y'])
    assert.equal((await g.dirs.get(d1, 'x2')).readCap, chk)
    assert.equal((await g.dirs.get(d1, 'x2')).metadata.tag, 1)
    await assert.rejects(g.dirs.rename(d1, 'x2', 'y', { replace: false }), ExistingChildError)
    await assert.rejects(g.dirs.rename(d1, 'missing', 'z'), NoSuchChildError)
    assert.deepEqual(await names(d1), ['m', 'x2', 'y'])
    g.clock.ms += 1000
    await g.dirs.rename(d1, 'x2', 'y')
    assert.deepEqual(await names(d1), ['m', 'y'])
    assert.equal((await g.dirs.get(d1, 'y')).readCap, chk)
    // The replaced link's creation time stays, as Tahoe's move_child_to does it.
    assert.deepEqual(linkTimes(await g.dirs.get(d1, 'y')), { linkcrtime: 1_700_000_500, linkmotime: 1_700_000_501 })

    await g.dirs.relink(d1, 'y', d2, 'moved')
    await g.dirs.relink(d1, 'm', d2)
    assert.deepEqual(await names(d1), [])
    const moved = await g.dirs.get(d2, 'moved')
    assert.equal(moved.readCap, chk)
    assert.equal(moved.metadata.tag, 1)
    assert.equal((await g.dirs.get(d2, 'm')).writeCap, m)
    await assert.rejects(g.dirs.relink(d1, 'nothing', d2), NoSuchChildError)
    await assert.rejects(g.dirs.relink(d2, 'm', roOf(d1)), ReadOnlyDirectoryError)
    assert.deepEqual(await names(d2), ['m', 'moved'])
    // Moving within one directory is a rename (one change), also when the caps are given in different forms.
    await g.dirs.relink(d2, 'm', parseKnownCap(d2) as DirCap, 'm2')
    assert.deepEqual(await names(d2), ['m2', 'moved'])

    assert.equal((await g.dirs.unlink(d2, 'moved'))?.readCap, chk)
    await assert.rejects(g.dirs.unlink(d2, 'moved'), (err: unknown) => err instanceof NoSuchChildError && err.childName === 'moved')
    assert.deepEqual(await names(d2), ['m2'])
  })

  void it('refuses to replace with replace=false, and a directory with only-files; set-children is all or nothing', async () => {
    const d = await g.dirs.mkdir()
    const sub = await g.dirs.mkdir()
    await g.dirs.set(d, 'f', chk)
    await g.dirs.set(d, 'sub', sub)
    await assert.rejects(g.dirs.set(d, 'f', chk2, { replace: false }), (err: unknown) => {
      assert.ok(err instanceof ExistingChildError)
      assert.equal(err.code, 'ERR_EXISTING_CHILD')
      assert.equal(err.isDirectory, false)
      return true
    })
    assert.equal((await g.dirs.get(d, 'f')).cap, chk)
    assert.deepEqual(await g.dirs.set(d, 'f', chk2, { replace: 'only-files' }), { replaced: true })
    assert.equal((await g.dirs.get(d, 'f')).cap, chk2)
    await assert.rejects(g.dirs.set(d, 'sub', chk2, { replace: 'only-files' }), (err: unknown) => err instanceof ExistingChildError && err.isDirectory)
    await assert.rejects(g.dirs.rename(d, 'f', 'sub', { replace: 'only-files' }), ExistingChildError)
    assert.equal((await g.dirs.get(d, 'sub')).cap, sub)

    await assert.rejects(g.dirs.setChildren(d, { new1: chk, f: chk }, { overwrite: false }), ExistingChildError)
    assert.deepEqual((await g.dirs.list(d)).entries.map(e => e.name), ['f', 'sub'])
    await g.dirs.setChildren(d, new Map<string, string | NewChild>([['new1', chk], ['new2', { readCap: chk2, metadata: { k: 'v' } }]]))
    const listing = await g.dirs.list(d)
    assert.deepEqual(listing.entries.map(e => e.name), ['f', 'new1', 'new2', 'sub'])
    assert.equal(named(listing.entries, 'new2').metadata.k, 'v')
  })

  void it('makes immutable directories (LIT when small, CHK otherwise) that refuse mutable children', async () => {
    const empty = await g.dirs.mkdirImmutable({})
    assert.equal(empty, 'URI:DIR2-LIT:')
    assert.deepEqual(await g.dirs.list(empty), { entries: [], problems: [], writable: false, mutable: false })
    const tiny = await g.dirs.mkdirImmutable({ x: LIT_FILE })
    assert.ok(tiny.startsWith('URI:DIR2-LIT:'))
    assert.deepEqual((await g.dirs.list(tiny)).entries, [{ name: 'x', readCap: LIT_FILE, metadata: {} }])

    const big = await g.dirs.mkdirImmutable([
      { name: 'file.bin', readCap: chk, metadata: { a: 1 } },
      { name: 'empty', readCap: empty },
      { name: 'tiny', readCap: tiny }
    ])
    assert.ok(big.startsWith('URI:DIR2-CHK:'))
    const listing = await g.dirs.list(big)
    assert.deepEqual(listing.entries.map(e => [e.name, e.readCap, e.writeCap]), [['empty', empty, undefined], ['file.bin', chk, undefined], ['tiny', tiny, undefined]])
    assert.equal((await g.dirs.get(big, 'tiny/x')).cap, LIT_FILE)
    const [, info] = await g.dirs.json(big) as ['dirnode', DirJsonInfo]
    assert.equal(info.mutable, false)
    assert.equal(info.rw_uri, undefined)
    assert.ok(info.verify_uri?.startsWith('URI:DIR2-CHK-Verifier:'))
    // The same children give the same cap (convergent encryption).
    assert.equal(await g.dirs.mkdirImmutable([{ name: 'file.bin', readCap: chk, metadata: { a: 1 } }, { name: 'empty', readCap: empty }, { name: 'tiny', readCap: tiny }]), big)

    const mutableFile = formatCap(await g.mutable.create(randomBytes(10)))
    const mutableDir = await g.dirs.mkdir()
    for (const child of [mutableFile, roOf(mutableFile), mutableDir, roOf(mutableDir)]) {
      await assert.rejects(g.dirs.mkdirImmutable({ ok: chk, bad: child }), (err: unknown) => {
        assert.ok(err instanceof MustBeDeepImmutableError)
        assert.equal(err.childName, 'bad')
        assert.ok(!err.message.includes(child))
        return true
      })
    }
    await assert.rejects(g.dirs.set(big, 'n', chk), (err: unknown) => err instanceof ReadOnlyDirectoryError && err.immutable)
    // An immutable directory is linked and walked like any child.
    await g.dirs.set(mutableDir, 'frozen', big)
    assert.equal((await g.dirs.get(mutableDir, 'frozen/file.bin')).cap, chk)
  })

  void it('stores names NFC in UTF-8, ordered by code point, and finds them in any normal form', async () => {
    const d = await g.dirs.mkdir({ format: 'mdmf' })
    const given = ['cafe\u0301.txt', '\u65e5\u672c\u8a9e', '\u{1F4C1} folder', '\ufb00', 'U\u0308ni']
    for (const name of given) await g.dirs.set(d, name, chk)
    const stored = given.map(name => name.normalize('NFC')).sort(compareCodePoints)
    const listing = await g.dirs.list(d)
    assert.deepEqual(listing.entries.map(e => e.name), stored)
    assert.ok(stored.indexOf('\ufb00') < stored.indexOf('\u{1F4C1} folder'))
    assert.equal((await g.dirs.get(d, 'caf\u00e9.txt')).cap, chk)
    assert.equal((await g.dirs.get(d, ['cafe\u0301.txt'])).name, 'caf\u00e9.txt')
    const body = Buffer.from((await g.mutable.read((parseKnownCap(d) as DirCap).file as MutableWriteCap)).data)
    assert.ok(body.includes(Buffer.from('caf\u00e9.txt', 'utf8')))
    assert.ok(!body.includes(Buffer.from('cafe\u0301.txt', 'utf8')))
    assert.ok(body.includes(Buffer.from('\u{1F4C1} folder', 'utf8')))
    await g.dirs.unlink(d, 'cafe\u0301.txt')
    await g.dirs.rename(d, 'U\u0308ni', '\u00dcni-renamed')
    assert.deepEqual((await g.dirs.list(d)).entries.map(e => e.name), ['\u00dcni-renamed', '\u65e5\u672c\u8a9e', '\ufb00', '\u{1F4C1} folder'])
  })

  void it("refuses names with '/' or empty, and malformed child caps, before writing anything", async () => {
    const d = await g.dirs.mkdir()
    await g.dirs.set(d, 'ok', chk)
    const refusals: Array<() => Promise<unknown>> = [
      async () => await g.dirs.set(d, 'a/b', chk),
      async () => await g.dirs.set(d, '', chk),
      async () => await g.dirs.set(d, 'bad-cap', 'URI:CHK:not-a-cap'),
      async () => await g.dirs.set(d, 'bad-metadata', chk, { metadata: [1, 2] as unknown as Record<string, unknown> }),
      async () => { await g.dirs.rename(d, 'ok', 'x/y') },
      async () => { await g.dirs.setChildren(d, { fine: chk, 'no/way': chk }) },
      async () => await g.dirs.mkdir({ children: { 'x/y': chk } }),
      async () => await g.dirs.mkdirImmutable({ '/': chk })
    ]
    for (const refusal of refusals) await assert.rejects(refusal, (err: unknown) => err instanceof DirChildError && err.code === 'ERR_PARAMETER')
    assert.deepEqual((await g.dirs.list(d)).entries.map(e => e.name), ['ok'])
  })
})
