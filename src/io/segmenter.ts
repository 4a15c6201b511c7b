/**
 * Re-cuts a stream of chunks of any size into segments of exactly
 * `segmentSize` bytes (the last one shorter), as the encoder wants them,
 * and checks the total against the size announced up front.
 */
import { FileChangedError } from './file-segments.js'

export async function * segmentStream (source: AsyncIterable<Uint8Array>, segmentSize: number, expectedSize: number): AsyncGenerator<Uint8Array> {
  let segment = Buffer.allocUnsafe(Math.min(segmentSize, expectedSize))
  let filled = 0
  let total = 0
  for await (const chunk of source) {
    total += chunk.length
    if (total > expectedSize) throw new FileChangedError(`the stream is longer than the ${expectedSize} bytes announced`)
    let offset = 0
    while (offset < chunk.length) {
      const take = Math.min(segment.length - filled, chunk.length - offset)
      segment.set(chunk.subarray(offset, offset + take), filled)
      filled += take
      offset += take
      if (filled === segment.length) {
        yield segment
        segment = Buffer.allocUnsafe(Math.min(segmentSize, expectedSize - total + (chunk.length - offset)))
        filled = 0
      }
    }
  }
  if (total !== expectedSize) throw new FileChangedError(`the stream ended after ${total} of the ${expectedSize} bytes announced`)
}
