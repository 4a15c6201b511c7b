/**
 * Reading parts of one mutable share with `slot_readv`, in as few calls as
 * the storage call size allows, every call bounded by a timeout; and
 * telling a server that one of its shares is corrupt.
 */
import type { Span } from '../../encoding/mutable/index.js'
import { MutableShareFormatError } from '../../encoding/mutable/index.js'
import { callWithTimeout } from '../call.js'
import type { GridServer } from '../grid.js'
import type { ActorLogger } from '../logger.js'
import { MAX_CALL_SIZE } from '../storage/constants.js'
import type { ReadVector } from '../storage/interface.js'
import { CALL_DATA_HEADROOM } from './constants.js'
import { ShareUnavailableError } from './errors.js'

/** Share bytes one call may carry or ask for. */
export const DEFAULT_MAX_CALL_DATA = MAX_CALL_SIZE - CALL_DATA_HEADROOM

export interface SlotCallOptions {
  timeoutMs: number
  signal?: AbortSignal
  /** @default DEFAULT_MAX_CALL_DATA */
  maxCallData?: number
}

interface Piece {
  span: number
  at: number
  vector: ReadVector
}

/** The spans cut into pieces no larger than `max`, grouped into calls of at most `max` bytes. */
function planReads (spans: readonly Span[], max: number): Piece[][] {
  const calls: Piece[][] = []
  let call: Piece[] = []
  let size = 0
  spans.forEach((span, index) => {
    // An empty span needs no read: its bytes are already all there (none).
    for (let at = 0; at < span.length; at += max) {
      const length = Math.min(max, span.length - at)
      if (size + length > max && call.length > 0) {
        calls.push(call)
        call = []
        size = 0
      }
      call.push({ span: index, at, vector: { offset: span.offset + at, length } })
      size += length
    }
  })
  if (call.length > 0) calls.push(call)
  return calls
}

/**
 * The bytes of each span of share `shnum` on `server`. A share that stops
 * short of a span is a MutableShareFormatError (its header promised more);
 * a share that is gone is a ShareUnavailableError.
 */
export async function readShareSpans (
  server: GridServer, storageIndex: Uint8Array, shnum: number, spans: readonly Span[], options: SlotCallOptions
): Promise<Uint8Array[]> {
  const out = spans.map(span => new Uint8Array(span.length))
  for (const call of planReads(spans, options.maxCallData ?? DEFAULT_MAX_CALL_DATA)) {
    const answer = await callWithTimeout(`server ${server.id}`, options.timeoutMs, options.signal, async signal =>
      await server.storage.slotReadv(storageIndex, [shnum], call.map(piece => piece.vector), { signal }))
    const data = answer.get(shnum)
    if (data === undefined) throw new ShareUnavailableError(`share ${shnum} is no longer on server ${server.id}`)
    call.forEach((piece, i) => {
      const bytes = data[i] ?? new Uint8Array(0)
      if (bytes.length !== piece.vector.length) {
        throw new MutableShareFormatError(`share ${shnum} on server ${server.id} ends before byte ${piece.vector.offset + piece.vector.length} that its header promises`)
      }
      out[piece.span]?.set(bytes, piece.at)
    })
  }
  return out
}

/** Tells `server` that share `shnum` failed a check; failures to tell are logged, not raised. */
export async function adviseCorruptShare (
  server: GridServer, storageIndex: Uint8Array, shnum: number, reason: string, options: SlotCallOptions & { log: ActorLogger }
): Promise<void> {
  try {
    await callWithTimeout(`server ${server.id}`, options.timeoutMs, options.signal, async signal => {
      await server.storage.adviseCorruptShare('mutable', storageIndex, shnum, reason, { signal })
    })
  } catch (err: unknown) {
    options.log('could not report corrupt share %d to %s: %s', shnum, server.id, err instanceof Error ? err.message : String(err))
  }
}
