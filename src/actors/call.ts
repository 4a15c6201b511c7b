/**
 * Bounded waits for calls to storage servers: every call gets a signal that
 * fires on the caller's abort or after `timeoutMs`, and the wait ends then
 * even if the implementation ignores the signal.
 */
import { setMaxListeners } from 'node:events'
import { LafsError } from '../errors.js'

export class CallTimeoutError extends LafsError {
  constructor (what: string, timeoutMs: number) {
    super('ERR_CALL_TIMEOUT', `${what} did not answer within ${timeoutMs} ms`)
  }
}

export async function callWithTimeout<T> (
  what: string,
  timeoutMs: number,
  parent: AbortSignal | undefined,
  call: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  parent?.throwIfAborted()
  // A transfer makes many calls at once under one signal, each listening on it.
  if (parent !== undefined) setMaxListeners(0, parent)
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const stop = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new CallTimeoutError(what, timeoutMs)
      controller.abort(error)
      reject(error)
    }, timeoutMs)
    onAbort = () => {
      controller.abort(parent?.reason)
      reject(parent?.reason instanceof Error ? parent.reason : new LafsError('ERR_ABORTED', `${what} was aborted`))
    }
    parent?.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([call(controller.signal), stop])
  } finally {
    clearTimeout(timer)
    if (onAbort !== undefined) parent?.removeEventListener('abort', onAbort)
  }
}
