/** Corruption advisories: kept only for shares held, reason bounded (spec h.1). */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { base32Encode } from '../../src/crypto/base32.js'
import { bytes, slotSecrets, advisories, storeImmutable, writeOnly, type WithServer } from './helpers.js'

export function advisoryTests (withServer: WithServer): void {
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
}
