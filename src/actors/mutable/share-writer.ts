/**
 * Writes one share of a new version with `slot_testv_and_readv_and_writev`
 * (spec f.4-f.6): normally one call whose test vector is the share's old
 * checkstring (or "no share here"), whose writes are the layout's write
 * vectors, and whose read vector returns the checkstring of every share the
 * server holds, for the publisher's surprise check.
 *
 * A share too large for one call goes in several. The first call tests as
 * above and also stamps an in-progress marker over the checkstring; the
 * following calls test for that marker, and the last writes the header,
 * which replaces the marker. A reader never takes a half-written share for
 * a version (the marker's signature cannot verify), and a concurrent writer
 * fails its test instead of mixing its blocks into ours.
 */
import { randomBytes } from 'node:crypto'
import { MDMF_CHECKSTRING_SIZE, MDMF_VERSION, SDMF_CHECKSTRING_SIZE, SDMF_VERSION } from '../../encoding/mutable/index.js'
import { callWithTimeout } from '../call.js'
import type { GridServer } from '../grid.js'
import type { MutableSecrets, TestAndSetResult, TestVector, WriteVector } from '../storage/interface.js'
import { DEFAULT_MAX_CALL_DATA } from './slot-io.js'

/** Seqnum bytes of the in-progress marker: zero, which no published version uses. */
const MARKER_SEQNUM_BYTES = 8

export interface ShareWriteInit {
  server: GridServer
  storageIndex: Uint8Array
  secrets: MutableSecrets
  shnum: number
  writeVectors: readonly WriteVector[]
  /** The share's length once written: it is truncated there. */
  length: number
  /** The first bytes the servermap saw in this share, or undefined for a new share. */
  oldPrefix: Uint8Array | undefined
  /** The new version's checkstring (57 bytes SDMF, 41 MDMF). */
  checkstring: Uint8Array
  /** Writes starting before this offset (the header) go in the last call. */
  headerSize: number
  timeoutMs: number
  maxCallData?: number
  signal?: AbortSignal
}

export interface ShareWriteResult {
  /** False when a test failed: someone else wrote the share meanwhile. */
  written: boolean
  /** Checkstrings of the shares the server held before the first write, by share number. */
  checkstrings: Map<number, Uint8Array>
}

/** The test vector for a share: its old checkstring bytes, or "absent or empty". */
export function oldShareTest (oldPrefix: Uint8Array | undefined, checkstringSize: number): TestVector {
  if (oldPrefix === undefined || oldPrefix.length === 0) return { offset: 0, length: 1, specimen: new Uint8Array(0) }
  // The old share's own checkstring length (its version byte says which format), within what was seen.
  const own = oldPrefix[0] === MDMF_VERSION ? MDMF_CHECKSTRING_SIZE : oldPrefix[0] === SDMF_VERSION ? SDMF_CHECKSTRING_SIZE : checkstringSize
  const size = Math.min(oldPrefix.length, own)
  return { offset: 0, length: Math.max(1, size), specimen: oldPrefix.subarray(0, size) }
}

/** Write vectors grouped into calls of at most `max` bytes, header writes last; one call when they fit. */
export function planWriteCalls (vectors: readonly WriteVector[], max: number, headerSize: number): WriteVector[][] {
  const total = vectors.reduce((sum, vector) => sum + vector.data.length, 0)
  if (total <= max) return [[...vectors]]
  const body: WriteVector[] = []
  const header: WriteVector[] = []
  for (const { offset, data } of vectors) {
    for (let at = 0; at < data.length; at += max) {
      const piece = { offset: offset + at, data: data.subarray(at, at + max) }
      ;(piece.offset < headerSize ? header : body).push(piece)
    }
  }
  const calls: WriteVector[][] = []
  let call: WriteVector[] = []
  let size = 0
  for (const piece of body) {
    if (size + piece.data.length > max && call.length > 0) {
      calls.push(call)
      call = []
      size = 0
    }
    call.push(piece)
    size += piece.data.length
  }
  if (call.length > 0) calls.push(call)
  calls.push(header)
  return calls
}

function markerFor (checkstring: Uint8Array): Uint8Array {
  const marker = new Uint8Array(randomBytes(checkstring.length))
  marker[0] = checkstring[0] ?? 0
  marker.fill(0, 1, 1 + MARKER_SEQNUM_BYTES)
  return marker
}

export async function writeShare (init: ShareWriteInit): Promise<ShareWriteResult> {
  const { server, storageIndex, secrets, shnum, checkstring } = init
  const max = init.maxCallData ?? DEFAULT_MAX_CALL_DATA
  let calls = planWriteCalls(init.writeVectors, max, init.headerSize)
  // Several calls: the first also carries the marker, so leave room for it in each.
  if (calls.length > 1) calls = planWriteCalls(init.writeVectors, max - checkstring.length, init.headerSize)
  const marker = calls.length > 1 ? markerFor(checkstring) : undefined
  const send = async (test: TestVector, write: WriteVector[], last: boolean): Promise<TestAndSetResult> =>
    await callWithTimeout(`server ${server.id}`, init.timeoutMs, init.signal, async signal =>
      await server.storage.slotTestvAndReadvAndWritev({
        storageIndex,
        secrets,
        testAndWrite: new Map([[shnum, last ? { test: [test], write, newLength: init.length } : { test: [test], write }]]),
        readVector: [{ offset: 0, length: checkstring.length }]
      }, { signal }))

  const firstWrites = marker === undefined ? calls[0] ?? [] : [{ offset: 0, data: marker }, ...calls[0] ?? []]
  const first = await send(oldShareTest(init.oldPrefix, checkstring.length), firstWrites, calls.length === 1)
  const checkstrings = new Map([...first.data].map(([n, reads]) => [n, reads[0] ?? new Uint8Array(0)]))
  if (!first.success || marker === undefined) return { written: first.success, checkstrings }
  const ours: TestVector = { offset: 0, length: marker.length, specimen: marker }
  for (let i = 1; i < calls.length; i++) {
    const answer = await send(ours, calls[i] ?? [], i === calls.length - 1)
    if (!answer.success) return { written: false, checkstrings }
  }
  return { written: true, checkstrings }
}
