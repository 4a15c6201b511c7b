/**
 * Asks servers, in permuted order and with a bounded number of questions
 * outstanding, which shares they hold of a storage index (Tahoe's DYHB).
 * Answers arrive as they come; slow servers are simply late, and a server
 * that does not answer in time is treated as holding nothing.
 */
import { permutedServers } from '../uploader/placement.js'
import type { GridServer } from '../grid.js'
import { callWithTimeout } from '../call.js'

/** Questions outstanding at once (Tahoe: 10). */
export const DEFAULT_MAX_OUTSTANDING = 10
export const DEFAULT_FIND_TIMEOUT_MS = 10_000

export interface FoundShare {
  server: GridServer
  shareNumber: number
  /** Round-trip time of the server's answer, to prefer fast servers. */
  rttMs: number
}

export interface ShareFinderInit {
  servers: readonly GridServer[]
  storageIndex: Uint8Array
  maxOutstanding?: number
  timeoutMs?: number
  signal?: AbortSignal
}

export class ShareFinder {
  readonly found: FoundShare[] = []
  readonly failures: string[] = []
  readonly #pending: GridServer[]
  readonly #init: ShareFinderInit
  #outstanding = 0
  #waiters: Array<() => void> = []

  constructor (init: ShareFinderInit) {
    this.#init = init
    this.#pending = permutedServers(init.storageIndex, init.servers)
    this.#fill()
  }

  /** True once every server has answered or timed out. */
  get done (): boolean {
    return this.#pending.length === 0 && this.#outstanding === 0
  }

  get serversAsked (): number {
    return this.#init.servers.length - this.#pending.length
  }

  /** Resolves at the next answer (or at once when all are in). */
  async next (): Promise<void> {
    if (this.done) return
    await new Promise<void>(resolve => this.#waiters.push(resolve))
  }

  /** Waits until `enough()` is true or every server has answered. */
  async until (enough: () => boolean): Promise<void> {
    while (!enough() && !this.done) await this.next()
  }

  #fill (): void {
    const max = this.#init.maxOutstanding ?? DEFAULT_MAX_OUTSTANDING
    while (this.#outstanding < max && this.#pending.length > 0) {
      const server = this.#pending.shift() as GridServer
      this.#outstanding++
      void this.#ask(server)
    }
  }

  async #ask (server: GridServer): Promise<void> {
    const start = performance.now()
    try {
      const shares = await callWithTimeout(`server ${server.id}`, this.#init.timeoutMs ?? DEFAULT_FIND_TIMEOUT_MS, this.#init.signal,
        async signal => await server.storage.listBuckets(this.#init.storageIndex, { signal }))
      const rttMs = performance.now() - start
      for (const shareNumber of shares) this.found.push({ server, shareNumber, rttMs })
    } catch (err: unknown) {
      this.failures.push(`${server.id}: ${err instanceof Error ? err.message : String(err)}`)
    } finally {
      this.#outstanding--
      this.#fill()
      const waiters = this.#waiters
      this.#waiters = []
      for (const wake of waiters) wake()
    }
  }
}
