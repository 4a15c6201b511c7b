/**
 * Runs jobs one at a time per key (the storage index), so that two
 * operations on the same shares never interleave, while different storage
 * indexes proceed in parallel. Also tracks everything in flight so that
 * stop() can wait for it.
 */

export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>()
  private readonly running = new Set<Promise<unknown>>()

  /** Jobs queued or running. */
  get pending (): number {
    return this.running.size
  }

  /** Runs `job` after every job queued earlier under `key` has settled. */
  async run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const result = previous.then(job, job)
    // The tail never rejects, so a failed job does not block the next one.
    const tail = result.then(() => undefined, () => undefined)
    this.tails.set(key, tail)
    this.running.add(tail)
    void tail.then(() => {
      this.running.delete(tail)
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return await result
  }

  /** Resolves once every job queued so far has settled. */
  async drain (): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running)
  }
}
