/** get_version (spec h.1). */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { type WithServer } from './helpers.js'

export function versionTests (withServer: WithServer): void {
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
}
