/**
 * V8 heap settings for a long-running node process.
 *
 * A transfer allocates a stream of short-lived buffers outside the JS heap
 * (Noise and the ciphers return a fresh buffer for every 64 KiB), and V8
 * counts external bytes allocated since the last full collection against
 * the old generation's limit. After a full collection that limit sits only
 * a little above the live heap (about 20 MB in a node), so a node busy
 * receiving shares fell into a full collection every few hundred
 * milliseconds: measured on a 10-node testnet, 20-30 of them per 300 MiB
 * uploaded, up to half of a storage node's CPU. Letting the old generation
 * grow to four times what survived before collecting again removes them;
 * the heap still has its usual maximum, and the buffers stay short-lived.
 */
import { setFlagsFromString } from 'node:v8'

/** The old generation may grow by this percentage over what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 300

/** Applies the node's heap settings to this process (they take effect at the next collection). */
export function tuneHeapForTransfers (): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
