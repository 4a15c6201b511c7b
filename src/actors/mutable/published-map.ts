/**
 * The servermap a publish leaves behind, as a pure function of the map it
 * published against and what it wrote: every written place now holds the
 * new share's first bytes; shares it did not touch (numbers past the new N)
 * are as they were. Only a clean publish over a complete write-mode map
 * gives one, since otherwise some share's contents are not known.
 */
import { mutableVersionKey, parseMutableShareHeader } from '../../encoding/mutable/index.js'
import type { GridServer } from '../grid.js'
import type { PublishResult } from './publish.js'
import { Servermap } from './servermap.js'

function placeKey (serverId: string, shnum: number): string {
  return `${shnum}@${serverId}`
}

/** Whether a map knows every share of the file: written in write mode, every server answered. */
export function isWholeMap (map: Servermap): boolean {
  return map.mode === 'write' && map.complete && map.failures.size === 0
}

/**
 * The map after `result`, published against `old` (undefined for a new
 * file); undefined when a write failed, the publish was partial, or `old`
 * was not whole.
 */
export function mapAfterPublish (
  storageIndex: Uint8Array, old: Servermap | undefined, servers: readonly GridServer[], result: PublishResult
): Servermap | undefined {
  const { prefixes } = result
  if (result.failed > 0 || prefixes === undefined) return undefined
  if (old !== undefined && !isWholeMap(old)) return undefined
  const byId = new Map<string, GridServer>()
  for (const server of servers) byId.set(server.id, server)
  for (const record of [...old?.shares ?? [], ...old?.badShares ?? []]) if (!byId.has(record.server.id)) byId.set(record.server.id, record.server)

  const map = new Servermap(storageIndex, 'write')
  const written = new Set(result.placed.map(place => placeKey(place.serverId, place.shnum)))
  for (const record of old?.shares ?? []) if (!written.has(placeKey(record.server.id, record.shnum))) map.addShare(record)
  for (const bad of old?.badShares ?? []) {
    if (!written.has(placeKey(bad.server.id, bad.shnum))) map.markBad(bad.server, bad.shnum, bad.prefix, bad.reason)
  }
  for (const place of result.placed) {
    const server = byId.get(place.serverId)
    const prefix = prefixes.get(place.shnum)
    if (server === undefined || prefix === undefined) return undefined
    const header = parseMutableShareHeader(prefix)
    map.addShare({ server, shnum: place.shnum, prefix, header, version: header.version, versionKey: mutableVersionKey(header.version) })
    map.responding.add(server.id)
  }
  for (const id of old?.responding ?? []) map.responding.add(id)
  map.serversAsked = Math.max(old?.serversAsked ?? 0, map.responding.size)
  map.complete = true
  return map
}
