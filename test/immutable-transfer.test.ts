/**
 * Uploader and downloader against ten real local share stores: round trips,
 * ranges, dead and corrupt servers, unhappy uploads, LIT and empty files.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readdir, readFile, writeFile, open } from 'node:fs/promises'
import { join } from 'node:path'
import { startLocalGrid, type LocalGridMember } from './helpers/local-grid.js'
import { uploadImmutableFile, type ImmutableUploadInit } from '../src/actors/uploader/immutable-upload.js'
import { downloadCiphertext, downloadImmutable, type ByteRange } from '../src/actors/downloader/immutable-download.js'
import { computeImmutableCap } from '../src/io/immutable-cap.js'
import { parseCap, verifyCap, type ChkCap, type ChkVerifierCap, type LitCap } from '../src/encoding/caps.js'
import { immutableStorageIndex } from '../src/crypto/immutable-keys.js'
import { base32Encode } from '../src/crypto/base32.js'
import { AesCtr } from '../src/crypto/aes.js'
import { uploaderActor } from '../src/actors/uploader/index.js'
import { READ_BATCH_BYTES } from '../src/actors/downloader/validated-share.js'
import { DEFAULT_WRITE_WINDOW, WHOLE_SHARES_UP_TO, WRITE_BATCH_BYTES } from '../src/actors/uploader/share-upload.js'
import type { AllocateRequest, AllocateResult, BucketRef, CallOptions, StorageServer } from '../src/actors/storage/interface.js'
import { Readable } from 'node:stream'

const SEGMENT = 64 * 1024
const convergenceSecret = randomBytes(32)
const leaseSecret = randomBytes(32)

async function collect (chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = []
  for await (const chunk of chunks) parts.push(chunk)
  return Buffer.concat(parts)
}

describe('immutable upload and download on a local grid of 10', () => {
  let grid: Awaited<ReturnType<typeof startLocalGrid>>
  let dir: string
  const params = { k: 3, happy: 7, n: 10, maxSegmentSize: SEGMENT }
  const init = (servers: readonly LocalGridMember[], extra: Partial<ImmutableUploadInit> = {}): ImmutableUploadInit =>
    ({ servers, leaseSecret, convergenceSecret, ...params, ...extra })

  async function put (data: Uint8Array, servers = grid.members): Promise<string> {
    const path = join(dir, `file-${randomBytes(4).toString('hex')}`)
    await writeFile(path, data)
    return (await uploadImmutableFile(path, data.length, init(servers))).cap
  }

  async function get (capText: string, range?: ByteRange, servers = grid.members): Promise<Buffer> {
    const cap = parseCap(capText) as ChkCap | LitCap
    return await collect(downloadImmutable(cap, { servers, range }))
  }

  before(async () => {
    grid = await startLocalGrid(10)
    dir = grid.root
  })
  after(async () => { await grid.stop() })

  it('round-trips a multi-segment file, with the cap chk-cap computes', async () => {
    const data = randomBytes(5 * SEGMENT + 12345)
    const cap = await put(data)
    const path = join(dir, 'same')
    await writeFile(path, data)
    assert.equal(cap, await computeImmutableCap(path, { size: data.length, convergenceSecret, k: 3, n: 10, maxSegmentSize: SEGMENT }))
    assert.deepEqual(await get(cap), data)
    // One share on each of the ten servers.
    const si = immutableStorageIndex((parseCap(cap) as ChkCap).key)
    const counts = await Promise.all(grid.members.map(async m => (await m.local.listBuckets(si)).length))
    assert.deepEqual(counts, Array(10).fill(1))
  })

  it('writes shares larger than WHOLE_SHARES_UP_TO segment by segment, and round-trips them', async () => {
    const data = randomBytes(3 * WHOLE_SHARES_UP_TO + 5 * SEGMENT + 7)
    const path = join(dir, 'large-shares')
    await writeFile(path, data)
    const cap = await put(data)
    assert.equal(cap, await computeImmutableCap(path, { size: data.length, convergenceSecret, k: 3, n: 10, maxSegmentSize: SEGMENT }))
    assert.deepEqual(await get(cap), data)
  })

  it('closes each share with the write of its trailer, and closes it apart where the server only wrote (a server from before that)', async () => {
    const calls = new Map<number, string[]>()
    const log = (share: number, call: string): void => { calls.set(share, [...calls.get(share) ?? [], call]) }
    const servers: LocalGridMember[] = grid.members.map((member, index) => ({
      ...member,
      storage: Object.assign(Object.create(member.storage) as StorageServer, {
        writeBucket: async (...args: Parameters<StorageServer['writeBucket']>): Promise<void> => { log(args[0].shareNumber, 'write'); await member.storage.writeBucket(...args) },
        writeAndCloseBucket: async (...args: Parameters<StorageServer['writeAndCloseBucket']>): Promise<boolean> => {
          log(args[0].shareNumber, 'write+close')
          if (index % 2 === 0) return await member.storage.writeAndCloseBucket(...args)
          const [bucket, offset, data, , options] = args
          await member.storage.writeBucket(bucket, offset, data, options)
          return false
        },
        closeBucket: async (...args: Parameters<StorageServer['closeBucket']>): Promise<void> => { log(args[0].shareNumber, 'close'); await member.storage.closeBucket(...args) }
      })
    }))
    const data = randomBytes(3 * WHOLE_SHARES_UP_TO + 2 * SEGMENT)
    const cap = await put(data, servers)
    assert.deepEqual(await get(cap), data)
    const si = immutableStorageIndex((parseCap(cap) as ChkCap).key)
    for (const [index, member] of grid.members.entries()) {
      const [share] = await member.local.listBuckets(si)
      assert.ok(share !== undefined, `server ${index} holds its share`)
      const ending = (calls.get(share) ?? []).slice(-2)
      assert.deepEqual(ending, index % 2 === 0 ? ['write', 'write+close'] : ['write+close', 'close'])
      assert.equal((calls.get(share) ?? []).filter(call => call !== 'write').length, index % 2 === 0 ? 1 : 2)
    }
  })

  it('sends the blocks of consecutive segments to a server together, in writes of about WRITE_BATCH_BYTES', async () => {
    const writes: Array<{ share: number, offset: number, pieces: number, bytes: number }> = []
    const servers: LocalGridMember[] = grid.members.map(member => ({
      ...member,
      storage: Object.assign(Object.create(member.storage) as StorageServer, {
        writeBucket: async (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], options?: CallOptions): Promise<void> => {
          const pieces = data instanceof Uint8Array ? [data] : data
          writes.push({ share: bucket.shareNumber, offset, pieces: pieces.length, bytes: pieces.reduce((sum, piece) => sum + piece.length, 0) })
          await member.storage.writeBucket(bucket, offset, data, options)
        }
      })
    }))
    // Shares over WHOLE_SHARES_UP_TO, so that blocks are sent as they are encoded.
    const segments = 3 * WHOLE_SHARES_UP_TO / SEGMENT + 5
    const data = randomBytes(segments * SEGMENT - 100)
    const cap = await put(data, servers)
    assert.deepEqual(await get(cap), data)
    const blockSize = Math.ceil(SEGMENT / 3)
    const batch = Math.floor(WRITE_BATCH_BYTES / blockSize)
    const shareZero = writes.filter(write => write.share === 0)
    const blockWrites = shareZero.filter(write => write.pieces > 1 || write.bytes >= blockSize - 100)
    assert.equal(blockWrites.length, Math.ceil(segments / batch), 'one write per batch of segments')
    assert.ok(blockWrites.slice(0, -1).every(write => write.pieces === batch && write.bytes === batch * blockSize))
    assert.equal(blockWrites.reduce((sum, write) => sum + write.pieces, 0), segments, 'every block sent once')
  })

  it('uses parity buffers again from segment to segment, never while a server may still be reading them', async () => {
    const parityPieces = new Set<Uint8Array>()
    let changedInFlight = 0
    let segmentWrites = 0
    const servers: LocalGridMember[] = grid.members.map(member => ({
      ...member,
      storage: Object.assign(Object.create(member.storage) as StorageServer, {
        writeBucket: async (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], options?: CallOptions): Promise<void> => {
          const pieces = data instanceof Uint8Array ? [data] : data
          const before = pieces.map(piece => Buffer.from(piece))
          // A slow server: the blocks must stay as they were until it answers.
          await new Promise(resolve => setTimeout(resolve, 2))
          await member.storage.writeBucket(bucket, offset, data, options)
          if (pieces.some((piece, i) => !Buffer.from(piece).equals(before[i] as Buffer))) changedInFlight++
          if (bucket.shareNumber === 9 && pieces.length > 1) {
            segmentWrites++
            for (const piece of pieces) parityPieces.add(piece)
          }
        },
        // As slow, so that the server takes calls in the order they were made, as over its stream.
        writeAndCloseBucket: async (bucket: BucketRef, offset: number, data: Uint8Array | readonly Uint8Array[], written: number, options?: CallOptions): Promise<boolean> => {
          await new Promise(resolve => setTimeout(resolve, 2))
          return await member.storage.writeAndCloseBucket(bucket, offset, data, written, options)
        }
      })
    }))
    // 1 MiB segments, the default: WRITE_BATCH_BYTES holds three of their blocks.
    const segmentSize = 1024 * 1024
    const batch = Math.floor(WRITE_BATCH_BYTES / Math.ceil(segmentSize / 3))
    const data = randomBytes(8 * batch * segmentSize + 5)
    const path = join(dir, 'recycled')
    await writeFile(path, data)
    const { cap } = await uploadImmutableFile(path, data.length, init(servers, { maxSegmentSize: segmentSize }))
    assert.deepEqual(await get(cap), data)
    assert.equal(changedInFlight, 0, 'no block changed while its write was in flight')
    const segments = Math.ceil(data.length / segmentSize)
    assert.ok(segmentWrites >= 8, `${segmentWrites} writes of segments to share 9`)
    // The window's rounds, the batch being gathered and the one being encoded.
    assert.ok(parityPieces.size <= (DEFAULT_WRITE_WINDOW + 2) * batch, `${parityPieces.size} parity buffers for ${segments} segments`)
  })

  it('reads consecutive blocks from a server together, and no further than a range needs', async () => {
    const reads: Array<{ share: number, length: number }> = []
    const servers: LocalGridMember[] = grid.members.map(member => ({
      ...member,
      storage: Object.assign(Object.create(member.storage) as StorageServer, {
        readBucket: async (si: Uint8Array, share: number, offset: number, length: number, options?: CallOptions): Promise<Uint8Array> => {
          reads.push({ share, length })
          return await member.storage.readBucket(si, share, offset, length, options)
        }
      })
    }))
    // Nine whole segments of 1 MiB (rounded up to a multiple of k), the default size.
    const segmentSize = 3 * Math.ceil(1024 * 1024 / 3)
    const segments = 9
    const data = randomBytes(segments * segmentSize)
    const path = join(dir, 'read-runs')
    await writeFile(path, data)
    const { cap } = await uploadImmutableFile(path, data.length, init(grid.members, { maxSegmentSize: segmentSize }))
    const blockSize = segmentSize / 3
    const perRun = Math.floor(READ_BATCH_BYTES / blockSize)
    const blockReads = (): number[] => reads.filter(read => read.length >= blockSize && read.length % blockSize === 0).map(read => read.length / blockSize)
    assert.deepEqual(await get(cap, undefined, servers), data)
    // Runs of perRun blocks from each of the k shares read.
    const runs = blockReads()
    assert.equal(runs.reduce((sum, blocks) => sum + blocks, 0), 3 * segments, 'each block of 3 shares read once')
    assert.equal(runs.length, 3 * Math.ceil(segments / perRun))
    assert.ok(perRun > 1)
    // A range within one segment reads that segment's blocks only.
    reads.length = 0
    assert.deepEqual(await get(cap, { start: 4 * segmentSize + 5, end: 4 * segmentSize + 10 }, servers), data.subarray(4 * segmentSize + 5, 4 * segmentSize + 10))
    assert.deepEqual(blockReads(), [1, 1, 1])
  })

  it('writes small shares itself where a server did not take them with the allocation (a server from before initial data)', async () => {
    const servers: LocalGridMember[] = grid.members.map(member => ({
      ...member,
      storage: Object.assign(Object.create(member.storage) as StorageServer, {
        allocateBuckets: async (request: AllocateRequest): Promise<AllocateResult> => {
          const older = { ...request }
          delete older.initialData
          delete older.closeWritten
          return { ...await member.storage.allocateBuckets(older), initialDataWritten: [], closed: [] }
        }
      })
    }))
    const data = randomBytes(SEGMENT + 99)
    const cap = await put(data, servers)
    assert.deepEqual(await get(cap), data)
  })

  it('serves byte ranges at and around segment boundaries', async () => {
    const data = randomBytes(3 * SEGMENT + 1)
    const cap = await put(data)
    for (const [start, end] of [[0, 1], [SEGMENT - 1, SEGMENT + 1], [SEGMENT, 2 * SEGMENT], [3 * SEGMENT, 3 * SEGMENT + 1], [5, 5], [0, data.length]] as const) {
      assert.deepEqual(await get(cap, { start, end }), data.subarray(start, end), `range ${start}-${end}`)
    }
    await assert.rejects(get(cap, { start: 0, end: data.length + 1 }), { name: 'RangeNotSatisfiableError' })
  })

  it('handles a file of exactly one segment plus one byte, LIT files and the empty file', async () => {
    const oneMore = randomBytes(SEGMENT + 1)
    assert.deepEqual(await get(await put(oneMore)), oneMore)
    const lit = randomBytes(55)
    const litCap = await put(lit)
    assert.match(litCap, /^URI:LIT:/)
    assert.deepEqual(await get(litCap), lit)
    assert.equal(await put(new Uint8Array(0)), 'URI:LIT:')
    assert.equal((await get('URI:LIT:')).length, 0)
    assert.match(await put(randomBytes(56)), /^URI:CHK:/)
  })

  it('still downloads with 7 of 10 servers down', async () => {
    const data = randomBytes(2 * SEGMENT + 7)
    const cap = await put(data)
    for (const member of grid.members.slice(0, 7)) member.down = true
    try {
      assert.deepEqual(await get(cap), data)
      for (const member of grid.members.slice(0, 8)) member.down = true
      await assert.rejects(get(cap), (err: Error) => err.name === 'NotEnoughSharesError' && /found 2 good share\(s\) but need 3/.test(err.message))
    } finally {
      for (const member of grid.members) member.down = false
    }
  })

  it('routes around corrupt shares, and tells their servers', async () => {
    const data = randomBytes(4 * SEGMENT)
    const cap = await put(data)
    const si = base32Encode(immutableStorageIndex((parseCap(cap) as ChkCap).key))
    // Corrupt a block byte of shares 0 and 1: primary shares, which the downloader prefers.
    const holderOf = async (share: number): Promise<LocalGridMember> => {
      for (const member of grid.members) {
        if ((await member.local.listBuckets(immutableStorageIndex((parseCap(cap) as ChkCap).key))).includes(share)) return member
      }
      throw new Error(`nobody holds share ${share}`)
    }
    const victims = [await holderOf(0), await holderOf(1)]
    for (const [share, member] of victims.entries()) {
      const bucket = join(member.dir, 'shares', si.slice(0, 2), si)
      const file = await open(join(bucket, String(share)), 'r+')
      const byte = Buffer.alloc(1)
      await file.read(byte, 0, 1, 0x0c + 0x24 + 100)
      byte[0] = (byte[0] as number) ^ 0xff
      await file.write(byte, 0, 1, 0x0c + 0x24 + 100)
      await file.close()
    }
    assert.deepEqual(await get(cap), data)
    for (const member of victims) {
      const reports = await readdir(join(member.dir, 'corruption-advisories')).catch(() => [])
      assert.ok(reports.length >= 1, `${member.id} has a corruption advisory`)
    }
  })

  it('fails unhappy uploads with Tahoe\'s message and leaves no share behind', async () => {
    const servers = grid.members.slice(0, 5)
    const data = randomBytes(SEGMENT * 2)
    const path = join(dir, 'unhappy')
    await writeFile(path, data)
    await assert.rejects(uploadImmutableFile(path, data.length, init(servers)), (err: Error) => {
      assert.equal(err.name, 'UploadUnhappinessError')
      assert.match(err.message, /shares could be placed on only 5 server\(s\) such that any 3 of them have enough shares to recover the file, but we were asked to place shares on at least 7 such servers/)
      return true
    })
    const cap = await computeImmutableCap(path, { size: data.length, convergenceSecret, k: 3, n: 10, maxSegmentSize: SEGMENT })
    const si = immutableStorageIndex((parseCap(cap) as ChkCap).key)
    for (const member of grid.members) assert.deepEqual(await member.local.listBuckets(si), [])
  })

  it('sends a small file as one call per server: each share whole, closed by the server in that call', async () => {
    const calls: string[] = []
    const servers: LocalGridMember[] = grid.members.map(member => ({
      ...member,
      storage: Object.assign(Object.create(member.storage) as StorageServer, {
        allocateBuckets: async (request: AllocateRequest, options?: CallOptions): Promise<AllocateResult> => {
          calls.push(`allocate${request.closeWritten === true ? '+close' : ''}`)
          return await member.storage.allocateBuckets(request, options)
        },
        writeBucket: async (...args: Parameters<StorageServer['writeBucket']>): Promise<void> => { calls.push('write'); await member.storage.writeBucket(...args) },
        closeBucket: async (...args: Parameters<StorageServer['closeBucket']>): Promise<void> => { calls.push('close'); await member.storage.closeBucket(...args) }
      })
    }))
    const data = randomBytes(4096)
    const cap = await put(data, servers)
    assert.deepEqual(calls, Array(10).fill('allocate+close'))
    assert.deepEqual(await get(cap), data)
    const si = immutableStorageIndex((parseCap(cap) as ChkCap).key)
    const counts = await Promise.all(grid.members.map(async m => (await m.local.listBuckets(si)).length))
    assert.deepEqual(counts, Array(10).fill(1))
  })

  it('withdraws the shares servers closed with their allocation when the upload then proves unhappy', async () => {
    // Half the servers fail their allocation: the other half have closed their shares by then.
    const servers: LocalGridMember[] = grid.members.map((member, index) => index % 2 === 0
      ? member
      : { ...member, storage: Object.assign(Object.create(member.storage) as StorageServer, { allocateBuckets: async () => await Promise.reject(new Error('disk on fire')) }) })
    const data = randomBytes(4096)
    const path = join(dir, 'unhappy-small')
    await writeFile(path, data)
    await assert.rejects(uploadImmutableFile(path, data.length, init(servers)), { name: 'UploadUnhappinessError' })
    const cap = await computeImmutableCap(path, { size: data.length, convergenceSecret, k: 3, n: 10, maxSegmentSize: SEGMENT })
    const si = immutableStorageIndex((parseCap(cap) as ChkCap).key)
    for (const member of grid.members) assert.deepEqual(await member.local.listBuckets(si), [], `${member.id} serves no share`)
  })

  it('fetches validated ciphertext with only the verify cap', async () => {
    const data = randomBytes(2 * SEGMENT + 3)
    const cap = parseCap(await put(data)) as ChkCap
    const verifier = verifyCap(cap) as ChkVerifierCap
    const parts: Uint8Array[] = []
    for await (const { ciphertext } of downloadCiphertext(verifier, { servers: grid.members })) parts.push(ciphertext)
    assert.deepEqual(new AesCtr(cap.key).update(Buffer.concat(parts)), data)
  })

  it('uploads the same file twice to the same shares (convergence)', async () => {
    const data = randomBytes(SEGMENT + 10)
    assert.equal(await put(data), await put(data))
    const path = join(dir, 'twice')
    await writeFile(path, data)
    assert.deepEqual(await readFile(path), data)
  })

  it('uploads streams: convergent (spooled, key hashed on the way in; small ones with a known size in memory) and random-key (one pass)', async () => {
    const uploader = uploaderActor({ encoding: params, tempDir: join(dir, 'tmp') })({ servers: () => grid.members, leaseSecret, convergenceSecret })
    await uploader.start()
    try {
      for (const size of [SEGMENT - 1, SEGMENT, 3 * SEGMENT + 17]) {
        const data = randomBytes(size)
        const chunks = (): Readable => Readable.from(Array.from({ length: Math.ceil(size / 1000) }, (_, i) => data.subarray(i * 1000, (i + 1) * 1000)))
        const { cap } = await uploader.uploadStream(chunks())
        const path = await (async () => { const p = join(dir, `s${size}`); await writeFile(p, data); return p })()
        assert.equal(cap, await computeImmutableCap(path, { size, convergenceSecret, k: 3, n: 10, maxSegmentSize: SEGMENT }), `${size} bytes`)
        // With its size announced, a small stream is read into memory: the same cap.
        assert.equal((await uploader.uploadStream(chunks(), { size })).cap, cap, `${size} bytes, size announced`)
        const random = await uploader.uploadStream(chunks(), { convergent: false, size })
        assert.notEqual(random.cap, cap)
        assert.deepEqual(await get(random.cap), data)
      }
      const short = (): Readable => Readable.from([randomBytes(100)])
      await assert.rejects(uploader.uploadStream(short(), { convergent: false, size: 200 }), { name: 'FileChangedError' })
      await assert.rejects(uploader.uploadStream(short(), { size: 200 }), { name: 'FileChangedError' })
      await assert.rejects(uploader.uploadStream(short(), { size: 50 }), { name: 'FileChangedError' })
      // Nothing is left spooled.
      assert.deepEqual(await readdir(join(dir, 'tmp')), [])
    } finally {
      await uploader.stop()
    }
  })
})
