/**
 * Directory changes through two nodes, each with its own mutable-file
 * actor and so its own kept state of the directory: every change starts
 * from what that node last wrote, and when the other node changed the
 * directory meanwhile, the change is still made on the real contents: no
 * link is lost, a removal finds a link only the other node made, and
 * replace=false still refuses a name the other node linked.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { ExistingChildError, type Directories } from '../src/fs/directories/index.js'
import { startDirectoryGrid, type DirectoryGrid } from './helpers/directories.js'

void describe('directories changed through two nodes with kept state, on a local grid of 10', () => {
  let g: DirectoryGrid
  let other: Directories
  let chk: string
  before(async () => {
    g = await startDirectoryGrid()
    other = await g.secondWriter(() => g.grid.members)
    chk = await g.putImmutable(randomBytes(2000))
  })
  after(async () => { await g.stop() })

  const names = async (dirs: Directories, dir: string): Promise<string[]> => (await dirs.list(dir)).entries.map(entry => entry.name)

  void it('keeps every link when the two nodes take turns', async () => {
    const dir = await g.dirs.mkdir()
    const expected: string[] = []
    for (let i = 0; i < 4; i++) {
      await g.dirs.set(dir, `here-${i}`, chk)
      await other.set(dir, `there-${i}`, chk)
      expected.push(`here-${i}`, `there-${i}`)
    }
    assert.deepEqual(await names(g.dirs, dir), expected.sort())
    assert.deepEqual(await names(other, dir), expected.sort())
  })

  void it('removes and renames links that only the other node made', async () => {
    const dir = await g.dirs.mkdir()
    await g.dirs.set(dir, 'mine', chk)
    await other.set(dir, 'theirs', chk)
    await other.set(dir, 'to-rename', chk)
    // This node's kept contents hold only 'mine'.
    const removed = await g.dirs.unlink(dir, 'theirs')
    assert.equal(removed?.name, 'theirs')
    await g.dirs.rename(dir, 'to-rename', 'renamed')
    assert.deepEqual(await names(other, dir), ['mine', 'renamed'])
  })

  void it('still refuses replace=false for a name the other node linked meanwhile', async () => {
    const dir = await g.dirs.mkdir()
    await g.dirs.set(dir, 'first', chk)
    await other.set(dir, 'taken', chk)
    const file = await g.putImmutable(randomBytes(3000))
    await assert.rejects(g.dirs.set(dir, 'taken', file, { replace: false }), ExistingChildError)
    const listing = await other.list(dir)
    assert.equal(listing.entries.find(entry => entry.name === 'taken')?.readCap, chk)
  })

  void it('lists what this node just linked, and what the other node linked after it', async () => {
    const dir = await g.dirs.mkdir()
    await g.dirs.set(dir, 'a', chk)
    assert.deepEqual(await names(g.dirs, dir), ['a'])
    await other.set(dir, 'b', chk)
    assert.deepEqual(await names(g.dirs, dir), ['a', 'b'])
  })
})
