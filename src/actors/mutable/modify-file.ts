/**
 * One read-modify-write of a whole mutable file (Tahoe's
 * MutableFileNode.modify, one attempt): take the current contents, let the
 * modifier compute the new ones, publish them as seqnum + 1 against the map
 * the contents came with, so that a writer who got in between fails the
 * test-and-set. The start is either what this node kept from its own last
 * publish (no network at all) or a fresh write-mode servermap and retrieve.
 * A plain overwrite is the same with new contents that need no old ones.
 */
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import { mutableVersionKey, type MutableVersion } from '../../encoding/mutable/index.js'
import type { GridServer } from '../grid.js'
import type { MutableSecrets } from '../storage/interface.js'
import type { FileWriteKeys, MutableJobContext } from './context.js'
import type { FileState } from './file-state.js'
import { mapFile, nextParameters, recoverSigningKey, type EncodingParameters } from './operations.js'
import { mapAfterPublish, isWholeMap } from './published-map.js'
import { publishFile, shareSecrets } from './publish.js'
import { chooseVersion, retrieveMutableBytes } from './retrieve.js'
import type { Servermap } from './servermap.js'

export interface ModifyInfo {
  /** The seqnum of the contents given. */
  seqnum: bigint
  /** True when an earlier attempt of this change may already have landed. */
  retry: boolean
}

/** New contents from the current ones, or undefined when nothing needs writing. Must not keep `contents`. */
export type MutableModifier = (contents: Uint8Array, info: ModifyInfo) => Uint8Array | undefined

export interface MutableModifyResult {
  /** False when the modifier asked for no write. */
  changed: boolean
  /** The version now current: the new one, or the one read when nothing changed. */
  seqnum: bigint
  size: number
  distinctShares: number
}

export interface ModifyRun {
  encoding: EncodingParameters
  retry: boolean
  /** Start from this kept state instead of asking the servers (needs privateKey too). */
  start?: FileState
  /** Publish against this map instead of building one (only for a replacement). */
  map?: Servermap
  /** The file's signing key, when already known. */
  privateKey?: RsaPrivateKey
  /** Sees the current version's size before its contents are fetched; throws to refuse. */
  checkSize?: (size: number) => void
}

export interface ModifyOutcome {
  result: MutableModifyResult
  privateKey: RsaPrivateKey
  /** What to keep for the next modify, when this attempt left the file fully known. */
  state: FileState | undefined
}

interface Start {
  map: Servermap
  /** The current version and its contents; undefined for a replacement, which reads nothing. */
  current?: { version: MutableVersion, versionKey: string, distinctShares: number, plaintext: Uint8Array }
  privateKey: RsaPrivateKey
}

async function freshStart (ctx: MutableJobContext, keys: FileWriteKeys, run: ModifyRun, needsContents: boolean): Promise<Start> {
  const map = run.map ?? await mapFile(ctx, keys, 'write')
  let current: Start['current']
  if (needsContents) {
    const info = chooseVersion(map)
    run.checkSize?.(info.version.dataLength)
    const plaintext = await retrieveMutableBytes({
      servermap: map,
      readkey: keys.readkey,
      version: info,
      timeoutMs: ctx.timeoutMs,
      maxCallData: ctx.maxCallData,
      signal: ctx.signal,
      onBadShare: ctx.onBadShare,
      kernel: ctx.kernel
    })
    current = { version: info.version, versionKey: info.key, distinctShares: info.distinctShares, plaintext }
  }
  // Any share of any version carries the key, so a replacement works on an unrecoverable file too.
  const privateKey = run.privateKey ?? await recoverSigningKey(ctx, keys, map)
  return { map, current, privateKey }
}

function keptStart (state: FileState, privateKey: RsaPrivateKey, run: ModifyRun): Start {
  run.checkSize?.(state.version.dataLength)
  const distinctShares = new Set(state.map.shares.filter(share => share.versionKey === state.versionKey).map(share => share.shnum)).size
  return { map: state.map, current: { version: state.version, versionKey: state.versionKey, distinctShares, plaintext: state.plaintext }, privateKey }
}

/** The state a fresh, whole map and the contents read under it give, for a modify that wrote nothing. */
function stateOf (start: Start): FileState | undefined {
  const { map, current } = start
  if (current === undefined || !isWholeMap(map)) return undefined
  return { map, version: current.version, versionKey: current.versionKey, plaintext: current.plaintext, secrets: new Map() }
}

/** `shareSecrets`, each server's derived once and kept in `known`. */
function secretsIn (known: Map<string, MutableSecrets>, ctx: MutableJobContext, keys: FileWriteKeys): (server: GridServer) => MutableSecrets {
  return server => {
    const id = `${server.id}:${Buffer.from(server.leaseSeed).toString('hex')}`
    let secrets = known.get(id)
    if (secrets === undefined) {
      secrets = shareSecrets(keys.writekey, ctx.leaseSecret, keys.storageIndex, server)
      known.set(id, secrets)
    }
    return secrets
  }
}

/**
 * One attempt. `change` is a modifier, or the whole new contents. Fails as
 * the publish does (UncoordinatedWriteError when another writer got in).
 */
export async function modifyFile (
  ctx: MutableJobContext, keys: FileWriteKeys, change: MutableModifier | Uint8Array, run: ModifyRun
): Promise<ModifyOutcome> {
  const needsContents = typeof change === 'function'
  const fromKept = run.start !== undefined && run.privateKey !== undefined
  const start = fromKept ? keptStart(run.start as FileState, run.privateKey as RsaPrivateKey, run) : await freshStart(ctx, keys, run, needsContents)
  const { map, current, privateKey } = start
  let next: Uint8Array | undefined
  if (typeof change !== 'function') next = change
  else if (current !== undefined) next = change(current.plaintext.slice(), { seqnum: current.version.seqnum, retry: run.retry })
  if (next === undefined) {
    const version = current?.version
    const result = { changed: false, seqnum: version?.seqnum ?? 0n, size: version?.dataLength ?? 0, distinctShares: current?.distinctShares ?? 0 }
    return { result, privateKey, state: run.start ?? stateOf(start) }
  }
  ctx.signal?.throwIfAborted()
  const { k, n, seqnum } = nextParameters(map, run.encoding)
  const secrets = run.start?.secrets ?? new Map<string, MutableSecrets>()
  const published = await publishFile({
    ...ctx,
    servermap: map,
    rehome: fromKept,
    secretsFor: secretsIn(secrets, ctx, keys),
    format: keys.format,
    plaintext: next,
    privateKey,
    k,
    n,
    maxSegmentSize: run.encoding.maxSegmentSize,
    seqnum,
    writekey: keys.writekey
  })
  const after = mapAfterPublish(keys.storageIndex, map, ctx.servers, published)
  const { version, distinctShares } = published
  return {
    result: { changed: true, seqnum: version.seqnum, size: version.dataLength, distinctShares },
    privateKey,
    // A copy: the caller still holds `next`.
    state: after === undefined ? undefined : { map: after, version, versionKey: mutableVersionKey(version), plaintext: next.slice(), secrets }
  }
}
