/**
 * How a CHK file is cut into segments and blocks (spec a.2). Every size the
 * encoder, the share layout and the downloader use derives from
 * (size, k, n, maximum segment size) through `chkParams`.
 */
import { ParameterError } from '../errors.js'
import { divCeil, nextMultiple } from './mathutil.js'

/** Tahoe's DEFAULT_IMMUTABLE_MAX_SEGMENT_SIZE since 1.19 (1 MiB). */
export const DEFAULT_MAX_SEGMENT_SIZE = 1048576

/** The erasure code works over at most 256 shares (zfec, spec b). */
export const MAX_SHARES = 256

/** A CHK encoding parameter outside what the format allows. */
export class EncodingParameterError extends ParameterError {}

export interface ChkParams {
  /** File size in bytes. */
  size: number
  /** Shares needed to recover the file. */
  k: number
  /** Shares produced. */
  n: number
  /** Effective segment size: a multiple of k, possibly above the configured maximum. */
  segmentSize: number
  numSegments: number
  /** Bytes of file data in the last segment (1..segmentSize). */
  tailSize: number
  /** The last segment zero-padded to a multiple of k. */
  paddedTailSize: number
  /** Bytes per block of a full segment (segmentSize / k). */
  blockSize: number
  /** Bytes per block of the last segment (paddedTailSize / k). */
  tailBlockSize: number
  /** Bytes of block data each share holds: ceil(size / k). */
  shareDataSize: number
}

/** Checks that (k, n) is a valid erasure-code shape: integers, 1 <= k <= n <= 256. */
export function checkShareCounts (k: number, n: number): void {
  if (!Number.isInteger(k) || !Number.isInteger(n)) {
    throw new EncodingParameterError(`k and n must be integers, got k=${k}, n=${n}`)
  }
  if (k < 1 || n < k || n > MAX_SHARES) {
    throw new EncodingParameterError(`need 1 <= k <= n <= ${MAX_SHARES}, got k=${k}, n=${n}`)
  }
}

/**
 * The segmentation of a CHK file of `size` bytes (size >= 1: empty and
 * small files are LIT and never segmented).
 */
export function chkParams (size: number, k: number, n: number, maxSegmentSize: number = DEFAULT_MAX_SEGMENT_SIZE): ChkParams {
  checkShareCounts(k, n)
  if (!Number.isSafeInteger(size) || size < 1) {
    throw new EncodingParameterError(`CHK file size must be a positive safe integer, got ${size}`)
  }
  if (!Number.isSafeInteger(maxSegmentSize) || maxSegmentSize < 1) {
    throw new EncodingParameterError(`maximum segment size must be a positive safe integer, got ${maxSegmentSize}`)
  }
  // Rounding up to a multiple of k is what lets the segment exceed the maximum.
  const segmentSize = nextMultiple(Math.min(maxSegmentSize, size), k)
  const numSegments = divCeil(size, segmentSize)
  const tailSize = size % segmentSize === 0 ? segmentSize : size % segmentSize
  const paddedTailSize = nextMultiple(tailSize, k)
  const params: ChkParams = {
    size,
    k,
    n,
    segmentSize,
    numSegments,
    tailSize,
    paddedTailSize,
    blockSize: segmentSize / k,
    tailBlockSize: paddedTailSize / k,
    shareDataSize: divCeil(size, k)
  }
  if (!Number.isSafeInteger(segmentSize) || !Number.isSafeInteger(paddedTailSize)) {
    throw new EncodingParameterError(`CHK file size ${size} is too large to segment`)
  }
  return params
}
