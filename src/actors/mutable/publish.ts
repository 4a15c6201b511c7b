/**
 * Publish (Tahoe's mutable Publish, spec f.6-f.8): writes a new version's
 * shares to the places `placeMutableShares` picks (or, for a partial
 * update, to the given places), one test-and-set per share, all under the
 * per-server write enabler and lease secrets.
 *
 * Uncoordinated writes are detected as Tahoe does (f.7): a test that fails
 * (the share changed since the servermap), or a server showing a share that
 * is neither being written nor known from the servermap, and of another
 * version. Either makes the publish fail with UncoordinatedWriteError, but
 * only after every write has finished, so the grid is left with whole
 * versions. Fewer than k shares written is NotEnoughServersError.
 */
import { leaseSecretsFor } from '../../crypto/lease.js'
import { writeEnabler } from '../../crypto/mutable-keys.js'
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import {
  MDMF_HEADER_SIZE, MUTABLE_PREFIX_READ_SIZE, SDMF_HEADER_SIZE, encodeMutableFile, type MutableFormat, type MutableVersion, type MutableWriteVector
} from '../../encoding/mutable/index.js'
import type { ZfecKernel } from '../../encoding/zfec/index.js'
import type { GridServer } from '../grid.js'
import type { MutableSecrets } from '../storage/interface.js'
import { silentLogger, type ActorLogger } from '../logger.js'
import { permutedServers } from '../uploader/placement.js'
import { DEFAULT_CALL_TIMEOUT_MS, DEFAULT_MAX_OUTSTANDING } from './constants.js'
import { NotEnoughServersError, UncoordinatedWriteError } from './errors.js'
import { placeMutableShares, type SharePlace } from './placement.js'
import type { Servermap } from './servermap.js'
import { writeShare } from './share-writer.js'

/** One share of the new version, as the layout gives it. */
export interface PublishShare {
  writeVectors: MutableWriteVector[]
  /** The share's whole length (its EOF offset). */
  length: number
}

export interface PublishInit {
  storageIndex: Uint8Array
  writekey: Uint8Array
  leaseSecret: Uint8Array
  /** Live servers, for placing shares no server holds yet. */
  servers: readonly GridServer[]
  /** A write-mode servermap: the shares to replace. Undefined for a first publish. */
  servermap?: Servermap
  version: MutableVersion
  checkstring: Uint8Array
  /** By share number. */
  shares: ReadonlyMap<number, PublishShare>
  /** Write exactly these places (a partial update) instead of placing every share. */
  places?: readonly SharePlace[]
  /**
   * Give the shares whose write failed new homes on the servers that took
   * theirs. For a publish against a kept map, which never asked the servers
   * and so learns only here that some are down. @default false
   */
  rehome?: boolean
  /** A server's write enabler and lease secrets, where already known. @default derived afresh with shareSecrets */
  secretsFor?: (server: GridServer) => MutableSecrets
  /** @default DEFAULT_CALL_TIMEOUT_MS */
  timeoutMs?: number
  /** @default DEFAULT_MAX_OUTSTANDING */
  maxOutstanding?: number
  maxCallData?: number
  signal?: AbortSignal
  log?: ActorLogger
}

export interface PublishResult {
  version: MutableVersion
  /** Where shares of the new version were written. */
  placed: SharePlace[]
  /** Distinct share numbers written. */
  distinctShares: number
  /** Places whose write failed (the server erred or timed out): what they hold now is not known. */
  failed: number
  /** A whole publish's shares' first bytes (as a servermap query reads them), by share number. */
  prefixes?: ReadonlyMap<number, Uint8Array>
}

function equal (a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0
}

function headerSize (format: MutableFormat): number {
  return format === 'sdmf' ? SDMF_HEADER_SIZE : MDMF_HEADER_SIZE
}

/** The write enabler and lease secrets a publish presents to `server`. */
export function shareSecrets (writekey: Uint8Array, leaseSecret: Uint8Array, storageIndex: Uint8Array, server: GridServer): MutableSecrets {
  return { writeEnabler: writeEnabler(writekey, server.leaseSeed), ...leaseSecretsFor(leaseSecret, storageIndex, server.leaseSeed) }
}

/** Runs `job` on each item, at most `limit` at a time. */
async function forEachLimited<T> (items: readonly T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await job(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker))
}

export async function publishShares (init: PublishInit): Promise<PublishResult> {
  const { storageIndex, servermap, version, checkstring } = init
  const log = init.log ?? silentLogger
  const byId = new Map<string, GridServer>()
  for (const server of init.servers) byId.set(server.id, server)
  for (const record of [...servermap?.shares ?? [], ...servermap?.badShares ?? []]) {
    if (!byId.has(record.server.id)) byId.set(record.server.id, record.server)
  }
  const permuted = permutedServers(storageIndex, init.servers).map(server => server.id)
  const places = init.places ?? placeMutableShares({
    servers: permuted,
    bad: new Set(servermap?.failures.keys() ?? []),
    existing: [...servermap?.shares ?? [], ...servermap?.badShares ?? []].map(r => ({ serverId: r.server.id, shnum: r.shnum })),
    n: version.n
  })
  const goalOn = new Map<string, Set<number>>()
  const addGoals = (more: readonly SharePlace[]): void => {
    for (const { serverId, shnum } of more) goalOn.set(serverId, (goalOn.get(serverId) ?? new Set()).add(shnum))
  }
  addGoals(places)

  const placed: SharePlace[] = []
  const surprises: string[] = []
  const failures: string[] = []
  const failedServers = new Set<string>()
  const writeOne = async (place: SharePlace): Promise<void> => {
    const server = byId.get(place.serverId)
    const share = init.shares.get(place.shnum)
    if (server === undefined || share === undefined) return
    try {
      const result = await writeShare({
        server,
        storageIndex,
        secrets: init.secretsFor?.(server) ?? shareSecrets(init.writekey, init.leaseSecret, storageIndex, server),
        shnum: place.shnum,
        writeVectors: share.writeVectors,
        length: share.length,
        oldPrefix: servermap?.knownPrefix(server.id, place.shnum),
        checkstring,
        headerSize: headerSize(version.format),
        timeoutMs: init.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
        maxCallData: init.maxCallData,
        signal: init.signal
      })
      if (result.written) placed.push(place)
      else surprises.push(`share ${place.shnum} on server ${server.id} changed since the servermap`)
      for (const [shnum, theirs] of result.checkstrings) {
        if (goalOn.get(server.id)?.has(shnum) === true || equal(theirs, checkstring)) continue
        const known = servermap?.knownPrefix(server.id, shnum)
        if (known !== undefined && equal(known.subarray(0, theirs.length), theirs)) continue
        surprises.push(`server ${server.id} holds share ${shnum} of a version the servermap did not show`)
      }
    } catch (err: unknown) {
      init.signal?.throwIfAborted()
      failedServers.add(server.id)
      failures.push(`server ${server.id}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  const limit = init.maxOutstanding ?? DEFAULT_MAX_OUTSTANDING
  await forEachLimited(places, limit, writeOne)

  // Once: the new homes are servers that just answered.
  const housed = new Set(placed.map(place => place.shnum))
  if (init.rehome === true && init.places === undefined && failedServers.size > 0 && surprises.length === 0 && housed.size < version.n) {
    const done = new Set(placed.map(place => `${place.shnum}@${place.serverId}`))
    const more = placeMutableShares({
      servers: permuted,
      bad: new Set([...servermap?.failures.keys() ?? [], ...failedServers]),
      existing: placed,
      n: version.n
    }).filter(place => !done.has(`${place.shnum}@${place.serverId}`))
    addGoals(more)
    await forEachLimited(more, limit, writeOne)
  }

  const distinctShares = new Set(placed.map(place => place.shnum)).size
  log('published seqnum %s: %d shares on %d places, %d failures, %d surprises',
    version.seqnum, distinctShares, placed.length, failures.length, surprises.length)
  if (surprises.length > 0) {
    throw new UncoordinatedWriteError(
      `another writer changed the file during this publish (${surprises.length} surprise(s); first: ${surprises[0] ?? ''}); ${distinctShares} shares of this version were written`,
      placed.length)
  }
  if (distinctShares < version.k) throw new NotEnoughServersError(version.k, distinctShares, failures[0] ?? 'no server to write to')
  return { version, placed, distinctShares, failed: failures.length }
}

export interface PublishFileInit extends Omit<PublishInit, 'version' | 'checkstring' | 'shares' | 'places' | 'storageIndex'> {
  format: MutableFormat
  plaintext: Uint8Array
  privateKey: RsaPrivateKey
  k: number
  n: number
  seqnum: bigint
  maxSegmentSize?: number
  kernel?: ZfecKernel
  randomBytes?: (size: number) => Uint8Array
}

/** Encodes `plaintext` as version `seqnum` and publishes every share of it. */
export async function publishFile (init: PublishFileInit): Promise<PublishResult> {
  const encoded = encodeMutableFile({
    format: init.format,
    plaintext: init.plaintext,
    k: init.k,
    n: init.n,
    seqnum: init.seqnum,
    privateKey: init.privateKey,
    randomBytes: init.randomBytes,
    maxSegmentSize: init.maxSegmentSize,
    kernel: init.kernel
  })
  const shares = new Map(encoded.shares.map(share => [share.shnum, { writeVectors: share.writeVectors, length: share.bytes.length }]))
  const result = await publishShares({
    ...init,
    storageIndex: encoded.storageIndex,
    version: encoded.version,
    checkstring: encoded.checkstring,
    shares
  })
  // Copied out, so that a kept servermap does not hold every whole share.
  const prefixes = new Map(encoded.shares.map(share => [share.shnum, share.bytes.slice(0, MUTABLE_PREFIX_READ_SIZE)]))
  return { ...result, prefixes }
}
