/**
 * The logger every actor is given, already namespaced by its owner
 * (`lafs:storage`, `lafs:upload`); libp2p's component loggers fit it.
 * Storage indexes and peer ids may be logged; caps, keys and secrets never.
 */

export interface ActorLogger {
  (message: string, ...args: unknown[]): void
  error: (message: string, ...args: unknown[]) => void
  trace?: (message: string, ...args: unknown[]) => void
}

function noop (): void {}

/** Discards everything; the default when no logger is injected. */
export const silentLogger: ActorLogger = Object.assign(noop, { error: noop, trace: noop })
