/** Immutable buckets: allocate, write, close, abort, list, read (spec h.1). */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { BadRequestError, BadUploadSecretError, ConflictingWriteError, DataTooLargeError, NoSuchBucketError } from '../../src/actors/storage/errors.js'
import { bytes, text, secret, sameBytes, rejectsWith, allocation, bucketOf, onDisk, storeImmutable, type WithServer } from './helpers.js'

export function immutableBucketTests (withServer: WithServer): void {
  describe('immutable buckets', () => {
    it('serves a closed share: listed, read back, reads truncated at its end', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const data = randomBytes(1000)
        await storeImmutable(server, si, 3, data)
        assert.deepEqual(await server.listBuckets(si), [3])
        sameBytes(await server.readBucket(si, 3, 0, 1000), data)
        sameBytes(await server.readBucket(si, 3, 990, 100), data.subarray(990))
        assert.equal((await server.readBucket(si, 3, 1000, 10)).length, 0)
        assert.equal((await server.readBucket(si, 3, 5000, 10)).length, 0)
      })
    })

    it('never lists or serves a share that was not closed', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const request = allocation(si, [0, 1], 10)
        assert.deepEqual((await server.allocateBuckets(request)).allocated, [0, 1])
        await server.writeBucket(bucketOf(request, 0), 0, bytes('0123456789'))
        assert.deepEqual(await server.listBuckets(si), [])
        await rejectsWith(server.readBucket(si, 0, 0, 10), NoSuchBucketError)
        assert.deepEqual((await onDisk(dir, si)).shares, [])
        await server.closeBucket(bucketOf(request, 0))
        assert.deepEqual(await server.listBuckets(si), [0])
        await rejectsWith(server.readBucket(si, 1, 0, 10), NoSuchBucketError)
      })
    })

    it('writes and closes in one call, and closes nothing when the write fails', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const data = randomBytes(3000)
        const request = allocation(si, [0, 1], 3000)
        await server.allocateBuckets(request)
        await server.writeBucket(bucketOf(request, 0), 0, data.subarray(0, 1000))
        assert.equal(await server.writeAndCloseBucket(bucketOf(request, 0), 1000, [data.subarray(1000, 2000), data.subarray(2000)], 3000), true)
        assert.deepEqual(await server.listBuckets(si), [0])
        sameBytes(await server.readBucket(si, 0, 0, 3000), data)
        await rejectsWith(server.writeBucket(bucketOf(request, 0), 0, data.subarray(0, 10)), NoSuchBucketError)

        // A write past the allocation fails, and the bucket stays open and unlisted.
        await rejectsWith(server.writeAndCloseBucket(bucketOf(request, 1), 2990, randomBytes(20), 20), DataTooLargeError)
        // So does a close for more bytes than arrived (a write lost on the way): the bytes are written, the share not closed.
        await server.writeBucket(bucketOf(request, 1), 0, data.subarray(0, 1000))
        await rejectsWith(server.writeAndCloseBucket(bucketOf(request, 1), 2000, data.subarray(2000), 3000), BadRequestError)
        assert.deepEqual(await server.listBuckets(si), [0])
        assert.deepEqual((await onDisk(dir, si)).shares, ['0'])
        // Once the missing bytes are there, it closes.
        assert.equal(await server.writeAndCloseBucket(bucketOf(request, 1), 1000, data.subarray(1000, 2000), 3000), true)
        assert.deepEqual(await server.listBuckets(si), [0, 1])
        sameBytes(await server.readBucket(si, 1, 0, 3000), data)
      })
    })

    it('reports every share held and skips requested shares that exist or are incoming', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        await storeImmutable(server, si, 0, bytes('zero'))
        await storeImmutable(server, si, 1, bytes('one!'))
        const pending = allocation(si, [2], 4)
        assert.deepEqual((await server.allocateBuckets(pending)).allocated, [2])

        const second = allocation(si, [1, 2, 3], 4)
        const result = await server.allocateBuckets(second)
        assert.deepEqual([...result.alreadyHave].sort(), [0, 1], 'every closed share, not only those asked for')
        assert.deepEqual(result.allocated, [3], 'share 1 exists and share 2 is incoming')
        // The skipped incoming bucket still belongs to its first uploader.
        await server.writeBucket(bucketOf(pending, 2), 0, bytes('two!'))
        await server.closeBucket(bucketOf(pending, 2))
        assert.deepEqual(await server.listBuckets(si), [0, 1, 2])
      })
    })

    it('accepts out-of-order and overlapping writes that agree', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const data = randomBytes(30)
        const request = allocation(si, [0], 30)
        await server.allocateBuckets(request)
        const bucket = bucketOf(request, 0)
        await server.writeBucket(bucket, 20, data.subarray(20))
        await server.writeBucket(bucket, 0, data.subarray(0, 10))
        await server.writeBucket(bucket, 5, data.subarray(5, 25))
        await server.writeBucket(bucket, 0, data)
        await server.closeBucket(bucket)
        sameBytes(await server.readBucket(si, 0, 0, 30), data)
      })
    })

    it('writes data given in pieces as their concatenation, and checks it as one write', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        // Pieces large enough that a remote client sends them without joining them first.
        const pieces = [randomBytes(40_000), randomBytes(1), randomBytes(50_000)]
        const data = Buffer.concat(pieces)
        const request = allocation(si, [0], data.length + 10)
        await server.allocateBuckets(request)
        const bucket = bucketOf(request, 0)
        await server.writeBucket(bucket, 10, pieces)
        await server.writeBucket(bucket, 0, [bytes('0123456789')])
        const changed = [pieces[0] as Uint8Array, bytes('X'), pieces[2] as Uint8Array]
        if (changed[1]?.[0] !== pieces[1]?.[0]) await rejectsWith(server.writeBucket(bucket, 10, changed), ConflictingWriteError)
        await rejectsWith(server.writeBucket(bucket, data.length, [bytes('abc'), randomBytes(20)]), DataTooLargeError)
        await server.closeBucket(bucket)
        sameBytes(await server.readBucket(si, 0, 10, data.length), data)
        sameBytes(await server.readBucket(si, 0, 0, 10), bytes('0123456789'))
      })
    })

    it('refuses to rewrite written bytes with other bytes (ConflictingWriteError)', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const request = allocation(si, [0], 20)
        await server.allocateBuckets(request)
        const bucket = bucketOf(request, 0)
        await server.writeBucket(bucket, 5, bytes('abcde'))
        await rejectsWith(server.writeBucket(bucket, 5, bytes('abcdX')), ConflictingWriteError)
        await rejectsWith(server.writeBucket(bucket, 0, bytes('000000')), ConflictingWriteError, 'a partial overlap')
        await rejectsWith(server.writeBucket(bucket, 9, bytes('Z')), ConflictingWriteError, 'the last byte')
        // Bytes next to, not over, the written range are free.
        await server.writeBucket(bucket, 0, bytes('01234'))
        await server.writeBucket(bucket, 10, bytes('fghijklmno'))
        await server.closeBucket(bucket)
        assert.equal(text(await server.readBucket(si, 0, 0, 20)), '01234abcdefghijklmno')
      })
    })

    it('refuses writes past the allocated size (DataTooLargeError)', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const request = allocation(si, [0], 10)
        await server.allocateBuckets(request)
        const bucket = bucketOf(request, 0)
        await rejectsWith(server.writeBucket(bucket, 0, randomBytes(11)), DataTooLargeError)
        await rejectsWith(server.writeBucket(bucket, 10, bytes('x')), DataTooLargeError)
        await rejectsWith(server.writeBucket(bucket, 1_000_000, bytes('x')), DataTooLargeError)
        await server.writeBucket(bucket, 5, bytes('56789'))
        await server.writeBucket(bucket, 0, bytes('01234'))
        await server.closeBucket(bucket)
        assert.equal(text(await server.readBucket(si, 0, 0, 100)), '0123456789')
      })
    })

    it('abort deletes the upload, which can then be allocated again', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const request = allocation(si, [4], 8)
        await server.allocateBuckets(request)
        await server.writeBucket(bucketOf(request, 4), 0, bytes('abcd'))
        await server.abortBucket(bucketOf(request, 4))
        assert.deepEqual(await server.listBuckets(si), [])
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })

        const again = allocation(si, [4], 8)
        assert.deepEqual((await server.allocateBuckets(again)).allocated, [4])
        await server.writeBucket(bucketOf(again, 4), 0, bytes('efghijkl'))
        await server.closeBucket(bucketOf(again, 4))
        assert.equal(text(await server.readBucket(si, 4, 0, 8)), 'efghijkl')
      })
    })

    it('a closed or aborted bucket takes no more calls (NoSuchBucketError)', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const request = allocation(si, [0, 1], 4)
        await server.allocateBuckets(request)
        await server.writeBucket(bucketOf(request, 0), 0, bytes('data'))
        await server.closeBucket(bucketOf(request, 0))
        await rejectsWith(server.writeBucket(bucketOf(request, 0), 0, bytes('data')), NoSuchBucketError)
        await rejectsWith(server.closeBucket(bucketOf(request, 0)), NoSuchBucketError)
        await rejectsWith(server.abortBucket(bucketOf(request, 0)), NoSuchBucketError)
        await server.abortBucket(bucketOf(request, 1))
        await rejectsWith(server.writeBucket(bucketOf(request, 1), 0, bytes('data')), NoSuchBucketError)
        await rejectsWith(server.closeBucket(bucketOf(request, 1)), NoSuchBucketError)
        await rejectsWith(server.writeBucket(bucketOf(request, 7), 0, bytes('data')), NoSuchBucketError, 'never allocated')
        assert.equal(text(await server.readBucket(si, 0, 0, 4)), 'data', 'the closed share is untouched')
      })
    })

    it('refuses writes, closes and aborts with another upload secret', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const request = allocation(si, [0], 4)
        await server.allocateBuckets(request)
        const intruder = { ...bucketOf(request, 0), uploadSecret: secret() }
        await rejectsWith(server.writeBucket(intruder, 0, bytes('evil')), BadUploadSecretError)
        await rejectsWith(server.closeBucket(intruder), BadUploadSecretError)
        await rejectsWith(server.abortBucket(intruder), BadUploadSecretError)
        await server.writeBucket(bucketOf(request, 0), 0, bytes('good'))
        await server.closeBucket(bucketOf(request, 0))
        assert.equal(text(await server.readBucket(si, 0, 0, 4)), 'good')
      })
    })

    it('silently refuses an allocation larger than its available space', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const { availableSpace } = await server.getVersion()
        const result = await server.allocateBuckets(allocation(si, [0, 1], availableSpace + 2 ** 40))
        assert.deepEqual(result, { alreadyHave: [], allocated: [], initialDataWritten: [], closed: [] })
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })
      })
    })

    it('lands concurrent writes to one bucket', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const data = randomBytes(64 * 100)
        const request = allocation(si, [0], data.length)
        await server.allocateBuckets(request)
        await Promise.all(Array.from({ length: 100 }, async (_, i) => {
          await server.writeBucket(bucketOf(request, 0), i * 64, data.subarray(i * 64, (i + 1) * 64))
        }))
        await server.closeBucket(bucketOf(request, 0))
        sameBytes(await server.readBucket(si, 0, 0, data.length), data)
      })
    })

    it('lists nothing and reads nothing for an unknown storage index', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        assert.deepEqual(await server.listBuckets(si), [])
        await rejectsWith(server.readBucket(si, 0, 0, 1), NoSuchBucketError)
      })
    })
  })
}
