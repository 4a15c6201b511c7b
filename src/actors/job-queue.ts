/**
 * An actor's mailbox: jobs run at most `concurrency` at a time, at most
 * `maxQueued` wait, and any more are refused at once (BusyError) rather
 * than piling up. Each job gets an AbortSignal that fires when the caller
 * aborts or the actor stops.
 */
import { LafsError } from '../errors.js'

export class BusyError extends LafsError {
  constructor (what: string) {
    super('ERR_BUSY', `${what} is busy: too many jobs are waiting; try again later`)
  }
}

export class ActorStoppedError extends LafsError {
  constructor (what: string) {
    super('ERR_STOPPED', `${what} is not running`)
  }
}

export interface JobQueueInit {
  name: string
  concurrency: number
  maxQueued: number
}

export class JobQueue {
  readonly #init: JobQueueInit
  readonly #waiting: Array<() => void> = []
  readonly #controllers = new Set<AbortController>()
  #running = 0
  #open = false

  constructor (init: JobQueueInit) {
    this.#init = init
  }

  start (): void {
    this.#open = true
  }

  /** Refuses new jobs and aborts the ones running or waiting. */
  stop (): void {
    this.#open = false
    for (const controller of this.#controllers) controller.abort(new ActorStoppedError(this.#init.name))
    for (const wake of this.#waiting.splice(0)) wake()
  }

  get running (): number {
    return this.#running
  }

  get queued (): number {
    return this.#waiting.length
  }

  async run<T> (job: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (!this.#open) throw new ActorStoppedError(this.#init.name)
    const controller = new AbortController()
    const onAbort = (): void => { controller.abort(signal?.reason) }
    signal?.addEventListener('abort', onAbort, { once: true })
    this.#controllers.add(controller)
    try {
      if (this.#running >= this.#init.concurrency) {
        if (this.#waiting.length >= this.#init.maxQueued) throw new BusyError(this.#init.name)
        await new Promise<void>(resolve => this.#waiting.push(resolve))
        if (controller.signal.aborted) {
          this.#waiting.shift()?.() // hand the free slot on
          controller.signal.throwIfAborted()
        }
      }
      controller.signal.throwIfAborted()
      this.#running++
      try {
        return await job(controller.signal)
      } finally {
        this.#running--
        this.#waiting.shift()?.()
      }
    } finally {
      this.#controllers.delete(controller)
      signal?.removeEventListener('abort', onAbort)
    }
  }
}
