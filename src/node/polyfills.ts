/**
 * Language features that libp2p 3 uses and Node 20 lacks. The node's entry
 * point imports this module before anything that loads libp2p: without
 * `Promise.withResolvers` every inbound connection fails, and the dialling
 * side sees nothing but ECONNRESET.
 */

interface Resolvers<T> {
  promise: Promise<T>
  resolve: (value: T | PromiseLike<T>) => void
  reject: (reason?: unknown) => void
}

function withResolvers<T> (): Resolvers<T> {
  let resolve!: (value: T | PromiseLike<T>) => void
  let reject!: (reason?: unknown) => void
  const promise = new Promise<T>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise
    reject = rejectPromise
  })
  return { promise, resolve, reject }
}

const promiseConstructor = Promise as { withResolvers?: unknown }
if (typeof promiseConstructor.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', { value: withResolvers, writable: true, configurable: true })
}

export {}
