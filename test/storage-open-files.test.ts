/**
 * The files the local storage server keeps open between calls: an upload's
 * file from allocation to close, abort, idle abort or stop; a read share
 * until something changes its storage index; never more than the bound;
 * and never one closed while a call is using it.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readdir, readlink, realpath, writeFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { DEFAULT_IDLE_UPLOAD_TIMEOUT_MS, MAX_OPEN_UPLOAD_FILES } from '../src/actors/storage/constants.js'
import { OpenFiles, type OpenFile } from '../src/actors/storage/open-files.js'
import { openDiskFile } from '../src/actors/storage/disk-file.js'
import { ManualClock, allocation, bytes, secret, startServer, text, withDir } from './helpers/storage-local.js'

/** Files this process has open under `dir` (from /proc/self/fd), or undefined where that cannot be seen. */
async function openFilesUnder (dir: string): Promise<number | undefined> {
  let fds: string[]
  try {
    fds = await readdir('/proc/self/fd')
  } catch {
    return undefined
  }
  let count = 0
  for (const fd of fds) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '')
    if (target.startsWith(dir + sep)) count++
  }
  return count
}

const canCount = await openFilesUnder('/') !== undefined

describe('files kept open by the local storage server', () => {
  it('holds an upload\'s file from allocation to close, abort or idle abort, and a read share until it changes', { skip: !canCount && 'needs /proc/self/fd' }, async () => {
    await withDir(async dir => {
      const root = await realpath(dir)
      const openNow = async (): Promise<number | undefined> => await openFilesUnder(root)
      const clock = new ManualClock()
      const server = await startServer(dir, { clock })
      try {
        const si = randomBytes(16)
        const request = allocation(si, [0, 1, 2], 10)
        const ref = (shareNumber: number): { storageIndex: Uint8Array, shareNumber: number, uploadSecret: Uint8Array } =>
          ({ storageIndex: si, shareNumber, uploadSecret: request.uploadSecret })
        assert.deepEqual((await server.allocateBuckets(request)).allocated, [0, 1, 2])
        assert.equal(await openNow(), 3, 'each upload holds its file from allocation')
        for (const shareNumber of [0, 1, 2]) {
          await server.writeBucket(ref(shareNumber), 0, bytes('01234'))
          await server.writeBucket(ref(shareNumber), 5, bytes('56789'))
        }
        assert.equal(await openNow(), 3, 'writes use the file already open')
        await server.closeBucket(ref(0))
        assert.equal(await openNow(), 2, 'a closed upload lets go of its file')
        await server.abortBucket(ref(1))
        assert.equal(await openNow(), 1, 'so does an aborted one')
        clock.advance(DEFAULT_IDLE_UPLOAD_TIMEOUT_MS)
        // The idle abort runs in the storage index's queue; a later call waits for it.
        assert.deepEqual(await server.listBuckets(si), [0])
        assert.equal(await openNow(), 0, 'and one aborted for idleness')

        assert.equal(text(await server.readBucket(si, 0, 0, 100)), '0123456789')
        assert.equal(text(await server.readBucket(si, 0, 3, 4)), '3456')
        assert.equal(await openNow(), 1, 'a read share stays open for the next read')
        await server.addLease(si, { renewSecret: secret(), cancelSecret: secret() })
        assert.equal(await openNow(), 0, 'a call that changes the storage index\'s shares closes it')
        assert.equal(text(await server.readBucket(si, 0, 0, 100)), '0123456789', 'the share reads the same after a lease was added')

        const other = allocation(randomBytes(16), [4], 10)
        await server.allocateBuckets(other)
        assert.equal(await openNow(), 2)
      } finally {
        await server.stop()
      }
      assert.equal(await openNow(), 0, 'stop closes every file')
    })
  })

  it('keeps no more than its bound of upload files open, and every upload still writes', { skip: !canCount && 'needs /proc/self/fd' }, async () => {
    await withDir(async dir => {
      const root = await realpath(dir)
      const server = await startServer(dir)
      try {
        const si = randomBytes(16)
        const uploads = [allocation(si, Array.from({ length: 256 }, (_, i) => i), 4), allocation(randomBytes(16), [0, 1], 4)]
        for (const request of uploads) await server.allocateBuckets(request)
        const refs = uploads.flatMap(request => request.shareNumbers.map(shareNumber =>
          ({ storageIndex: request.storageIndex, shareNumber, uploadSecret: request.uploadSecret })))
        assert.ok(refs.length > MAX_OPEN_UPLOAD_FILES)
        assert.equal(await openFilesUnder(root), MAX_OPEN_UPLOAD_FILES)
        for (const ref of refs) await server.writeBucket(ref, 0, bytes(`s${ref.shareNumber % 10}..`))
        assert.equal(await openFilesUnder(root), MAX_OPEN_UPLOAD_FILES)
        for (const ref of refs) await server.closeBucket(ref)
        assert.equal(text(await server.readBucket(si, 0, 0, 4)), 's0..', 'the first upload, whose file was closed for room, was written')
        assert.equal(text(await server.readBucket(si, 255, 0, 4)), 's5..')
      } finally {
        await server.stop()
      }
    })
  })
})

describe('the open file pool', () => {
  it('never closes a file while it is in use, however many others are opened meanwhile', async () => {
    await withDir(async dir => {
      const paths = ['a', 'b', 'c', 'd'].map(name => join(dir, name))
      for (const path of paths) await writeFile(path, path)
      const files = new OpenFiles<OpenFile>(1)
      const opener = (path: string) => async (): Promise<OpenFile> => await Promise.resolve({ handle: openDiskFile(path, 'r') })
      const readAll = async (file: OpenFile): Promise<string> => {
        const buffer = Buffer.alloc(64)
        const { bytesRead } = await file.handle.read(buffer, 0, buffer.length, 0)
        return buffer.subarray(0, bytesRead).toString()
      }
      let release!: () => void
      const gate = new Promise<void>(resolve => { release = resolve })
      const first = paths[0] as string
      const held = files.use(first, opener(first), async file => {
        await gate
        // Three other files were opened and put back meanwhile, past the bound of one.
        const buffer = Buffer.alloc(first.length)
        return { buffer, bytesRead: (await file.handle.read(buffer, 0, first.length, 0)).bytesRead }
      })
      for (const path of paths.slice(1)) assert.equal(await files.use(path, opener(path), readAll), path)
      assert.equal(files.openCount, 1, 'idle files are closed down to the bound')
      release()
      const { bytesRead, buffer } = await held
      assert.equal(buffer.subarray(0, bytesRead).toString(), first, 'the file in use was still open')
      assert.equal(files.openCount, 1)
      await files.releaseAll()
      assert.equal(files.openCount, 0)
    })
  })
})
