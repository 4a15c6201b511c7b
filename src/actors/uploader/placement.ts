/**
 * Servers-of-happiness (spec i.2), as pure functions: the permuted ring,
 * the happiness of a share map (size of a maximum server/share matching),
 * share placement that keeps shares already held, and Tahoe's wording for
 * unhappy uploads.
 */
import { createHash } from 'node:crypto'

/** Server id -> the share numbers it holds or will hold. */
export type ShareMap = Map<string, Set<number>>

export interface RingServer {
  id: string
  /** Normally the server's 32-byte Ed25519 public key. */
  permutationSeed: Uint8Array
}

/** Servers in the order of SHA1(storage index || permutation seed), as Tahoe's ring. */
export function permutedServers<T extends RingServer> (storageIndex: Uint8Array, servers: readonly T[]): T[] {
  const keyed = servers.map(server => ({
    server,
    key: createHash('sha1').update(storageIndex).update(server.permutationSeed).digest()
  }))
  keyed.sort((a, b) => Buffer.compare(a.key, b.key))
  return keyed.map(entry => entry.server)
}

/**
 * A maximum matching between servers and share numbers (each server used
 * once, each share once), found with augmenting paths. Returns share -> server.
 */
export function maximumMatching (shareMap: ShareMap, servers?: Iterable<string>, shares?: Set<number>): Map<number, string> {
  const matchOfShare = new Map<number, string>()
  const order = servers === undefined ? [...shareMap.keys()] : [...servers]
  const tryServer = (server: string, seen: Set<number>): boolean => {
    for (const share of shareMap.get(server) ?? []) {
      if ((shares !== undefined && !shares.has(share)) || seen.has(share)) continue
      seen.add(share)
      const holder = matchOfShare.get(share)
      if (holder === undefined || tryServer(holder, seen)) {
        matchOfShare.set(share, server)
        return true
      }
    }
    return false
  }
  for (const server of order) tryServer(server, new Set())
  return matchOfShare
}

/** The number of servers that can each be credited with a distinct share. */
export function happiness (shareMap: ShareMap): number {
  return maximumMatching(shareMap).size
}

export interface PlacementInput {
  /** Every candidate server, in permuted order. */
  servers: readonly string[]
  /** Servers that cannot accept new shares (full, refused, or failed). */
  readOnly: ReadonlySet<string>
  /** Shares the servers already hold. */
  existing: ShareMap
  /** Share numbers to place: 0..n-1. */
  shareCount: number
}

/**
 * Where each share should live: existing shares on read-only servers count
 * first, then existing shares on writable servers, then new shares go to
 * writable servers that hold nothing matched yet; shares still homeless go
 * to the least-loaded writable servers, ring order breaking ties. Returns
 * share -> server for every share that has a place (a share already held
 * where it is matched needs no upload).
 */
export function placeShares (input: PlacementInput): Map<number, string> {
  const { servers, readOnly, existing, shareCount } = input
  const writable = servers.filter(server => !readOnly.has(server))
  const unplaced = new Set(Array.from({ length: shareCount }, (_, i) => i))
  const usedServers = new Set<string>()
  const placement = new Map<number, string>()
  const take = (matching: Map<number, string>): void => {
    for (const [share, server] of matching) {
      placement.set(share, server)
      unplaced.delete(share)
      usedServers.add(server)
    }
  }

  take(maximumMatching(existing, servers.filter(server => readOnly.has(server)), unplaced))
  take(maximumMatching(existing, writable.filter(server => !usedServers.has(server)), unplaced))
  const fresh: ShareMap = new Map(writable.filter(server => !usedServers.has(server)).map(server => [server, unplaced]))
  take(maximumMatching(fresh, fresh.keys(), new Set(unplaced)))

  if (unplaced.size > 0 && writable.length > 0) {
    const load = new Map(writable.map(server => [server, 0]))
    for (const server of placement.values()) if (load.has(server)) load.set(server, (load.get(server) ?? 0) + 1)
    for (const share of unplaced) {
      let best = writable[0] as string
      for (const server of writable) if ((load.get(server) ?? 0) < (load.get(best) ?? 0)) best = server
      placement.set(share, best)
      load.set(best, (load.get(best) ?? 0) + 1)
    }
    unplaced.clear()
  }
  return placement
}

/** Tahoe's wording (happinessutil.failure_message) for an upload that is not happy enough. */
export function unhappinessMessage (serverCount: number, k: number, happy: number, effectiveHappy: number): string {
  if (serverCount < k) {
    return `shares could be placed or found on only ${serverCount} server(s). ` +
      `We were asked to place shares on at least ${happy} server(s) such that any ${k} of them have enough shares to recover the file.`
  }
  if (effectiveHappy < k) {
    return `shares could be placed or found on ${serverCount} server(s), but they are not spread out evenly enough ` +
      `to ensure that any ${k} of these servers would have enough shares to recover the file. ` +
      `We were asked to place shares on at least ${happy} servers such that any ${k} of them have enough shares to recover the file.`
  }
  return `shares could be placed on only ${effectiveHappy} server(s) such that any ${k} of them have enough shares ` +
    `to recover the file, but we were asked to place shares on at least ${happy} such servers.`
}
