/** Bad input: every malformed argument gives a typed error before the disk is touched. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_CALL_SIZE } from '../../src/actors/storage/constants.js'
import { BadRequestError, BadShareNumberError, BadStorageIndexError, StorageAbortedError } from '../../src/actors/storage/errors.js'
import { bytes, secret, rejectsWith, allocation, bucketOf, slotSecrets, onDisk, writeOnly, type WithServer } from './helpers.js'

export function badInputTests (withServer: WithServer): void {
  describe('bad input', () => {
    it('refuses a storage index that is not 16 bytes, before touching the disk', async () => {
      await withServer(async ({ server, dir }) => {
        for (const si of [randomBytes(15), randomBytes(17), new Uint8Array(0)]) {
          await rejectsWith(server.allocateBuckets(allocation(si, [0], 10)), BadStorageIndexError)
          await rejectsWith(server.writeBucket({ storageIndex: si, shareNumber: 0, uploadSecret: secret() }, 0, bytes('x')), BadStorageIndexError)
          await rejectsWith(server.closeBucket({ storageIndex: si, shareNumber: 0, uploadSecret: secret() }), BadStorageIndexError)
          await rejectsWith(server.abortBucket({ storageIndex: si, shareNumber: 0, uploadSecret: secret() }), BadStorageIndexError)
          await rejectsWith(server.listBuckets(si), BadStorageIndexError)
          await rejectsWith(server.readBucket(si, 0, 0, 1), BadStorageIndexError)
          await rejectsWith(server.slotReadv(si, [], []), BadStorageIndexError)
          await rejectsWith(server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets: slotSecrets(), testAndWrite: new Map([[0, writeOnly([[0, 'x']])]]), readVector: [] }), BadStorageIndexError)
          await rejectsWith(server.addLease(si, { renewSecret: secret(), cancelSecret: secret() }), BadStorageIndexError)
          await rejectsWith(server.renewLease(si, secret()), BadStorageIndexError)
          await rejectsWith(server.adviseCorruptShare('immutable', si, 0, 'x'), BadStorageIndexError)
        }
        const entries = (await readdir(join(dir, 'shares'))).filter(entry => entry !== 'incoming')
        assert.deepEqual(entries, [])
      })
    })

    it('refuses share numbers outside 0..255 or not integers', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        for (const shnum of [256, -1, 1.5, Number.NaN, 2 ** 53]) {
          await rejectsWith(server.allocateBuckets(allocation(si, [0, shnum], 10)), BadShareNumberError, `allocate ${shnum}`)
          await rejectsWith(server.writeBucket({ storageIndex: si, shareNumber: shnum, uploadSecret: secret() }, 0, bytes('x')), BadShareNumberError)
          await rejectsWith(server.readBucket(si, shnum, 0, 1), BadShareNumberError)
          await rejectsWith(server.slotReadv(si, [shnum], []), BadShareNumberError)
          await rejectsWith(server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets: slotSecrets(), testAndWrite: new Map([[shnum, writeOnly([[0, 'x']])]]), readVector: [] }), BadShareNumberError)
          await rejectsWith(server.adviseCorruptShare('immutable', si, shnum, 'x'), BadShareNumberError)
        }
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })
      })
    })

    it('refuses negative, fractional or unsafe offsets, lengths and sizes', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const request = allocation(si, [0], 10)
        await server.allocateBuckets(request)
        const bucket = bucketOf(request, 0)
        for (const bad of [-1, 0.5, Number.NaN, Infinity, 2 ** 53]) {
          await rejectsWith(server.allocateBuckets(allocation(randomBytes(16), [0], bad)), BadRequestError, `size ${bad}`)
          await rejectsWith(server.writeBucket(bucket, bad, bytes('x')), BadRequestError, `write offset ${bad}`)
          await rejectsWith(server.writeAndCloseBucket(bucket, 0, bytes('x'), bad), BadRequestError, `bytes written ${bad} for a close`)
          await rejectsWith(server.readBucket(si, 0, bad, 1), BadRequestError, `read offset ${bad}`)
          await rejectsWith(server.readBucket(si, 0, 0, bad), BadRequestError, `read length ${bad}`)
          await rejectsWith(server.slotReadv(si, [], [{ offset: bad, length: 1 }]), BadRequestError)
          await rejectsWith(server.slotReadv(si, [], [{ offset: 0, length: bad }]), BadRequestError)
          const secrets = slotSecrets()
          await rejectsWith(server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, { test: [], write: [{ offset: bad, data: bytes('x') }] }]]), readVector: [] }), BadRequestError)
          await rejectsWith(server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, { test: [{ offset: bad, length: 1, specimen: bytes('x') }], write: [] }]]), readVector: [] }), BadRequestError)
          await rejectsWith(server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, writeOnly([[0, 'x']], bad)]]), readVector: [] }), BadRequestError)
        }
        assert.deepEqual((await onDisk(dir, si)).shares, [])
        // The open bucket is unharmed.
        await server.writeBucket(bucket, 0, bytes('0123456789'))
        await server.closeBucket(bucket)
      })
    })

    it('refuses secrets of the wrong size', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        for (const bad of [randomBytes(31), randomBytes(33), new Uint8Array(0)]) {
          await rejectsWith(server.allocateBuckets({ ...allocation(si, [0], 1), renewSecret: bad }), BadRequestError)
          await rejectsWith(server.allocateBuckets({ ...allocation(si, [0], 1), cancelSecret: bad }), BadRequestError)
          await rejectsWith(server.allocateBuckets({ ...allocation(si, [0], 1), uploadSecret: bad }), BadRequestError)
          await rejectsWith(server.writeBucket({ storageIndex: si, shareNumber: 0, uploadSecret: bad }, 0, bytes('x')), BadRequestError)
          await rejectsWith(server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets: { ...slotSecrets(), writeEnabler: bad }, testAndWrite: new Map([[0, writeOnly([[0, 'x']])]]), readVector: [] }), BadRequestError)
          await rejectsWith(server.addLease(si, { renewSecret: bad, cancelSecret: secret() }), BadRequestError)
          await rejectsWith(server.renewLease(si, bad), BadRequestError)
        }
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })
      })
    })

    it('refuses a closeWritten that is not true or false, before allocating anything', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const request = { ...allocation(si, [0], 3), initialData: new Map([[0, bytes('abc')]]), closeWritten: 'yes' as unknown as boolean }
        await rejectsWith(server.allocateBuckets(request), BadRequestError)
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })
        assert.deepEqual(await server.listBuckets(si), [])
      })
    })

    it('refuses more than 256 share numbers and more data than one call carries', async () => {
      await withServer(async ({ server }) => {
        const si = randomBytes(16)
        const many = Array.from({ length: 257 }, (_, i) => i % 256)
        await rejectsWith(server.allocateBuckets(allocation(si, many, 1)), BadRequestError)
        const request = allocation(si, [0], MAX_CALL_SIZE + 1)
        const result = await server.allocateBuckets(request)
        if (result.allocated.length === 1) {
          await rejectsWith(server.writeBucket(bucketOf(request, 0), 0, new Uint8Array(MAX_CALL_SIZE + 1)), BadRequestError)
          // In pieces, the limit holds for their sum; and every piece must be bytes.
          const half = new Uint8Array(MAX_CALL_SIZE / 2 + 1)
          await rejectsWith(server.writeBucket(bucketOf(request, 0), 0, [half, half]), BadRequestError)
          await rejectsWith(server.writeBucket(bucketOf(request, 0), 0, [bytes('x'), 'y' as unknown as Uint8Array]), BadRequestError)
          await server.abortBucket(bucketOf(request, 0))
        }
        await rejectsWith(server.readBucket(si, 0, 0, MAX_CALL_SIZE + 1), BadRequestError)
        await rejectsWith(server.slotReadv(si, [], [{ offset: 0, length: MAX_CALL_SIZE }, { offset: 0, length: 1 }]), BadRequestError)
      })
    })

    it('refuses an unknown share type in a corruption report', async () => {
      await withServer(async ({ server }) => {
        await rejectsWith(server.adviseCorruptShare('other' as 'mutable', randomBytes(16), 0, 'x'), BadRequestError)
      })
    })

    it('rejects a call whose signal has already fired', async () => {
      await withServer(async ({ server, dir }) => {
        const si = randomBytes(16)
        const controller = new AbortController()
        controller.abort()
        await rejectsWith(server.allocateBuckets(allocation(si, [0], 4), { signal: controller.signal }), StorageAbortedError)
        assert.deepEqual(await onDisk(dir, si), { shares: [], incoming: [] })
      })
    })
  })
}
