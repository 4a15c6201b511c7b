/**
 * A few RSA-2048 signing keys generated ahead, so creating a mutable file
 * rarely waits ~100-200 ms for one. Keys are made one at a time with the
 * asynchronous generator (OpenSSL on the libuv thread pool), so the event
 * loop never blocks; the pool refills in the background after each take,
 * up to its size and no further.
 */
import { RsaPrivateKey } from '../../crypto/rsa.js'
import { silentLogger, type ActorLogger } from '../logger.js'
import { ActorStoppedError } from '../job-queue.js'
import { DEFAULT_KEY_POOL_SIZE } from './constants.js'

export interface KeyPoolInit {
  /** Keys kept ready. 0 generates each key on demand. @default DEFAULT_KEY_POOL_SIZE */
  size?: number
  /** Where keys come from; tests may inject one. @default RsaPrivateKey.generate */
  generate?: () => Promise<RsaPrivateKey>
  /**
   * Start generating at `start()`. Off, the pool first fills after the first
   * key is taken: a node that never creates a mutable file spends nothing.
   * @default true
   */
  fillAtStart?: boolean
  log?: ActorLogger
}

export interface KeyPool {
  /** Starts filling the pool. */
  start: () => void
  /** Stops refilling and drops the ready keys; a generation under way is waited for. */
  stop: () => Promise<void>
  /** A key never handed out before: a ready one, else a fresh one. */
  take: (signal?: AbortSignal) => Promise<RsaPrivateKey>
  /** Keys ready now. */
  readonly ready: number
}

class RsaKeyPool implements KeyPool {
  readonly #size: number
  readonly #generate: () => Promise<RsaPrivateKey>
  readonly #log: ActorLogger
  readonly #fillAtStart: boolean
  readonly #keys: RsaPrivateKey[] = []
  #filling: Promise<void> | undefined
  #running = false

  constructor (init: KeyPoolInit) {
    this.#size = Math.max(0, init.size ?? DEFAULT_KEY_POOL_SIZE)
    this.#generate = init.generate ?? (async () => await RsaPrivateKey.generate())
    this.#log = init.log ?? silentLogger
    this.#fillAtStart = init.fillAtStart ?? true
  }

  get ready (): number {
    return this.#keys.length
  }

  start (): void {
    this.#running = true
    if (this.#fillAtStart) this.#refill()
  }

  async stop (): Promise<void> {
    this.#running = false
    this.#keys.length = 0
    await this.#filling
  }

  async take (signal?: AbortSignal): Promise<RsaPrivateKey> {
    if (!this.#running) throw new ActorStoppedError('the key pool')
    signal?.throwIfAborted()
    const ready = this.#keys.shift()
    this.#refill()
    if (ready !== undefined) return ready
    // Generating directly rather than waiting for the refill: a waiter is not held behind others.
    const key = await this.#generate()
    signal?.throwIfAborted()
    return key
  }

  /** Generates keys one after another until the pool is full; one run at a time. */
  #refill (): void {
    if (this.#filling !== undefined || !this.#running || this.#keys.length >= this.#size) return
    const run = async (): Promise<void> => {
      try {
        while (this.#running && this.#keys.length < this.#size) {
          const key = await this.#generate()
          if (this.#running) this.#keys.push(key)
        }
      } catch (err: unknown) {
        this.#log.error('key generation failed: %s', err instanceof Error ? err.message : String(err))
      }
    }
    const filling: Promise<void> = run().finally(() => {
      if (this.#filling === filling) this.#filling = undefined
    })
    this.#filling = filling
  }
}

export function keyPool (init: KeyPoolInit = {}): KeyPool {
  return new RsaKeyPool(init)
}
