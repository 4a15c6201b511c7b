/**
 * Writing part of a file (Tahoe's MutableFileVersion.update): `writeAt`
 * puts `data` at `offset` (at most the current size; the file may grow) as
 * a new version, seqnum + 1.
 *
 * For MDMF only the segments the write touches are re-encoded: the old
 * bytes those segments keep are read first (at most the first and last
 * touched segment), every share's block hash tree is fetched and verified
 * for its old leaves, and each share that holds the current version gets
 * the new segments plus new hash trees, signature and header. When some
 * share number has no readable copy, or for SDMF (one segment), the file
 * is read, modified and republished whole instead, which also puts back
 * any missing shares.
 */
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import { isBadMutableShareError, mutableGeometry, type MutableVersion } from '../../encoding/mutable/index.js'
import type { FileWriteKeys, MutableJobContext } from './context.js'
import { WriteOffsetError } from './errors.js'
import { encodeMdmfUpdate } from './mdmf-update.js'
import { mapFile, nextParameters, recoverSigningKey, type EncodingParameters } from './operations.js'
import { publishFile, publishShares, type PublishResult } from './publish.js'
import { chooseVersion, retrieveMutableBytes } from './retrieve.js'
import type { Servermap, VersionInfo } from './servermap.js'
import { ShareReader } from './share-reader.js'

export interface WriteResult {
  seqnum: bigint
  /** The file's size after the write. */
  size: number
  /** Distinct shares of the new version written. */
  distinctShares: number
  /** True when only the touched segments were rewritten. */
  partial: boolean
}

function resultOf (published: PublishResult, partial: boolean): WriteResult {
  const { version, distinctShares } = published
  return { seqnum: version.seqnum, size: version.dataLength, distinctShares, partial }
}

async function readOld (ctx: MutableJobContext, keys: FileWriteKeys, map: Servermap, info: VersionInfo, start: number, end: number): Promise<Uint8Array> {
  if (end <= start) return new Uint8Array(0)
  return await retrieveMutableBytes({
    servermap: map,
    readkey: keys.readkey,
    version: info,
    range: { start, end },
    timeoutMs: ctx.timeoutMs,
    maxCallData: ctx.maxCallData,
    signal: ctx.signal,
    onBadShare: ctx.onBadShare,
    kernel: ctx.kernel
  })
}

/** Every share number's old block-hash leaves, from the first copy whose trees verify; undefined if one has none. */
async function oldLeaves (ctx: MutableJobContext, keys: FileWriteKeys, map: Servermap, info: VersionInfo): Promise<Uint8Array[][] | undefined> {
  const { n } = info.version
  const { numSegments } = mutableGeometry(info.version)
  const leaves = await Promise.all(Array.from({ length: n }, async (_, shnum) => {
    for (const record of info.shares.filter(share => share.shnum === shnum)) {
      const reader = new ShareReader(record, keys.storageIndex, { timeoutMs: ctx.timeoutMs, signal: ctx.signal, maxCallData: ctx.maxCallData })
      try {
        await reader.fetch([])
        const tree = reader.blockHashTree ?? []
        const firstLeaf = (tree.length + 1) / 2 - 1
        return tree.slice(firstLeaf, firstLeaf + numSegments)
      } catch (err: unknown) {
        ctx.signal?.throwIfAborted()
        const reason = err instanceof Error ? err.message : String(err)
        const corrupt = isBadMutableShareError(err)
        if (corrupt) map.markBad(record.server, record.shnum, record.prefix, reason)
        ctx.onBadShare?.(record.server, record.shnum, reason, corrupt)
      }
    }
    return undefined
  }))
  return leaves.every(entry => entry !== undefined) ? leaves : undefined
}

/** The MDMF partial update; undefined when it cannot be done (a share number without a good copy). */
async function partialUpdate (
  ctx: MutableJobContext, keys: FileWriteKeys, map: Servermap, info: VersionInfo, privateKey: RsaPrivateKey, offset: number, data: Uint8Array, seqnum: bigint
): Promise<PublishResult | undefined> {
  const old: MutableVersion = info.version
  const segmentSize = old.segmentSize
  const writeEnd = offset + data.length
  const newLength = Math.max(old.dataLength, writeEnd)
  const first = Math.floor(offset / segmentSize)
  const last = Math.floor((writeEnd - 1) / segmentSize)
  const regionStart = first * segmentSize
  const regionEnd = Math.min(newLength, (last + 1) * segmentSize)
  const keptEnd = Math.min(old.dataLength, regionEnd)

  const leaves = await oldLeaves(ctx, keys, map, info)
  if (leaves === undefined) return undefined
  // The old bytes the touched segments keep: before the write in the first, after it in the last.
  const region = new Uint8Array(regionEnd - regionStart)
  if (first === last && offset > regionStart && writeEnd < keptEnd) {
    region.set(await readOld(ctx, keys, map, info, regionStart, keptEnd))
  } else {
    region.set(await readOld(ctx, keys, map, info, regionStart, offset))
    region.set(await readOld(ctx, keys, map, info, writeEnd, keptEnd), writeEnd - regionStart)
  }
  region.set(data, offset - regionStart)

  const update = encodeMdmfUpdate({
    old, oldLeaves: leaves, firstSegment: first, plaintext: region, newDataLength: newLength, seqnum, privateKey,
    randomBytes: ctx.randomBytes, kernel: ctx.kernel
  })
  return await publishShares({
    ...ctx,
    storageIndex: keys.storageIndex,
    writekey: keys.writekey,
    servermap: map,
    version: update.version,
    checkstring: update.checkstring,
    shares: update.shares,
    // Only the shares holding the current version can take a partial update.
    places: info.shares.map(record => ({ serverId: record.server.id, shnum: record.shnum }))
  })
}

export async function writeAtFile (
  ctx: MutableJobContext, keys: FileWriteKeys, offset: number, data: Uint8Array, options: { servermap?: Servermap, encoding: EncodingParameters }
): Promise<WriteResult> {
  const map = options.servermap ?? await mapFile(ctx, keys, 'write')
  const info = chooseVersion(map)
  const old = info.version
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > old.dataLength) {
    throw new WriteOffsetError(`offset ${offset} is outside 0..${old.dataLength}, the file's size; writes may not leave holes`)
  }
  if (data.length === 0) return { seqnum: old.seqnum, size: old.dataLength, distinctShares: info.distinctShares, partial: true }
  const privateKey = await recoverSigningKey(ctx, keys, map)
  const { seqnum } = nextParameters(map, options.encoding)

  if (old.format === 'mdmf' && keys.format === 'mdmf' && old.dataLength > 0) {
    const partial = await partialUpdate(ctx, keys, map, info, privateKey, offset, data, seqnum)
    if (partial !== undefined) return resultOf(partial, true)
    ctx.log('partial update of %s not possible; rewriting the whole file', Buffer.from(keys.storageIndex).toString('hex'))
  }
  const contents = new Uint8Array(Math.max(old.dataLength, offset + data.length))
  contents.set(await readOld(ctx, keys, map, info, 0, old.dataLength))
  contents.set(data, offset)
  const published = await publishFile({
    ...ctx,
    servermap: map,
    format: keys.format,
    plaintext: contents,
    privateKey,
    k: old.k,
    n: old.n,
    maxSegmentSize: options.encoding.maxSegmentSize,
    seqnum,
    writekey: keys.writekey
  })
  return resultOf(published, false)
}
