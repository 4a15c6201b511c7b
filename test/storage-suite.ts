/**
 * The storage semantics every StorageServer implementation must have
 * (Tahoe-LAFS's RIStorageServer, spec f.6 and h). It uses only the
 * interface, plus a look at the server's storage directory where a rule is
 * about the disk, so the same suite runs against the local implementation
 * and the remote one.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { base32Encode } from '../src/crypto/base32.js'
import {
  BadRequestError, BadShareNumberError, BadStorageIndexError, BadUploadSecretError, BadWriteEnablerError,
  ConflictingWriteError, DataTooLargeError, NoSuchBucketError, NoSuchLeaseError, StorageAbortedError, StorageError
} from '../src/actors/storage/errors.js'
import { MAX_CALL_SIZE } from '../src/actors/storage/constants.js'
import type {
  AllocateRequest, BucketRef, MutableSecrets, StorageServer, TestAndWrite
} from '../src/actors/storage/interface.js'

export interface SuiteServer {
  server: StorageServer
  /** The server's storage directory (holding shares/ and corruption-advisories/). */
  dir: string
  close: () => Promise<void>
}

type ErrorClass = new (message: string) => StorageError

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const text = (data: Uint8Array | undefined): string => new TextDecoder().decode(data)
const secret = (): Uint8Array => randomBytes(32)

async function rejectsWith (promise: Promise<unknown>, errorClass: ErrorClass, what?: string): Promise<StorageError> {
  let caught: unknown
  await assert.rejects(promise, (err: unknown) => { caught = err; return true }, what)
  assert.ok(caught instanceof errorClass, `${what ?? 'call'}: expected ${errorClass.name}, got ${String(caught)}`)
  const probe = new errorClass('probe')
  assert.equal(caught.code, probe.code)
  return caught
}

function allocation (storageIndex: Uint8Array, shareNumbers: number[], allocatedSize: number): AllocateRequest {
  return { storageIndex, shareNumbers, allocatedSize, renewSecret: secret(), cancelSecret: secret(), uploadSecret: secret() }
}

function bucketOf (request: AllocateRequest, shareNumber: number): BucketRef {
  return { storageIndex: request.storageIndex, shareNumber, uploadSecret: request.uploadSecret }
}

function slotSecrets (): MutableSecrets {
  return { writeEnabler: secret(), renewSecret: secret(), cancelSecret: secret() }
}

/** Names under shares/<aa>/<si> and shares/incoming/<aa>/<si> on disk. */
async function onDisk (dir: string, storageIndex: Uint8Array): Promise<{ shares: string[], incoming: string[] }> {
  const name = base32Encode(storageIndex)
  const list = async (path: string): Promise<string[]> => await readdir(path).catch(() => [])
  return {
    shares: await list(join(dir, 'shares', name.slice(0, 2), name)),
    incoming: await list(join(dir, 'shares', 'incoming', name.slice(0, 2), name))
  }
}

async function advisories (dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'corruption-advisories')).catch(() => [])).sort()
}

/** Uploads one immutable share in full and closes it. */
async function storeImmutable (server: StorageServer, storageIndex: Uint8Array, shareNumber: number, data: Uint8Array): Promise<AllocateRequest> {
  const request = allocation(storageIndex, [shareNumber], data.length)
  const result = await server.allocateBuckets(request)
  assert.deepEqual(result.allocated, [shareNumber])
  await server.writeBucket(bucketOf(request, shareNumber), 0, data)
  await server.closeBucket(bucketOf(request, shareNumber))
  return request
}

function writeOnly (write: Array<[number, string]>, newLength?: number): TestAndWrite {
  const out: TestAndWrite = { test: [], write: write.map(([offset, data]) => ({ offset, data: bytes(data) })) }
  if (newLength !== undefined) out.newLength = newLength
  return out
}

export function storageSemanticsSuite (name: string, makeServer: () => Promise<SuiteServer>): void {
  async function withServer (job: (fixture: SuiteServer) => Promise<void>): Promise<void> {
    const fixture = await makeServer()
    try {
      await job(fixture)
    } finally {
      await fixture.close()
    }
  }

  describe(`${name}: storage semantics`, () => {
    describe('version', () => {
      it('reports Tahoe\'s storage flags and the space it has', async () => {
        await withServer(async ({ server }) => {
          const version = await server.getVersion()
          assert.ok(Number.isSafeInteger(version.availableSpace) && version.availableSpace >= 0)
          assert.ok(version.maximumImmutableShareSize >= 0)
          assert.equal(version.maximumMutableShareSize, 69105 * 10 ** 12)
          assert.equal(version.toleratesImmutableReadOverrun, true)
          assert.equal(version.deleteMutableSharesWithZeroLengthWritev, true)
          assert.equal(version.fillsHolesWithZeroBytes, true)
          assert.equal(version.preventsReadPastEndOfShareData, true)
          assert.equal(typeof version.applicationVersion, 'string')
        })
      })
    })

    describe('immutable buckets', () => {
      it('serves a closed share: listed, read back, reads truncated at its end', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const data = randomBytes(1000)
          await storeImmutable(server, si, 3, data)
          assert.deepEqual(await server.listBuckets(si), [3])
          assert.deepEqual(await server.readBucket(si, 3, 0, 1000), data)
          assert.deepEqual(await server.readBucket(si, 3, 990, 100), data.subarray(990))
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
          assert.deepEqual(await server.readBucket(si, 0, 0, 30), data)
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
          assert.deepEqual(result, { alreadyHave: [], allocated: [] })
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
          assert.deepEqual(await server.readBucket(si, 0, 0, data.length), data)
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

    describe('mutable slots', () => {
      it('creates a slot on first write; the read vector shows the slot as it was before', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          const first = await server.slotTestvAndReadvAndWritev({
            storageIndex: si,
            secrets,
            testAndWrite: new Map([[0, { test: [{ offset: 0, length: 1, specimen: new Uint8Array(0) }], write: [{ offset: 0, data: bytes('version one') }] }]]),
            readVector: [{ offset: 0, length: 100 }]
          })
          assert.equal(first.success, true)
          assert.equal(first.data.size, 0, 'no share existed before the write')

          const second = await server.slotTestvAndReadvAndWritev({
            storageIndex: si,
            secrets,
            testAndWrite: new Map([[0, { test: [{ offset: 0, length: 11, specimen: bytes('version one') }], write: [{ offset: 8, data: bytes('two') }] }]]),
            readVector: [{ offset: 0, length: 7 }, { offset: 8, length: 100 }]
          })
          assert.equal(second.success, true)
          assert.deepEqual([...second.data.keys()], [0])
          assert.deepEqual(second.data.get(0)?.map(text), ['version', 'one'])
          const now = await server.slotReadv(si, [], [{ offset: 0, length: 100 }])
          assert.equal(text(now.get(0)?.[0]), 'version two')
          assert.deepEqual(await server.listBuckets(si), [], 'mutable shares are not immutable buckets')
        })
      })

      it('refuses a wrong write enabler without revealing it, and changes nothing', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, writeOnly([[0, 'original']])]]), readVector: [] })
          const wrong = { ...slotSecrets() }
          const err = await rejectsWith(server.slotTestvAndReadvAndWritev({
            storageIndex: si, secrets: wrong, testAndWrite: new Map([[1, writeOnly([[0, 'intruder']])]]), readVector: []
          }), BadWriteEnablerError)
          for (const form of [Buffer.from(wrong.writeEnabler).toString('hex'), Buffer.from(wrong.writeEnabler).toString('base64'),
            base32Encode(wrong.writeEnabler), Buffer.from(wrong.writeEnabler).toString('latin1'),
            Buffer.from(secrets.writeEnabler).toString('hex'), base32Encode(secrets.writeEnabler)]) {
            assert.ok(!err.message.includes(form), 'the message must not carry a write enabler')
          }
          const now = await server.slotReadv(si, [], [{ offset: 0, length: 100 }])
          assert.deepEqual([...now.keys()], [0])
          assert.equal(text(now.get(0)?.[0]), 'original')
        })
      })

      it('writes nothing unless every test passes', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          await server.slotTestvAndReadvAndWritev({
            storageIndex: si, secrets, testAndWrite: new Map([[0, writeOnly([[0, 'aaaa']])], [1, writeOnly([[0, 'bbbb']])]]), readVector: []
          })
          const result = await server.slotTestvAndReadvAndWritev({
            storageIndex: si,
            secrets,
            testAndWrite: new Map([
              [0, { test: [{ offset: 0, length: 4, specimen: bytes('aaaa') }], write: [{ offset: 0, data: bytes('AAAA') }] }],
              [1, { test: [{ offset: 0, length: 4, specimen: bytes('XXXX') }], write: [{ offset: 0, data: bytes('BBBB') }] }],
              [2, { test: [], write: [{ offset: 0, data: bytes('CCCC') }] }]
            ]),
            readVector: [{ offset: 0, length: 4 }]
          })
          assert.equal(result.success, false)
          assert.deepEqual([...result.data.entries()].map(([n, v]) => [n, v.map(text)]), [[0, ['aaaa']], [1, ['bbbb']]])
          const now = await server.slotReadv(si, [], [{ offset: 0, length: 4 }])
          assert.deepEqual([...now.entries()].map(([n, v]) => [n, v.map(text)]), [[0, ['aaaa']], [1, ['bbbb']]])
        })
      })

      it('tests and reads past the end see truncated data', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          const write = async (shareNumber: number, test: TestAndWrite['test'], data: string): Promise<boolean> =>
            (await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[shareNumber, { test, write: [{ offset: 0, data: bytes(data) }] }]]), readVector: [] })).success
          assert.equal(await write(0, [{ offset: 0, length: 1, specimen: new Uint8Array(0) }], 'hello'), true, 'an absent share reads as empty')
          assert.equal(await write(0, [{ offset: 0, length: 1, specimen: new Uint8Array(0) }], 'again'), false, 'the share now exists')
          assert.equal(await write(0, [{ offset: 3, length: 10, specimen: bytes('lo') }], 'HELLO'), true, 'a test past the end is truncated')
          assert.equal(await write(0, [{ offset: 100, length: 10, specimen: new Uint8Array(0) }], 'hello'), true)
          const read = await server.slotReadv(si, [0], [{ offset: 2, length: 100 }, { offset: 5, length: 1 }, { offset: 50, length: 1 }])
          assert.deepEqual(read.get(0)?.map(text), ['llo', '', ''])
        })
      })

      it('fills gaps with zeros when writing past the end', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, writeOnly([[0, 'ab'], [6, 'gh']])]]), readVector: [] })
          const read = await server.slotReadv(si, [0], [{ offset: 0, length: 100 }])
          assert.deepEqual(read.get(0)?.[0], Uint8Array.from([0x61, 0x62, 0, 0, 0, 0, 0x67, 0x68]))
        })
      })

      it('truncates with newLength (never lengthens), and deletes the share at 0', async () => {
        await withServer(async ({ server, dir }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          const apply = async (testAndWrite: Map<number, TestAndWrite>): Promise<void> => {
            assert.equal((await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite, readVector: [] })).success, true)
          }
          const read = async (): Promise<Array<[number, string]>> =>
            [...(await server.slotReadv(si, [], [{ offset: 0, length: 100 }])).entries()].map(([n, v]) => [n, text(v[0])])
          await apply(new Map([[0, writeOnly([[0, '0123456789']])], [1, writeOnly([[0, 'share one']])]]))
          await apply(new Map([[0, writeOnly([], 4)]]))
          assert.deepEqual(await read(), [[0, '0123'], [1, 'share one']])
          await apply(new Map([[0, writeOnly([], 50)]]))
          assert.deepEqual(await read(), [[0, '0123'], [1, 'share one']], 'a larger newLength does not lengthen')
          await apply(new Map([[0, writeOnly([[6, 'xy']])]]))
          assert.deepEqual(await read(), [[0, '0123\0\0xy'], [1, 'share one']], 'truncated bytes come back as zeros')
          await apply(new Map([[0, writeOnly([[0, 'ignored']], 0)]]))
          assert.deepEqual(await read(), [[1, 'share one']])
          await apply(new Map([[1, writeOnly([], 0)]]))
          assert.deepEqual(await read(), [])
          assert.deepEqual((await onDisk(dir, si)).shares, [])
        })
      })

      it('grows the container past its leases without losing them', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, writeOnly([[0, 'small']])]]), readVector: [] })
          const extra = Array.from({ length: 5 }, () => ({ renewSecret: secret(), cancelSecret: secret() }))
          for (const lease of extra) await server.addLease(si, lease)
          const big = randomBytes(5000)
          await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, { test: [], write: [{ offset: 100, data: big }] }]]), readVector: [] })
          const read = await server.slotReadv(si, [0], [{ offset: 0, length: 5 }, { offset: 100, length: 5000 }, { offset: 5, length: 95 }])
          assert.equal(text(read.get(0)?.[0]), 'small')
          assert.deepEqual(read.get(0)?.[1], big)
          assert.deepEqual(read.get(0)?.[2], new Uint8Array(95), 'the gap holds zeros, not old lease bytes')
          await server.renewLease(si, secrets.renewSecret)
          for (const lease of extra) await server.renewLease(si, lease.renewSecret)
        })
      })

      it('reads only the shares asked for; an empty list means all', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          await server.slotTestvAndReadvAndWritev({
            storageIndex: si, secrets, testAndWrite: new Map([[2, writeOnly([[0, 'two']])], [5, writeOnly([[0, 'five']])]]), readVector: []
          })
          assert.deepEqual([...(await server.slotReadv(si, [], [{ offset: 0, length: 9 }])).keys()], [2, 5])
          assert.deepEqual([...(await server.slotReadv(si, [5, 7], [{ offset: 0, length: 9 }])).keys()], [5])
          assert.equal((await server.slotReadv(randomBytes(16), [], [{ offset: 0, length: 9 }])).size, 0)
        })
      })

      it('lets exactly one of two racing writers with the same test win', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, writeOnly([[0, 'seq1']])]]), readVector: [] })
          const attempt = async (data: string): Promise<boolean> => (await server.slotTestvAndReadvAndWritev({
            storageIndex: si,
            secrets,
            testAndWrite: new Map([[0, { test: [{ offset: 0, length: 4, specimen: bytes('seq1') }], write: [{ offset: 0, data: bytes(data) }] }]]),
            readVector: []
          })).success
          const results = await Promise.all([attempt('seqA'), attempt('seqB')])
          assert.equal(results.filter(Boolean).length, 1)
          const winner = results[0] === true ? 'seqA' : 'seqB'
          assert.equal(text((await server.slotReadv(si, [0], [{ offset: 0, length: 4 }])).get(0)?.[0]), winner)
        })
      })
    })

    describe('leases', () => {
      it('renews the lease given at allocation; an unknown renew secret is NoSuchLeaseError', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const request = await storeImmutable(server, si, 0, bytes('leased'))
          await server.renewLease(si, request.renewSecret)
          await rejectsWith(server.renewLease(si, secret()), NoSuchLeaseError)
          await rejectsWith(server.renewLease(si, request.cancelSecret), NoSuchLeaseError, 'the cancel secret is not a renew secret')
        })
      })

      it('adds a lease that can then be renewed, on immutable and mutable shares', async () => {
        await withServer(async ({ server }) => {
          const immutableSi = randomBytes(16)
          await storeImmutable(server, immutableSi, 0, bytes('data'))
          const mutableSi = randomBytes(16)
          const secrets = slotSecrets()
          await server.slotTestvAndReadvAndWritev({ storageIndex: mutableSi, secrets, testAndWrite: new Map([[0, writeOnly([[0, 'data']])]]), readVector: [] })
          await server.renewLease(mutableSi, secrets.renewSecret)
          for (const si of [immutableSi, mutableSi]) {
            const lease = { renewSecret: secret(), cancelSecret: secret() }
            await rejectsWith(server.renewLease(si, lease.renewSecret), NoSuchLeaseError)
            await server.addLease(si, lease)
            await server.renewLease(si, lease.renewSecret)
            await server.addLease(si, lease)
          }
        })
      })

      it('a new allocation renews or adds its lease on shares already held', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          await storeImmutable(server, si, 0, bytes('data'))
          const later = allocation(si, [0], 4)
          assert.deepEqual(await server.allocateBuckets(later), { alreadyHave: [0], allocated: [] })
          await server.renewLease(si, later.renewSecret)
        })
      })

      it('does nothing for a storage index without shares, and in-progress uploads hold no renewable lease', async () => {
        await withServer(async ({ server, dir }) => {
          const si = randomBytes(16)
          await server.addLease(si, { renewSecret: secret(), cancelSecret: secret() })
          await rejectsWith(server.renewLease(si, secret()), NoSuchLeaseError)
          const request = allocation(si, [0], 4)
          await server.allocateBuckets(request)
          await rejectsWith(server.renewLease(si, request.renewSecret), NoSuchLeaseError)
          assert.deepEqual((await onDisk(dir, si)).shares, [])
        })
      })
    })

    describe('corruption advisories', () => {
      it('records a report about a held share, one file per report', async () => {
        await withServer(async ({ server, dir }) => {
          const si = randomBytes(16)
          await storeImmutable(server, si, 2, bytes('data'))
          const before = await advisories(dir)
          await server.adviseCorruptShare('immutable', si, 2, 'block hash mismatch')
          await server.adviseCorruptShare('immutable', si, 2, 'block hash mismatch')
          const added = (await advisories(dir)).filter(file => !before.includes(file))
          assert.equal(added.length, 2)
          const report = await readFile(join(dir, 'corruption-advisories', added[0] ?? ''), 'utf8')
          assert.match(report, /type: immutable/)
          assert.ok(report.includes(`storage_index: ${base32Encode(si)}`))
          assert.match(report, /share_number: 2/)
          assert.match(report, /block hash mismatch/)
        })
      })

      it('ignores reports about shares it does not hold', async () => {
        await withServer(async ({ server, dir }) => {
          const si = randomBytes(16)
          await storeImmutable(server, si, 2, bytes('data'))
          const before = await advisories(dir)
          await server.adviseCorruptShare('immutable', si, 3, 'not held')
          await server.adviseCorruptShare('immutable', randomBytes(16), 2, 'unknown index')
          await server.adviseCorruptShare('mutable', si, 2, 'wrong kind')
          assert.deepEqual(await advisories(dir), before)
        })
      })

      it('bounds the reason and strips control characters', async () => {
        await withServer(async ({ server, dir }) => {
          const si = randomBytes(16)
          const secrets = slotSecrets()
          await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[0, writeOnly([[0, 'data']])]]), readVector: [] })
          const before = await advisories(dir)
          await server.adviseCorruptShare('mutable', si, 0, 'bad\u001b[31m\u0000\r' + 'x'.repeat(1_000_000))
          const added = (await advisories(dir)).filter(file => !before.includes(file))
          assert.equal(added.length, 1)
          const report = await readFile(join(dir, 'corruption-advisories', added[0] ?? ''), 'utf8')
          assert.ok(report.length < 10_000, 'the report is bounded')
          assert.doesNotMatch(report, /[\u0000-\u0008\u000b-\u001f\u007f]/)
          assert.match(report, /bad\?\[31m/)
        })
      })
    })

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

      it('refuses more than 256 share numbers and more data than one call carries', async () => {
        await withServer(async ({ server }) => {
          const si = randomBytes(16)
          const many = Array.from({ length: 257 }, (_, i) => i % 256)
          await rejectsWith(server.allocateBuckets(allocation(si, many, 1)), BadRequestError)
          const request = allocation(si, [0], MAX_CALL_SIZE + 1)
          const result = await server.allocateBuckets(request)
          if (result.allocated.length === 1) {
            await rejectsWith(server.writeBucket(bucketOf(request, 0), 0, new Uint8Array(MAX_CALL_SIZE + 1)), BadRequestError)
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
  })
}
