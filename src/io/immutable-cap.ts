/**
 * Computes a file's immutable cap without storing anything: pass one
 * derives the convergent key, pass two encrypts and encodes every segment
 * to reach the UEB hash. Used by `lafs debug chk-cap`; the uploader runs
 * the same two passes while it also writes the blocks.
 */
import { readFile } from 'node:fs/promises'
import { ChkEncoder, LIT_MAX_SIZE } from '../encoding/chk-encoder.js'
import { chkParams } from '../encoding/segmentation.js'
import { formatCap } from '../encoding/caps.js'
import { ConvergentKeyHasher } from '../crypto/immutable-keys.js'
import { readFileSegments } from './file-segments.js'
import { GarbagePacer } from './memory.js'
import type { ZfecKernel } from '../encoding/zfec/index.js'

export interface ImmutableCapOptions {
  size: number
  convergenceSecret: Uint8Array
  k: number
  n: number
  maxSegmentSize?: number
  kernel?: ZfecKernel
  signal?: AbortSignal
}

/** The convergent key of the file at `path`, streaming it once. */
export async function convergentKeyOfFile (path: string, options: ImmutableCapOptions): Promise<Uint8Array> {
  const params = chkParams(options.size, options.k, options.n, options.maxSegmentSize)
  const hasher = new ConvergentKeyHasher(options.convergenceSecret, params.k, params.n, params.segmentSize)
  for await (const chunk of readFileSegments(path, { segmentSize: params.segmentSize, expectedSize: params.size, reuseBuffers: true, signal: options.signal })) {
    hasher.update(chunk)
  }
  return hasher.digest()
}

export async function computeImmutableCap (path: string, options: ImmutableCapOptions): Promise<string> {
  if (options.size <= LIT_MAX_SIZE) {
    const data = await readFile(path, { signal: options.signal })
    return formatCap({ kind: 'lit', data })
  }
  const key = await convergentKeyOfFile(path, options)
  const encoder = new ChkEncoder({ ...options, key, reuseBlockBuffers: true })
  const pacer = new GarbagePacer()
  const { segmentSize, size } = encoder.params
  // The encoder copies what it keeps (ciphertext), so read buffers can be reused.
  for await (const segment of readFileSegments(path, { segmentSize, expectedSize: size, reuseBuffers: true, signal: options.signal })) {
    encoder.encodePlaintext(segment)
    pacer.dropped(segment.length)
  }
  const { uebHash, params } = encoder.finish()
  return formatCap({ kind: 'chk', key, uebHash, k: params.k, n: params.n, size: params.size })
}
