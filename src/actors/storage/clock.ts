/**
 * The time source of the storage actor, injected so that tests can drive the
 * idle-upload timeout and lease expiry without waiting.
 */

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now: () => number
  /** Runs `callback` once after `ms` milliseconds; returns a handle for clearTimeout. */
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

/** The real clock. Its timers do not keep the process alive on their own. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const timer = setTimeout(callback, ms)
    timer.unref()
    return timer
  },
  clearTimeout: (handle) => { clearTimeout(handle as ReturnType<typeof setTimeout>) }
}
