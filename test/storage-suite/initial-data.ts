/** Whole share contents sent with the allocation (AllocateRequest.initialData), as small uploads do. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { BadRequestError, BadUploadSecretError, ConflictingWriteError, DataTooLargeError, NoSuchBucketError } from '../../src/actors/storage/errors.js'
import { allocation, bucketOf, bytes, onDisk, rejectsWith, sameBytes, secret, storeImmutable, type WithServer } from './helpers.js'

export function initialDataTests (withServer: WithServer): void {
  describe('initial data with the allocation', () => {
    it('writes each share from offset 0, so that a close is all that is left', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const data = [randomBytes(40), randomBytes(40)]
        const request = { ...allocation(si, [4, 7], 40), initialData: new Map([[4, data[0] as Uint8Array], [7, data[1] as Uint8Array]]) }
        const result = await server.allocateBuckets(request)
        assert.deepEqual(result.allocated, [4, 7])
        assert.deepEqual([...result.initialDataWritten].sort(), [4, 7])
        await server.closeBucket(bucketOf(request, 4))
        await server.closeBucket(bucketOf(request, 7))
        assert.deepEqual(await server.listBuckets(si), [4, 7])
        sameBytes(await server.readBucket(si, 4, 0, 40), data[0] as Uint8Array)
        sameBytes(await server.readBucket(si, 7, 0, 40), data[1] as Uint8Array)
      })
    })

    it('counts the initial data as written: other bytes there conflict, the rest can still be written', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const request = { ...allocation(si, [0], 10), initialData: new Map([[0, bytes('abcde')]]) }
        await server.allocateBuckets(request)
        const bucket = bucketOf(request, 0)
        await rejectsWith(server.writeBucket(bucket, 2, bytes('X')), ConflictingWriteError)
        await server.writeBucket(bucket, 0, bytes('abcde'))
        await server.writeBucket(bucket, 5, bytes('fghij'))
        await server.closeBucket(bucket)
        sameBytes(await server.readBucket(si, 0, 0, 10), bytes('abcdefghij'))
      })
    })

    it('never serves initial data before the close, and drops it with an abort', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const request = { ...allocation(si, [1], 8), initialData: new Map([[1, bytes('complete')]]) }
        await server.allocateBuckets(request)
        assert.deepEqual(await server.listBuckets(si), [])
        await server.abortBucket(bucketOf(request, 1))
        assert.deepEqual(await server.listBuckets(si), [])
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })
      })
    })

    it('ignores initial data for a share it already holds', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        await storeImmutable(server, si, 2, bytes('original'))
        const request = { ...allocation(si, [2], 8), initialData: new Map([[2, bytes('imposter')]]) }
        const result = await server.allocateBuckets(request)
        assert.deepEqual(result.allocated, [])
        assert.deepEqual(result.alreadyHave, [2])
        assert.deepEqual(result.initialDataWritten, [])
        sameBytes(await server.readBucket(si, 2, 0, 8), bytes('original'))
      })
    })

    it('refuses data for a share not requested, or larger than the allocation, before allocating anything', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        await rejectsWith(server.allocateBuckets({ ...allocation(si, [0], 8), initialData: new Map([[1, bytes('12345678')]]) }), BadRequestError)
        await rejectsWith(server.allocateBuckets({ ...allocation(si, [0], 8), initialData: new Map([[0, bytes('123456789')]]) }), DataTooLargeError)
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })
        assert.deepEqual((await server.allocateBuckets(allocation(si, [0], 8))).allocated, [0], 'nothing was left allocated')
      })
    })

    it('closes in the same call the shares sent whole when asked (closeWritten): served at once, nothing left incoming', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const data = [randomBytes(40), randomBytes(40)]
        const request = { ...allocation(si, [3, 8], 40), initialData: new Map([[3, data[0] as Uint8Array], [8, data[1] as Uint8Array]]), closeWritten: true }
        const result = await server.allocateBuckets(request)
        assert.deepEqual(result.allocated, [3, 8])
        assert.deepEqual([...result.closed].sort(), [3, 8])
        assert.deepEqual(await server.listBuckets(si), [3, 8])
        sameBytes(await server.readBucket(si, 3, 0, 40), data[0] as Uint8Array)
        sameBytes(await server.readBucket(si, 8, 0, 40), data[1] as Uint8Array)
        assert.deepEqual(await onDisk(dir, si), { shares: ['3', '8'], incoming: [] })
        await rejectsWith(server.closeBucket(bucketOf(request, 3)), NoSuchBucketError, 'nothing is left to close')
        await rejectsWith(server.writeBucket(bucketOf(request, 3), 0, bytes('x')), NoSuchBucketError, 'nor to write')
      })
    })

    it('leaves open, with closeWritten, a share whose data does not fill its allocation', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const request = { ...allocation(si, [0, 1], 10), initialData: new Map([[0, bytes('0123456789')], [1, bytes('01234')]]), closeWritten: true }
        const result = await server.allocateBuckets(request)
        assert.deepEqual(result.closed, [0])
        assert.deepEqual(result.initialDataWritten.sort(), [0, 1])
        assert.deepEqual(await server.listBuckets(si), [0])
        await server.writeBucket(bucketOf(request, 1), 5, bytes('56789'))
        await server.closeBucket(bucketOf(request, 1))
        sameBytes(await server.readBucket(si, 1, 0, 10), bytes('0123456789'))
      })
    })

    it('lets the upload that closed a share with its allocation withdraw it, and nobody else', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const request = { ...allocation(si, [5], 6), initialData: new Map([[5, bytes('sealed')]]), closeWritten: true }
        await server.allocateBuckets(request)
        await rejectsWith(server.abortBucket({ storageIndex: si, shareNumber: 5, uploadSecret: secret() }), NoSuchBucketError, 'another secret')
        assert.deepEqual(await server.listBuckets(si), [5], 'still served after a refused withdrawal')
        await server.abortBucket(bucketOf(request, 5))
        assert.deepEqual(await server.listBuckets(si), [])
        await rejectsWith(server.readBucket(si, 5, 0, 6), NoSuchBucketError)
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })
        await rejectsWith(server.abortBucket(bucketOf(request, 5)), NoSuchBucketError, 'withdrawn once only')
      })
    })

    it('keeps a share closed with its allocation once another allocation or a lease counts on it', async () => {
      await withServer(async ({ server }) => {
        const counted = randomBytes(16)
        const first = { ...allocation(counted, [2], 4), initialData: new Map([[2, bytes('once')]]), closeWritten: true }
        await server.allocateBuckets(first)
        // The same upload asking again (one secret per upload) does not count.
        assert.deepEqual((await server.allocateBuckets({ ...allocation(counted, [2], 4), uploadSecret: first.uploadSecret })).alreadyHave, [2])
        assert.deepEqual((await server.allocateBuckets(allocation(counted, [2], 4))).alreadyHave, [2])
        await rejectsWith(server.abortBucket(bucketOf(first, 2)), NoSuchBucketError)
        sameBytes(await server.readBucket(counted, 2, 0, 4), bytes('once'))

        const leased = randomBytes(16)
        const second = { ...allocation(leased, [2], 4), initialData: new Map([[2, bytes('kept')]]), closeWritten: true }
        await server.allocateBuckets(second)
        await server.addLease(leased, { renewSecret: secret(), cancelSecret: secret() })
        await rejectsWith(server.abortBucket(bucketOf(second, 2)), NoSuchBucketError)
        sameBytes(await server.readBucket(leased, 2, 0, 4), bytes('kept'))
      })
    })

    it('still refuses, with closeWritten, the abort of an open upload with another secret', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const request = { ...allocation(si, [0], 10), initialData: new Map([[0, bytes('short')]]), closeWritten: true }
        await server.allocateBuckets(request)
        await rejectsWith(server.abortBucket({ storageIndex: si, shareNumber: 0, uploadSecret: secret() }), BadUploadSecretError)
      })
    })
  })
}
