/** Share files read and written around the page cache: every byte lands where a plain file would put it. */
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDiskFile, type DiskFile } from '../src/actors/storage/disk-file.js'
import { readAt, writeAt } from '../src/actors/storage/disk.js'
import { DIRECT_ALIGNMENT, DIRECT_FROM, directIoCounters, withDirectReads, withDirectWrites } from '../src/actors/storage/direct-file.js'

const KIB = 1024
const MIB = 1024 * 1024
const dir = mkdtempSync(join(tmpdir(), 'lafs-direct-'))
let files = 0
const freshPath = (): string => join(dir, `f${files++}`)
after(() => { rmSync(dir, { recursive: true, force: true }) })

/** Whether this file system takes direct I/O at all (otherwise everything goes the usual way, and only the bytes are checked). */
function supportsDirect (): boolean {
  const path = freshPath()
  writeFileSync(path, '')
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_DIRECT))
    return true
  } catch {
    return false
  }
}
const direct = supportsDirect()

/** A file and a model of what it must hold, written alike. */
class Mirror {
  readonly #model: Buffer
  /** Where the furthest write so far ends: the file's size. */
  #end = 0
  constructor (readonly file: DiskFile, size: number) {
    this.#model = Buffer.alloc(size)
  }

  get expected (): Buffer {
    return this.#model.subarray(0, this.#end)
  }

  async write (position: number, data: Uint8Array): Promise<void> {
    await writeAt(this.file, data, position)
    this.#model.set(data, position)
    this.#end = Math.max(this.#end, position + data.length)
  }

  async check (position: number, length: number): Promise<void> {
    const got = await readAt(this.file, position, length)
    assert.ok(Buffer.from(got).equals(this.expected.subarray(position, position + length)), `bytes ${position}..${position + length}`)
  }
}

describe('direct share writes', () => {
  it('write headers, large runs, continuations and stray writes where a plain file would', async () => {
    const path = freshPath()
    const before = directIoCounters.written
    const mirror = new Mirror(withDirectWrites(openDiskFile(path, 'wx+'), path), 4 * MIB)
    await mirror.write(0, randomBytes(48))
    await mirror.write(48, randomBytes(MIB + 123))
    await mirror.write(48 + MIB + 123, randomBytes(300))
    await mirror.write(48 + MIB + 423, randomBytes(1032 * KIB))
    await mirror.write(3 * MIB + 5, randomBytes(700))
    await mirror.write(5000, randomBytes(200 * KIB))
    await mirror.check(0, 4 * MIB)
    await mirror.write(3 * MIB + 705, randomBytes(DIRECT_FROM + 1))
    await mirror.write(4 * MIB - 10, randomBytes(10))
    await mirror.file.sync()
    await mirror.file.close()
    assert.ok(readFileSync(path).equals(mirror.expected))
    if (direct) assert.ok(directIoCounters.written - before >= 2 * MIB, `${directIoCounters.written - before} bytes went around the page cache`)
  })

  it('keep every byte through a random mix of writes and reads', async () => {
    const path = freshPath()
    const size = 6 * MIB
    const mirror = new Mirror(withDirectWrites(openDiskFile(path, 'wx+'), path), size)
    let next = 0
    for (let i = 0; i < 150; i++) {
      const roll = Math.random()
      const length = 1 + Math.floor(Math.random() * (roll < 0.5 ? 400 * KIB : 3 * KIB))
      // Mostly where the last write stopped, as an upload writes; sometimes anywhere.
      const position = roll < 0.7 && next + length <= size ? next : Math.floor(Math.random() * (size - length))
      await mirror.write(position, randomBytes(length))
      next = position + length
      if (i % 25 === 0) await mirror.check(Math.floor(Math.random() * size / 2), size / 2)
    }
    await mirror.file.close()
    assert.ok(readFileSync(path).equals(mirror.expected))
  })

  it('go the usual way where the file system refuses direct I/O', async () => {
    const path = freshPath()
    const before = directIoCounters.written
    const refuse = (): number => { throw Object.assign(new Error('refused'), { code: 'EINVAL' }) }
    const mirror = new Mirror(withDirectWrites(openDiskFile(path, 'wx+'), path, { openDirect: refuse }), 2 * MIB)
    await mirror.write(7, randomBytes(MIB))
    await mirror.write(MIB + 7, randomBytes(300 * KIB))
    await mirror.file.close()
    assert.ok(readFileSync(path).equals(mirror.expected))
    assert.equal(directIoCounters.written, before)
  })

  it('never drop bytes a write was told are written when a later direct write fails', { skip: !direct && 'no direct I/O here' }, async () => {
    const path = freshPath()
    let fd = -1
    const file = withDirectWrites(openDiskFile(path, 'wx+'), path, { openDirect: (p, flags) => (fd = openSync(p, flags)) })
    const first = randomBytes(DIRECT_FROM + 100)
    await writeAt(file, first, 0)
    // The tail of the first write is held back; the next direct write then fails.
    closeSync(fd)
    await assert.rejects(writeAt(file, randomBytes(DIRECT_FROM), first.length), { code: 'EBADF' })
    await file.sync()
    assert.ok(readFileSync(path).subarray(0, first.length).equals(first))
    await assert.rejects(file.close(), { code: 'EBADF' })
  })
})

describe('direct share reads', () => {
  it('read any range, short only at the end of the file', async () => {
    const path = freshPath()
    const content = randomBytes(3 * MIB + 777)
    writeFileSync(path, content)
    const before = directIoCounters.read
    const file = withDirectReads(openDiskFile(path, 'r'), path)
    try {
      for (const [position, length] of [[0, DIRECT_FROM], [12, MIB], [DIRECT_ALIGNMENT - 1, 2 * MIB + 5], [3 * MIB - 1000, 300 * KIB], [100, 3 * MIB + 677], [5, 1000]] as const) {
        const got = await readAt(file, position, length)
        assert.ok(Buffer.from(got).equals(content.subarray(position, position + length)), `read of ${length} at ${position}`)
      }
      assert.equal((await readAt(file, content.length + 10, DIRECT_FROM)).length, 0)
    } finally {
      await file.close()
    }
    if (direct) assert.ok(directIoCounters.read - before >= 6 * MIB)
  })
})
