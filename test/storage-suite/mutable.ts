/** Mutable slots: test-and-set with write enablers, read vectors (spec f.6). */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { base32Encode } from '../../src/crypto/base32.js'
import { BadWriteEnablerError } from '../../src/actors/storage/errors.js'
import type { TestAndWrite } from '../../src/actors/storage/interface.js'
import { bytes, text, secret, sameBytes, rejectsWith, slotSecrets, onDisk, writeOnly, type WithServer } from './helpers.js'

export function mutableSlotTests (withServer: WithServer): void {
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
        sameBytes(read.get(0)?.[0], Uint8Array.from([0x61, 0x62, 0, 0, 0, 0, 0x67, 0x68]))
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
        sameBytes(read.get(0)?.[1], big)
        sameBytes(read.get(0)?.[2], new Uint8Array(95), 'the gap holds zeros, not old lease bytes')
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
}
