/**
 * The logger the storage actor is given (namespaced by its owner, e.g.
 * `lafs:storage`). Storage indexes may be logged; secrets never are.
 */

export interface StorageLogger {
  (message: string, ...args: unknown[]): void
  error: (message: string, ...args: unknown[]) => void
  trace?: (message: string, ...args: unknown[]) => void
}

function noop (): void {}

/** Discards everything; the default when no logger is injected. */
export const silentLogger: StorageLogger = Object.assign(noop, { error: noop, trace: noop })
