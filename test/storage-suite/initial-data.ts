/** Whole share contents sent with the allocation (AllocateRequest.initialData), as small uploads do. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { BadRequestError, ConflictingWriteError, DataTooLargeError } from '../../src/actors/storage/errors.js'
import { allocation, bucketOf, bytes, onDisk, rejectsWith, sameBytes, storeImmutable, type WithServer } from './helpers.js'

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
  })
}
