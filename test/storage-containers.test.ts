/**
 * The containers the local server writes and reads, checked byte by byte
 * against Tahoe-LAFS's layouts (spec d.2, d.3): v2 written, v1 still read.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { BadContainerError, BadWriteEnablerError } from '../src/actors/storage/index.js'
import type { MutableSecrets } from '../src/actors/storage/interface.js'
import { RangeSet } from '../src/actors/storage/ranges.js'
import {
  DAY, LEASE_SECONDS, ManualClock, allocation, be32, be64, bytes, concat, contains, hashed, incomingPath, secret, siPath,
  startServer, storeImmutable, text, u32, u64, withDir
} from './helpers/storage-local.js'

describe('local storage containers', () => {
  it('writes immutable containers in Tahoe\'s v2 layout, with hashed lease secrets', async () => {
    await withDir(async dir => {
      const clock = new ManualClock()
      const server = await startServer(dir, { clock })
      try {
        const si = randomBytes(16)
        const data = randomBytes(300)
        const request = await storeImmutable(server, si, 7, data)
        let file = await readFile(siPath(dir, si, 7))
        assert.equal(file.length, 12 + 300 + 72)
        assert.equal(u32(file, 0), 2, 'container version')
        assert.equal(u32(file, 4), 300, 'allocated size')
        assert.equal(u32(file, 8), 1, 'lease count')
        assert.deepEqual(file.subarray(12, 312), Buffer.from(data))
        const lease = file.subarray(312)
        assert.equal(u32(lease, 0), 0, 'allocation leases have owner 0')
        assert.deepEqual(lease.subarray(4, 36), Buffer.from(hashed(request.renewSecret)))
        assert.deepEqual(lease.subarray(36, 68), Buffer.from(hashed(request.cancelSecret)))
        assert.equal(u32(lease, 68), Math.floor(clock.time / 1000) + LEASE_SECONDS)
        assert.ok(!contains(file, request.renewSecret) && !contains(file, request.cancelSecret), 'no secret in clear')
        assert.ok(!contains(file, request.uploadSecret))

        clock.advance(DAY * 1000)
        const added = { renewSecret: secret(), cancelSecret: secret() }
        await server.addLease(si, added)
        await server.renewLease(si, request.renewSecret)
        file = await readFile(siPath(dir, si, 7))
        assert.equal(u32(file, 8), 2)
        assert.equal(file.length, 12 + 300 + 2 * 72)
        assert.equal(u32(file, 312 + 68), Math.floor(clock.time / 1000) + LEASE_SECONDS, 'renewed')
        const second = file.subarray(312 + 72)
        assert.equal(u32(second, 0), 1)
        assert.deepEqual(second.subarray(4, 36), Buffer.from(hashed(added.renewSecret)))
        assert.ok(!contains(file, added.renewSecret) && !contains(file, added.cancelSecret))
        assert.deepEqual(Buffer.from(await server.readBucket(si, 7, 0, 1000)), data, 'leases are not share data')
      } finally {
        await server.stop()
      }
    })
  })

  it('saturates the allocated-size header field at 2^32-1', async () => {
    await withDir(async dir => {
      const server = await startServer(dir, { freeSpace: async () => await Promise.resolve(2 ** 40) })
      try {
        const si = randomBytes(16)
        const request = allocation(si, [0], 2 ** 32 + 10)
        assert.deepEqual((await server.allocateBuckets(request)).allocated, [0])
        const handle = await open(incomingPath(dir, si, 0), 'r')
        const head = Buffer.alloc(12)
        await handle.read(head, 0, 12, 0).finally(async () => { await handle.close() })
        assert.equal(u32(head, 0), 2)
        assert.equal(u32(head, 4), 0xffffffff)
        await server.abortBucket({ storageIndex: si, shareNumber: 0, uploadSecret: request.uploadSecret })
      } finally {
        await server.stop()
      }
    })
  })

  it('writes mutable containers in Tahoe\'s v2 layout and grows them by moving the extra leases', async () => {
    await withDir(async dir => {
      const clock = new ManualClock()
      const nodeId = randomBytes(32)
      const server = await startServer(dir, { clock, nodeId })
      try {
        const si = randomBytes(16)
        const secrets: MutableSecrets = { writeEnabler: secret(), renewSecret: secret(), cancelSecret: secret() }
        await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[3, { test: [], write: [{ offset: 0, data: bytes('0123456789') }] }]]), readVector: [] })
        let file = await readFile(siPath(dir, si, 3))
        // The v2 magic as the spec gives it (d.3).
        assert.deepEqual(file.subarray(0, 32), Buffer.concat([Buffer.from('Tahoe mutable container v2\n'), Buffer.from([0xc3, 0x55, 0x21, 0x99, 0x25])]))
        assert.deepEqual(file.subarray(32, 52), Buffer.from(nodeId.subarray(0, 20)))
        assert.deepEqual(file.subarray(52, 84), Buffer.from(secrets.writeEnabler))
        assert.equal(u64(file, 84), 10, 'data length')
        const extraOffset = u64(file, 92)
        assert.equal(extraOffset, 468 + 10)
        assert.equal(u32(file, extraOffset), 0, 'no extra leases')
        assert.equal(file.length, extraOffset + 4)
        const slot0 = file.subarray(100, 192)
        assert.equal(u32(slot0, 0), 1, 'owner')
        assert.equal(u32(slot0, 4), Math.floor(clock.time / 1000) + LEASE_SECONDS)
        assert.deepEqual(slot0.subarray(8, 40), Buffer.from(hashed(secrets.renewSecret)))
        assert.deepEqual(slot0.subarray(40, 72), Buffer.from(hashed(secrets.cancelSecret)))
        assert.deepEqual(slot0.subarray(72, 92), Buffer.from(nodeId.subarray(0, 20)))
        assert.equal(u32(file, 192), 0, 'slot 1 is empty')
        assert.deepEqual(file.subarray(468, 478), Buffer.from('0123456789'))

        const extra = Array.from({ length: 5 }, () => ({ renewSecret: secret(), cancelSecret: secret() }))
        for (const lease of extra) await server.addLease(si, lease)
        file = await readFile(siPath(dir, si, 3))
        assert.equal(u32(file, 468 + 10), 2, 'three leases went in the free slots, two in the extra block')
        const oldExtra = Buffer.from(file.subarray(478, 478 + 4 + 2 * 92))

        await server.slotTestvAndReadvAndWritev({ storageIndex: si, secrets, testAndWrite: new Map([[3, { test: [], write: [{ offset: 20, data: bytes('more') }] }]]), readVector: [] })
        file = await readFile(siPath(dir, si, 3))
        assert.equal(u64(file, 84), 24)
        const moved = u64(file, 92)
        assert.equal(moved, 468 + 24)
        assert.deepEqual(file.subarray(moved, moved + 4 + 2 * 92), oldExtra, 'the extra-lease block moved intact')
        assert.deepEqual(file.subarray(478, 488), Buffer.alloc(10), 'the gap is zero-filled')
        for (const lease of [secrets, ...extra]) {
          assert.ok(!contains(file, lease.renewSecret) && !contains(file, lease.cancelSecret), 'no lease secret in clear')
        }
        for (const lease of extra) await server.renewLease(si, lease.renewSecret)
      } finally {
        await server.stop()
      }
    })
  })

  it('reads and extends a v1 immutable container (cleartext lease secrets)', async () => {
    await withDir(async dir => {
      const si = randomBytes(16)
      const data = bytes('a share written by an old Tahoe')
      const renew = secret()
      const cancel = secret()
      const expiration = 1_700_000_000
      const lease = concat(be32(0), renew, cancel, be32(expiration))
      await mkdir(siPath(dir, si), { recursive: true })
      await writeFile(siPath(dir, si, 0), concat(be32(1), be32(data.length), be32(1), data, lease))

      const server = await startServer(dir)
      try {
        assert.deepEqual(await server.listBuckets(si), [0])
        assert.equal(text(await server.readBucket(si, 0, 0, 1000)), text(data))
        await server.renewLease(si, renew)
        const added = { renewSecret: secret(), cancelSecret: secret() }
        await server.addLease(si, added)
        const file = await readFile(siPath(dir, si, 0))
        assert.equal(u32(file, 0), 1, 'stays a v1 container')
        assert.equal(u32(file, 8), 2)
        assert.ok(u32(file, 12 + data.length + 68) > expiration, 'renewed')
        assert.deepEqual(file.subarray(12 + data.length + 72 + 4, 12 + data.length + 72 + 36), Buffer.from(added.renewSecret), 'v1 keeps secrets in clear')
        assert.equal(text(await server.readBucket(si, 0, 0, 1000)), text(data))
        const again = allocation(si, [0, 1], 10)
        assert.deepEqual((await server.allocateBuckets(again)).alreadyHave, [0])
      } finally {
        await server.stop()
      }
    })
  })

  it('reads and writes a v1 mutable container', async () => {
    await withDir(async dir => {
      const si = randomBytes(16)
      const oldNode = randomBytes(20)
      const writeEnabler = secret()
      const renew = secret()
      const cancel = secret()
      const data = bytes('mutable share from Tahoe')
      const magic = concat(bytes('Tahoe mutable container v1\n'), Uint8Array.of(0x75, 0x09, 0x44, 0x03, 0x8e))
      const slot0 = concat(be32(1), be32(1_700_000_000), renew, cancel, oldNode)
      const emptySlots = new Uint8Array(3 * 92)
      const container = concat(magic, oldNode, writeEnabler, be64(data.length), be64(468 + data.length), slot0, emptySlots, data, be32(0))
      assert.equal(container.length, 468 + data.length + 4)
      await mkdir(siPath(dir, si), { recursive: true })
      await writeFile(siPath(dir, si, 2), container)

      const server = await startServer(dir)
      try {
        assert.equal(text((await server.slotReadv(si, [], [{ offset: 0, length: 100 }])).get(2)?.[0]), text(data))
        await server.renewLease(si, renew)
        await assert.rejects(server.slotTestvAndReadvAndWritev({
          storageIndex: si, secrets: { writeEnabler: secret(), renewSecret: renew, cancelSecret: cancel }, testAndWrite: new Map([[2, { test: [], write: [{ offset: 0, data: bytes('X') }] }]]), readVector: []
        }), BadWriteEnablerError)
        const writer: MutableSecrets = { writeEnabler, renewSecret: secret(), cancelSecret: secret() }
        const result = await server.slotTestvAndReadvAndWritev({
          storageIndex: si,
          secrets: writer,
          testAndWrite: new Map([[2, { test: [{ offset: 0, length: 7, specimen: bytes('mutable') }], write: [{ offset: data.length, data: bytes(', now longer than before') }] }]]),
          readVector: [{ offset: 0, length: 7 }]
        })
        assert.equal(result.success, true)
        assert.equal(text(result.data.get(2)?.[0]), 'mutable')
        assert.equal(text((await server.slotReadv(si, [2], [{ offset: 0, length: 100 }])).get(2)?.[0]), 'mutable share from Tahoe, now longer than before')
        const file = await readFile(siPath(dir, si, 2))
        assert.deepEqual(file.subarray(0, 32), Buffer.from(magic), 'stays a v1 container')
        assert.deepEqual(file.subarray(32, 52), Buffer.from(oldNode), 'the node that accepted the write enabler is kept')
        assert.equal(u32(file, 100 + 92), 1, 'the new writer\'s lease went to slot 1')
        assert.deepEqual(file.subarray(100 + 92 + 8, 100 + 92 + 40), Buffer.from(writer.renewSecret), 'v1 keeps secrets in clear')
        await server.renewLease(si, renew)
      } finally {
        await server.stop()
      }
    })
  })

  it('ignores stray files and refuses to treat other containers as mutable slots', async () => {
    await withDir(async dir => {
      const server = await startServer(dir)
      try {
        const si = randomBytes(16)
        await storeImmutable(server, si, 0, bytes('immutable'))
        await writeFile(join(siPath(dir, si), 'notes.txt'), 'not a share')
        await writeFile(join(siPath(dir, si), '9'), 'garbage that is not a container')
        assert.deepEqual(await server.listBuckets(si), [0])
        assert.equal((await server.slotReadv(si, [], [{ offset: 0, length: 4 }])).size, 0)
        await assert.rejects(server.slotTestvAndReadvAndWritev({
          storageIndex: si, secrets: { writeEnabler: secret(), renewSecret: secret(), cancelSecret: secret() }, testAndWrite: new Map([[1, { test: [], write: [{ offset: 0, data: bytes('x') }] }]]), readVector: []
        }), BadContainerError)
        await assert.rejects(server.readBucket(si, 9, 0, 4), BadContainerError)
        await server.addLease(si, { renewSecret: secret(), cancelSecret: secret() })
      } finally {
        await server.stop()
      }
    })
  })

  it('keeps written ranges merged and reports exactly the overlapping parts', () => {
    const ranges = new RangeSet()
    ranges.add(10, 20)
    ranges.add(30, 40)
    assert.deepEqual(ranges.overlaps(0, 10), [])
    assert.deepEqual(ranges.overlaps(15, 35), [{ start: 15, end: 20 }, { start: 30, end: 35 }])
    assert.equal(ranges.countAfterAdding(20, 30), 1, 'filling the hole joins both')
    assert.equal(ranges.countAfterAdding(50, 60), 3)
    ranges.add(20, 25)
    assert.equal(ranges.count, 2, 'touching ranges merge')
    ranges.add(0, 50)
    assert.equal(ranges.count, 1)
    assert.equal(ranges.covered, 50)
    assert.deepEqual(ranges.overlaps(45, 60), [{ start: 45, end: 50 }])
  })
})
