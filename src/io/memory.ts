/**
 * Keeps bulk pipelines' memory to a few segments. Node's ciphers return a
 * fresh buffer for every output, and V8 collects such buffers only after
 * some 32 MB of them have piled up. A minor collection every few segments
 * (it costs about a millisecond) returns them at once. Where the runtime
 * cannot expose its collector, this does nothing and memory is merely higher.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Bytes of short-lived buffers to allow between collections. */
export const DEFAULT_COLLECT_EVERY_BYTES = 8 * 1024 * 1024

type Collector = (options: { type: 'minor' | 'major' }) => void

let collector: Collector | undefined | null = null

function findCollector (): Collector | undefined {
  if (collector !== null) return collector
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined')
    collector = typeof gc === 'function' ? gc as Collector : undefined
  } catch {
    collector = undefined
  }
  return collector
}

export class GarbagePacer {
  readonly #every: number
  #since = 0

  constructor (everyBytes = DEFAULT_COLLECT_EVERY_BYTES) {
    this.#every = everyBytes
  }

  /** Counts `bytes` of short-lived buffers just dropped; collects when enough have been. */
  dropped (bytes: number): void {
    this.#since += bytes
    if (this.#since < this.#every) return
    this.#since = 0
    findCollector()?.({ type: 'minor' })
  }
}
