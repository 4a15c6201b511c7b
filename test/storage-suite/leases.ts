/** Leases: added at allocation and on writes, add_lease, renew_lease (spec h.1). */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { NoSuchLeaseError } from '../../src/actors/storage/errors.js'
import { bytes, secret, rejectsWith, allocation, slotSecrets, onDisk, storeImmutable, writeOnly, type WithServer } from './helpers.js'

export function leaseTests (withServer: WithServer): void {
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
        assert.deepEqual(await server.allocateBuckets(later), { alreadyHave: [0], allocated: [], initialDataWritten: [], closed: [] })
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
}
