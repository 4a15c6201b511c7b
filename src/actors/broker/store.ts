/**
 * Where the broker keeps its table between runs, so that a restarted node
 * knows whom to dial at once. The node supplies a file-backed store; the
 * broker only sees this interface.
 */

export interface SavedServer {
  /** The signed announcement, verified again when loaded. */
  envelope: Uint8Array
  /** When it was last heard from (ms since the epoch). */
  lastHeard: number
}

export interface ServerStore {
  load: () => Promise<SavedServer[]>
  save: (servers: SavedServer[]) => Promise<void>
}

/** A store that keeps nothing across runs. */
export function memoryServerStore (initial: SavedServer[] = []): ServerStore {
  let saved = [...initial]
  return {
    load: () => Promise.resolve([...saved]),
    save: (servers) => {
      saved = [...servers]
      return Promise.resolve()
    }
  }
}
