/**
 * The storage semantics every StorageServer implementation must have
 * (Tahoe-LAFS's RIStorageServer, spec f.6 and h). The cases use only the
 * interface, plus a look at the server's storage directory where a rule is
 * about the disk, so the same suite runs against the local implementation
 * and the remote one. Each case gets a fresh server from `makeServer`.
 */
import { describe } from 'node:test'
import { advisoryTests } from './storage-suite/advisories.js'
import type { SuiteServer, WithServer } from './storage-suite/helpers.js'
import { immutableBucketTests } from './storage-suite/immutable.js'
import { initialDataTests } from './storage-suite/initial-data.js'
import { badInputTests } from './storage-suite/inputs.js'
import { leaseTests } from './storage-suite/leases.js'
import { mutableSlotTests } from './storage-suite/mutable.js'
import { versionTests } from './storage-suite/version.js'

export type { SuiteServer } from './storage-suite/helpers.js'

export function storageSemanticsSuite (name: string, makeServer: () => Promise<SuiteServer>): void {
  const withServer: WithServer = async job => {
    const fixture = await makeServer()
    try {
      await job(fixture)
    } finally {
      await fixture.close()
    }
  }

  describe(`${name}: storage semantics`, () => {
    versionTests(withServer)
    immutableBucketTests(withServer)
    initialDataTests(withServer)
    mutableSlotTests(withServer)
    leaseTests(withServer)
    advisoryTests(withServer)
    badInputTests(withServer)
  })
}
