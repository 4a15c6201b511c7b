/**
 * Partial writes and ranged reads of mutable files on a local grid of 10:
 * MDMF writeAt rewrites only the segments it touches (and every share's
 * hash trees, signature and header); SDMF, and MDMF files missing a share,
 * are read, modified and republished whole; a byte range reads only the
 * segments it covers.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startLocalGrid } from './helpers/local-grid.js'
import { patchShare, recordingServers, sharesOnGrid, type CallLog } from './helpers/mutable-grid.js'
import { storageIndexOf, type MutableWriteCap } from '../src/encoding/caps.js'
import {
  MDMF_SHARE_DATA_OFFSET, MUTABLE_PREFIX_READ_SIZE, packMutableShare, parseMutableShare, parseMutableShareHeader,
  segmentSpan, verifyMutableShare, type MutableShareHeader, type Span
} from '../src/encoding/mutable/index.js'
import { WriteOffsetError, keyPool, mutableFilesActor, type MutableFiles } from '../src/actors/mutable/index.js'

const leaseSecret = randomBytes(32)
/** MDMF's segment size for k = 3. */
const SEG = 131073

function inside (vector: { offset: number, length: number }, span: Span): boolean {
  return vector.offset >= span.offset && vector.offset + vector.length <= span.offset + span.length
}

describe('mutable partial writes and ranges on a local grid of 10', () => {
  let grid: Awaited<ReturnType<typeof startLocalGrid>>
  let log: CallLog
  let files: MutableFiles

  before(async () => {
    grid = await startLocalGrid(10)
    const recorded = recordingServers(grid.members)
    log = recorded.log
    files = mutableFilesActor({ encoding: { k: 3, n: 10 } })({ servers: () => recorded.servers, leaseSecret, keys: keyPool({ size: 3 }) })
    await files.start()
  })
  after(async () => {
    await files.stop()
    await grid.stop()
  })

  async function headerOf (cap: MutableWriteCap): Promise<MutableShareHeader> {
    const [share] = await sharesOnGrid(grid.members, storageIndexOf(cap) as Uint8Array)
    return parseMutableShareHeader(share?.bytes ?? new Uint8Array(0))
  }

  /** Every share on the grid verifies, is of `seqnum`, and lays out exactly as a fresh pack of its parts. */
  async function checkShares (cap: MutableWriteCap, seqnum: bigint, count = 10): Promise<void> {
    const shares = await sharesOnGrid(grid.members, storageIndexOf(cap) as Uint8Array)
    assert.equal(shares.length, count)
    for (const { shnum, bytes } of shares) {
      const verified = verifyMutableShare(cap.fingerprint, shnum, bytes)
      assert.equal(verified.version.seqnum, seqnum)
      const repacked = packMutableShare(parseMutableShare(bytes)).bytes
      assert.deepEqual(Buffer.from(bytes.subarray(0, verified.header.end)), Buffer.from(repacked), `share ${shnum} layout`)
    }
  }

  /** Segments written by the recorded calls: writes in the share-data region of the new layout, at segment starts. */
  async function segmentsWritten (cap: MutableWriteCap): Promise<number[]> {
    const header = await headerOf(cap)
    const stride = header.geometry.blockSize + 16
    const touched = new Set<number>()
    for (const { request } of log.writes) {
      for (const entry of request.testAndWrite.values()) {
        for (const { offset } of entry.write) {
          const inData = offset >= MDMF_SHARE_DATA_OFFSET && offset < header.blockHashTree.offset
          if (inData && (offset - MDMF_SHARE_DATA_OFFSET) % stride === 0) touched.add((offset - MDMF_SHARE_DATA_OFFSET) / stride)
        }
      }
    }
    return [...touched].sort((a, b) => a - b)
  }

  it('reads a byte range by fetching only the segments it covers', async () => {
    const data = randomBytes(1024 * 1024)
    const cap = await files.create(data, { format: 'mdmf' })
    const header = await headerOf(cap)
    assert.equal(header.geometry.numSegments, 8)
    const { blockSize } = header.geometry

    const check = async (start: number, end: number, segments: number[]): Promise<void> => {
      log.reset()
      const got = await files.read(cap, { range: { start, end } })
      assert.deepEqual(Buffer.from(got.data), data.subarray(start, end))
      const allowed = [header.blockHashTree, { offset: 0, length: 59 }, ...segments.map(s => segmentSpan(header, s))]
      let segmentBytes = 0
      for (const read of log.reads) {
        for (const vector of read.vectors) {
          if (vector.offset === 0 && vector.length === MUTABLE_PREFIX_READ_SIZE) continue // the servermap's prefix read
          assert.ok(allowed.some(span => inside(vector, span)), `read ${vector.offset}+${vector.length} is outside segments ${segments.join(',')}`)
          if (vector.offset >= header.shareData.offset && vector.offset < header.blockHashTree.offset) segmentBytes += vector.length
        }
      }
      // k shares, each read once for each covered segment.
      assert.equal(segmentBytes, 3 * segments.reduce((sum, s) => sum + segmentSpan(header, s).length, 0))
    }
    await check(3 * SEG + 10, 3 * SEG + 5000, [3])
    await check(2 * SEG - 1, 4 * SEG + 1, [1, 2, 3, 4])
    await check(data.length - 1, data.length, [7])
    await assert.rejects(files.read(cap, { range: { start: 10, end: data.length + 1 } }), { name: 'RangeNotSatisfiableError' })
    log.reset()
    await files.read(cap)
    const whole = log.reads.reduce((sum, read) => sum + read.bytes, 0)
    assert.ok(whole > 3 * 8 * blockSize, 'a whole read fetches every segment')
  })

  it('MDMF writeAt in the middle rewrites only the touched segments', async () => {
    const data = randomBytes(1024 * 1024)
    const cap = await files.create(data, { format: 'mdmf' })
    const header = await headerOf(cap)
    const patch = randomBytes(2 * SEG)
    const offset = 2 * SEG + 100
    log.reset()
    const result = await files.writeAt(cap, offset, patch)
    assert.deepEqual(result, { seqnum: 2n, size: data.length, distinctShares: 10, partial: true })
    assert.deepEqual(await segmentsWritten(cap), [2, 3, 4])
    // Per share: three segments and the small fields, nowhere near the whole share.
    const perShare = Math.max(...log.writes.map(w => [...w.request.testAndWrite.values()].reduce((sum, e) => sum + e.write.reduce((s, v) => s + v.data.length, 0), 0)))
    assert.ok(perShare < 3 * (header.geometry.blockSize + 16) + 4096, `wrote ${perShare} bytes to one share`)
    const expected = Buffer.from(data)
    expected.set(patch, offset)
    assert.deepEqual(Buffer.from((await files.read(cap)).data), expected)
    await checkShares(cap, 2n)

    // Inside one segment: that segment only.
    log.reset()
    await files.writeAt(cap, 5 * SEG + 7, Buffer.from('hello'))
    assert.deepEqual(await segmentsWritten(cap), [5])
    expected.set(Buffer.from('hello'), 5 * SEG + 7)
    const got = await files.read(cap)
    assert.equal(got.seqnum, 3n)
    assert.deepEqual(Buffer.from(got.data), expected)
    await checkShares(cap, 3n)
  })

  it('MDMF writeAt at the end grows the file, rewriting the old tail and the new segments', async () => {
    const data = randomBytes(300 * 1024)
    const cap = await files.create(data, { format: 'mdmf' })
    const header = await headerOf(cap)
    assert.equal(header.geometry.numSegments, 3)
    const more = randomBytes(400 * 1024)
    log.reset()
    const result = await files.writeAt(cap, data.length, more)
    assert.equal(result.partial, true)
    assert.equal(result.size, data.length + more.length)
    assert.deepEqual(await segmentsWritten(cap), [2, 3, 4, 5])
    const expected = Buffer.concat([data, more])
    assert.deepEqual(Buffer.from((await files.read(cap)).data), expected)
    await checkShares(cap, 2n)

    // Overlapping the end, and exactly at a segment boundary.
    const across = randomBytes(1000)
    await files.writeAt(cap, expected.length - 10, across)
    const grown = Buffer.concat([expected.subarray(0, expected.length - 10), across])
    const boundary = randomBytes(SEG)
    const before = grown.length
    await files.writeAt(cap, before, boundary)
    assert.deepEqual(Buffer.from((await files.read(cap)).data), Buffer.concat([grown, boundary]))
    await checkShares(cap, 4n)
  })

  it('refuses writes that would leave a hole, and ignores empty ones', async () => {
    const data = randomBytes(1000)
    const cap = await files.create(data, { format: 'mdmf' })
    log.reset()
    await assert.rejects(files.writeAt(cap, 1001, Buffer.from('x')), WriteOffsetError)
    await assert.rejects(files.writeAt(cap, -1, Buffer.from('x')), WriteOffsetError)
    assert.equal(log.writes.length, 0)
    assert.deepEqual(await files.writeAt(cap, 10, new Uint8Array(0)), { seqnum: 1n, size: 1000, distinctShares: 10, partial: true })
    assert.equal(log.writes.length, 0)
  })

  it('SDMF writeAt, and writes to an empty MDMF file, rewrite the whole file', async () => {
    const data = randomBytes(50 * 1024)
    const sdmf = await files.create(data, { format: 'sdmf' })
    const result = await files.writeAt(sdmf, 100, Buffer.from('patched'))
    assert.deepEqual(result, { seqnum: 2n, size: data.length, distinctShares: 10, partial: false })
    const expected = Buffer.from(data)
    expected.set(Buffer.from('patched'), 100)
    assert.deepEqual(Buffer.from((await files.read(sdmf)).data), expected)
    await files.writeAt(sdmf, expected.length, Buffer.from('tail'))
    assert.deepEqual(Buffer.from((await files.read(sdmf)).data), Buffer.concat([expected, Buffer.from('tail')]))
    await checkShares(sdmf, 3n)

    const empty = await files.create(new Uint8Array(0), { format: 'mdmf' })
    assert.equal((await files.writeAt(empty, 0, Buffer.from('first'))).seqnum, 2n)
    assert.deepEqual(Buffer.from((await files.read(empty)).data), Buffer.from('first'))
    await checkShares(empty, 2n)
  })

  it('MDMF writeAt with a share missing falls back to a whole rewrite, which puts it back', async () => {
    const data = randomBytes(400 * 1024)
    const cap = await files.create(data, { format: 'mdmf' })
    const si = storageIndexOf(cap) as Uint8Array
    const missing = (await sharesOnGrid(grid.members, si)).find(s => s.shnum === 4)
    assert.ok(missing !== undefined)
    await patchShare(missing.member, si, cap.writekey, 4, { delete: true })
    assert.equal((await sharesOnGrid(grid.members, si)).length, 9)

    const result = await files.writeAt(cap, 1000, Buffer.from('again'))
    assert.equal(result.partial, false)
    assert.equal(result.distinctShares, 10)
    const expected = Buffer.from(data)
    expected.set(Buffer.from('again'), 1000)
    assert.deepEqual(Buffer.from((await files.read(cap)).data), expected)
    await checkShares(cap, 2n)
  })
})
