/**
 * Picks servers for an immutable upload as Tahoe's Tahoe2ServerSelector
 * does (spec i.2): take the first 2N servers of the permuted ring, learn
 * which shares they hold, place shares for happiness, allocate buckets, and
 * when a server refuses or fails, mark it read-only and place again.
 */
import { randomBytes } from 'node:crypto'
import { leaseSecretsFor } from '../../crypto/lease.js'
import type { GridServer } from '../grid.js'
import type { BucketRef } from '../storage/interface.js'
import { SECRET_SIZE } from '../storage/constants.js'
import { callWithTimeout } from '../call.js'
import { happiness, permutedServers, placeShares, unhappinessMessage, type ShareMap } from './placement.js'
import { NoServersError, UploadUnhappinessError } from './errors.js'

/** How long a server may take to say which shares it holds, or to allocate. */
export const DEFAULT_QUERY_TIMEOUT_MS = 15_000

export interface Bucket {
  server: GridServer
  ref: BucketRef
  /** The whole share went with the allocation (SelectionInit.shareData): only the close is left. */
  written?: boolean
  /**
   * The server closed the bucket: in the allocation call itself (aborting
   * such a bucket asks the server to withdraw the share), or with the
   * trailer's write. The share is in place.
   */
  closed?: boolean
}

/**
 * Whole shares are sent with their allocation only while one server's
 * request stays this small; bigger requests allocate first and write after.
 */
export const MAX_DATA_WITH_ALLOCATION = 4 * 1024 * 1024

export interface SelectionInit {
  servers: readonly GridServer[]
  storageIndex: Uint8Array
  k: number
  n: number
  happy: number
  allocatedSize: number
  /**
   * Each share's whole contents, when known before allocation (small files):
   * sent along with it, and closed by the server in the same call.
   */
  shareData?: (shareNumber: number) => Uint8Array
  leaseSecret: Uint8Array
  /** @default DEFAULT_QUERY_TIMEOUT_MS */
  queryTimeoutMs?: number
  signal?: AbortSignal
}

export interface Selection {
  /** Opened buckets, one per (server, share) to write. */
  buckets: Bucket[]
  /** Shares servers already hold: server id -> share numbers. */
  existing: ShareMap
  happiness: number
}

export async function selectServers (init: SelectionInit): Promise<Selection> {
  const { storageIndex, n, k, happy, allocatedSize, signal } = init
  const timeoutMs = init.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS
  if (init.servers.length === 0) throw new NoServersError()
  const candidates = permutedServers(storageIndex, init.servers).slice(0, 2 * n)
  const byId = new Map(candidates.map(server => [server.id, server]))
  const readOnly = new Set(candidates
    .filter(server => server.maximumImmutableShareSize !== undefined && server.maximumImmutableShareSize < allocatedSize)
    .map(server => server.id))

  // Writable servers say which shares they hold in their answer to allocation
  // (it lists every share held), which saves a round trip; read-only servers
  // are asked outright. Servers that fail to answer are left out.
  const existing: ShareMap = new Map()
  const alive = new Set(candidates.filter(server => !readOnly.has(server.id)).map(server => server.id))
  await Promise.all(candidates.filter(server => readOnly.has(server.id)).map(async server => {
    try {
      const shares = await callWithTimeout(`server ${server.id}`, timeoutMs, signal, async s => await server.storage.listBuckets(storageIndex, { signal: s }))
      alive.add(server.id)
      if (shares.length > 0) existing.set(server.id, new Set(shares))
    } catch {
      signal?.throwIfAborted()
    }
  }))

  const buckets: Bucket[] = []
  const allocated: ShareMap = new Map()
  // One upload secret per server for the whole upload: a server then tells
  // this upload's later allocations from other uploads' (withdrawals.ts).
  const uploadSecrets = new Map<string, Uint8Array>()
  const holdings = (): ShareMap => mergeShareMaps(existing, allocated)
  for (;;) {
    signal?.throwIfAborted()
    const servers = candidates.filter(server => alive.has(server.id)).map(server => server.id)
    const placement = placeShares({ servers, readOnly, existing: holdings(), shareCount: n })
    const wanted = new Map<string, number[]>()
    for (const [share, serverId] of placement) {
      if (holdings().get(serverId)?.has(share) === true || readOnly.has(serverId)) continue
      wanted.set(serverId, [...(wanted.get(serverId) ?? []), share])
    }
    if (wanted.size === 0) break

    let progress = false
    await Promise.all([...wanted].map(async ([serverId, shares]) => {
      const server = byId.get(serverId) as GridServer
      const uploadSecret = uploadSecrets.get(serverId) ?? randomBytes(SECRET_SIZE)
      uploadSecrets.set(serverId, uploadSecret)
      const shareData = init.shareData
      const initialData = shareData !== undefined && shares.length * allocatedSize <= MAX_DATA_WITH_ALLOCATION
        ? new Map(shares.map(share => [share, shareData(share)]))
        : undefined
      try {
        const result = await callWithTimeout(`server ${serverId}`, timeoutMs, signal, async s => await server.storage.allocateBuckets({
          storageIndex,
          ...leaseSecretsFor(init.leaseSecret, storageIndex, server.leaseSeed),
          uploadSecret,
          shareNumbers: shares,
          allocatedSize,
          ...(initialData === undefined ? {} : { initialData, closeWritten: true })
        }, { signal: s }))
        if (result.alreadyHave.length > 0) {
          existing.set(serverId, new Set([...(existing.get(serverId) ?? []), ...result.alreadyHave]))
          progress = true
        }
        for (const share of result.allocated) {
          buckets.push({
            server,
            ref: { storageIndex, shareNumber: share, uploadSecret },
            written: result.initialDataWritten.includes(share),
            closed: result.closed.includes(share)
          })
          allocated.set(serverId, new Set([...(allocated.get(serverId) ?? []), share]))
          progress = true
        }
        // A server that refused any share is full: place elsewhere from now on.
        if (shares.some(share => !result.allocated.includes(share) && !result.alreadyHave.includes(share))) readOnly.add(serverId)
      } catch {
        signal?.throwIfAborted()
        alive.delete(serverId)
        progress = true
      }
    }))
    if (happiness(holdings()) >= happy || !progress) break
  }

  const achieved = happiness(holdings())
  if (achieved < happy) {
    await abortBuckets(buckets)
    const serverCount = [...holdings().values()].filter(shares => shares.size > 0).length
    throw new UploadUnhappinessError(`server selection failed: ${unhappinessMessage(serverCount, k, happy, achieved)}`)
  }
  return { buckets, existing, happiness: achieved }
}

/**
 * Aborts buckets, best effort: a server that is gone will drop them when the
 * upload idles out. A bucket the server already closed is withdrawn, if the
 * server still allows it (nobody else counts on the share yet).
 */
export async function abortBuckets (buckets: readonly Bucket[], timeoutMs = DEFAULT_QUERY_TIMEOUT_MS): Promise<void> {
  await Promise.allSettled(buckets.map(async ({ server, ref }) => {
    await callWithTimeout(`server ${server.id}`, timeoutMs, undefined, async signal => { await server.storage.abortBucket(ref, { signal }) })
  }))
}

export function mergeShareMaps (...maps: ShareMap[]): ShareMap {
  const out: ShareMap = new Map()
  for (const map of maps) {
    for (const [server, shares] of map) out.set(server, new Set([...(out.get(server) ?? []), ...shares]))
  }
  return out
}
