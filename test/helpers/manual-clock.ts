/** A clock that moves only when told: timers fire in `advance`, in due order. */
import type { Clock } from '../../src/actors/storage/clock.js'

interface Timer {
  due: number
  callback: () => void
}

export class ManualClock implements Clock {
  private current: number
  private readonly timers = new Set<Timer>()

  constructor (start = Date.UTC(2025, 0, 1)) {
    this.current = start
  }

  now = (): number => this.current

  setTimeout = (callback: () => void, ms: number): unknown => {
    const timer = { due: this.current + Math.max(0, ms), callback }
    this.timers.add(timer)
    return timer
  }

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as Timer)
  }

  /** Timers still waiting. */
  get pending (): number {
    return this.timers.size
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance (ms: number): void {
    const end = this.current + ms
    for (;;) {
      let next: Timer | undefined
      for (const timer of this.timers) if (timer.due <= end && (next === undefined || timer.due < next.due)) next = timer
      if (next === undefined) break
      this.timers.delete(next)
      this.current = Math.max(this.current, next.due)
      next.callback()
    }
    this.current = end
  }
}
