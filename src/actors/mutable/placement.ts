/**
 * Where a publish writes each share (spec f.8), as a pure function: every
 * share the servermap found stays where it is and is overwritten there
 * (bad ones too, so they get replaced); each share number no server holds
 * goes to the servers in turn, those holding fewest shares first and the
 * permuted order breaking ties, wrapping round when there are more shares
 * than servers. Servers-of-happiness is not used for mutable files.
 */

/** A share number on a server, by server id. */
export interface SharePlace {
  serverId: string
  shnum: number
}

export interface MutablePlacementInput {
  /** Server ids in permuted order for the storage index. */
  servers: readonly string[]
  /** Servers not to write to: they failed, or refused a write before. */
  bad: ReadonlySet<string>
  /** Shares the servermap found, of any version, good or bad. */
  existing: readonly SharePlace[]
  /** Shares of the new version: 0..n-1. */
  n: number
}

/** Every (server, share) the publish writes; empty when there is no server to write to. */
export function placeMutableShares (input: MutablePlacementInput): SharePlace[] {
  const { servers, bad, existing, n } = input
  const goal: SharePlace[] = []
  const seen = new Set<string>()
  for (const place of existing) {
    const key = `${place.shnum}@${place.serverId}`
    // Share numbers past the new N (a file re-encoded with fewer shares) are left alone.
    if (bad.has(place.serverId) || place.shnum >= n || seen.has(key)) continue
    seen.add(key)
    goal.push({ serverId: place.serverId, shnum: place.shnum })
  }
  const housed = new Set(goal.map(place => place.shnum))
  const homeless = Array.from({ length: n }, (_, shnum) => shnum).filter(shnum => !housed.has(shnum))
  const load = new Map<string, number>()
  for (const place of goal) load.set(place.serverId, (load.get(place.serverId) ?? 0) + 1)
  const order = servers
    .map((serverId, position) => ({ serverId, position, load: load.get(serverId) ?? 0 }))
    .filter(entry => !bad.has(entry.serverId))
    .sort((a, b) => a.load - b.load || a.position - b.position)
  if (order.length === 0) return goal
  homeless.forEach((shnum, i) => {
    goal.push({ serverId: (order[i % order.length] as { serverId: string }).serverId, shnum })
  })
  return goal
}
