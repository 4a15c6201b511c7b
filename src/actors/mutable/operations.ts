/**
 * The mutable-file operations over servermap, retrieve and publish: map a
 * file, read it (or a range), create it, overwrite it, and recover its
 * signing key from a share for a write-cap holder.
 */
import { publicKeyFingerprint } from '../../crypto/mutable-keys.js'
import type { RsaPrivateKey } from '../../crypto/rsa.js'
import { mutableWriteCapForKey, type MutableWriteCap } from '../../encoding/caps.js'
import { recoverPrivateKey, type MutableFormat, type MutableVersion } from '../../encoding/mutable/index.js'
import type { FileReadKeys, FileWriteKeys, MutableJobContext } from './context.js'
import { KEPT_READ_MAX_SIZE } from './constants.js'
import { UnrecoverableMutableFileError } from './errors.js'
import { publishFile, type PublishResult } from './publish.js'
import type { FileState } from './file-state.js'
import { checkRange, chooseVersion, retrieveMutableBytes, unrecoverable, type ByteRange } from './retrieve.js'
import { updateServermap, type Servermap, type ServermapMode } from './servermap.js'
import { readShareSpans } from './slot-io.js'

export interface EncodingParameters {
  k: number
  n: number
  /** MDMF's segment size before rounding to a multiple of k. */
  maxSegmentSize?: number
}

export interface MutableReadResult {
  data: Uint8Array
  /** The whole file's size in this version. */
  size: number
  seqnum: bigint
  format: MutableFormat
}

export async function mapFile (ctx: MutableJobContext, keys: FileReadKeys, mode: ServermapMode): Promise<Servermap> {
  return await updateServermap({
    servers: ctx.servers,
    storageIndex: keys.storageIndex,
    fingerprint: keys.fingerprint,
    mode,
    maxOutstanding: ctx.maxOutstanding,
    timeoutMs: ctx.timeoutMs,
    maxCallData: ctx.maxCallData,
    signal: ctx.signal,
    onBadShare: ctx.onBadShare
  })
}

export interface ReadFileOptions {
  range?: ByteRange
  /** Read with this map instead of building one. */
  servermap?: Servermap
  /** What this node last published of the file: its contents stand in for a retrieve of that same version. */
  kept?: FileState
  /** Sees the chosen version's size before its contents are fetched; throws to refuse. */
  checkSize?: (size: number) => void
}

function fromKept (kept: FileState, range: ByteRange | undefined): MutableReadResult {
  const { start, end } = checkRange(range, kept.plaintext.length)
  const { version } = kept
  // A copy: the kept plaintext is never handed out.
  return { data: kept.plaintext.slice(start, end), size: version.dataLength, seqnum: version.seqnum, format: version.format }
}

async function readWith (ctx: MutableJobContext, keys: FileReadKeys, map: Servermap, options: ReadFileOptions): Promise<MutableReadResult> {
  const info = chooseVersion(map)
  options.checkSize?.(info.version.dataLength)
  const { kept } = options
  if (kept?.versionKey === info.key && kept.plaintext.length <= KEPT_READ_MAX_SIZE && map.badShares.length === 0) return fromKept(kept, options.range)
  const range = options.range
  const data = await retrieveMutableBytes({
    servermap: map,
    readkey: keys.readkey,
    version: info,
    range,
    timeoutMs: ctx.timeoutMs,
    maxCallData: ctx.maxCallData,
    signal: ctx.signal,
    onBadShare: ctx.onBadShare,
    kernel: ctx.kernel
  })
  return { data, size: info.version.dataLength, seqnum: info.version.seqnum, format: info.version.format }
}

/**
 * The best recoverable version's bytes (or a range). A read-mode map stops
 * early; if too many of the shares it found turn out bad, or it shows an
 * older version than this node last published (`kept`), every server is
 * asked and the read is tried once more.
 */
export async function readFile (ctx: MutableJobContext, keys: FileReadKeys, options: ReadFileOptions = {}): Promise<MutableReadResult> {
  let map = options.servermap ?? await mapFile(ctx, keys, 'read')
  const seen = map.best()?.version.seqnum ?? -1n
  if (options.kept !== undefined && seen < options.kept.version.seqnum && !map.complete) {
    ctx.log('read of %s found an older version than this node wrote; asking every server', Buffer.from(keys.storageIndex).toString('hex'))
    map = await mapFile(ctx, keys, 'write')
  }
  try {
    return await readWith(ctx, keys, map, options)
  } catch (err: unknown) {
    if (!(err instanceof UnrecoverableMutableFileError) || map.complete) throw err
    ctx.log('read of %s needs more shares; asking every server', Buffer.from(keys.storageIndex).toString('hex'))
    return await readWith(ctx, keys, await mapFile(ctx, keys, 'write'), options)
  }
}

/**
 * The file's signing key, decrypted from a share's encrypted private key
 * and checked against the writekey and the cap's fingerprint. Shares of the
 * best version are tried first.
 */
export async function recoverSigningKey (ctx: MutableJobContext, keys: FileWriteKeys, map: Servermap): Promise<RsaPrivateKey> {
  const best = map.best()?.key
  const records = [...map.shares].sort((a, b) => Number(a.versionKey !== best) - Number(b.versionKey !== best))
  for (const record of records) {
    const span = record.header.encryptedPrivateKey
    try {
      const bytes = span.offset + span.length <= record.prefix.length
        ? record.prefix.subarray(span.offset, span.offset + span.length)
        : (await readShareSpans(record.server, keys.storageIndex, record.shnum, [span], { ...ctx }))[0] as Uint8Array
      const key = recoverPrivateKey(keys.writekey, bytes)
      if (Buffer.compare(publicKeyFingerprint(key.publicKey.toSpkiDer()), keys.fingerprint) === 0) return key
    } catch (err: unknown) {
      ctx.signal?.throwIfAborted()
      ctx.log('share %d on %s gave no usable signing key: %s', record.shnum, record.server.id, err instanceof Error ? err.message : String(err))
    }
  }
  throw unrecoverable(map, map.versions()[0]?.version.k, 0, 'no share gave the signing key')
}

export interface CreateOptions {
  format: MutableFormat
  privateKey: RsaPrivateKey
  encoding: EncodingParameters
}

/** A first publish (seqnum 1) under `privateKey`; the cap depends on the key alone. */
export async function createFile (ctx: MutableJobContext, data: Uint8Array, options: CreateOptions): Promise<{ cap: MutableWriteCap, result: PublishResult }> {
  const cap = mutableWriteCapForKey(options.privateKey, options.format)
  const result = await publishFile({
    ...ctx,
    format: options.format,
    plaintext: data,
    privateKey: options.privateKey,
    k: options.encoding.k,
    n: options.encoding.n,
    maxSegmentSize: options.encoding.maxSegmentSize,
    seqnum: 1n,
    writekey: cap.writekey
  })
  return { cap, result }
}

/** Parameters of the next version: those of the best one found, else the defaults. */
export function nextParameters (map: Servermap, defaults: EncodingParameters): { k: number, n: number, seqnum: bigint, current: MutableVersion | undefined } {
  const current = map.best()?.version ?? map.versions()[0]?.version
  return { k: current?.k ?? defaults.k, n: current?.n ?? defaults.n, seqnum: map.highestSeqnum() + 1n, current }
}

/** Replaces the whole contents with `data` as version max(seqnum seen) + 1, in the cap's format. */
export async function overwriteFile (
  ctx: MutableJobContext, keys: FileWriteKeys, data: Uint8Array, options: { servermap?: Servermap, encoding: EncodingParameters }
): Promise<PublishResult> {
  const map = options.servermap ?? await mapFile(ctx, keys, 'write')
  // The old contents are not needed, only the key, which any share of any version carries.
  const privateKey = await recoverSigningKey(ctx, keys, map)
  const { k, n, seqnum } = nextParameters(map, options.encoding)
  return await publishFile({
    ...ctx,
    servermap: map,
    format: keys.format,
    plaintext: data,
    privateKey,
    k,
    n,
    maxSegmentSize: options.encoding.maxSegmentSize,
    seqnum,
    writekey: keys.writekey
  })
}
