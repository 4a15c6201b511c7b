/**
 * The announcer's sequence number and the broker's server table, kept in
 * files of the node directory (`announcement-seqnum`, `servers.json`).
 */
import { readFile } from 'node:fs/promises'
import type { SeqnumStore } from '../actors/announcer/index.js'
import type { SavedServer, ServerStore } from '../actors/broker/index.js'
import { FormatError } from '../errors.js'
import { writeFileAtomic } from './files.js'

const SERVERS_FILE_VERSION = 1

async function readIfExists (path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (err: unknown) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return undefined
    throw err
  }
}

export function fileSeqnumStore (path: string): SeqnumStore {
  return {
    load: async () => {
      const text = await readIfExists(path)
      if (text === undefined) return 0
      const value = Number(text.trim())
      if (!Number.isSafeInteger(value) || value < 0) throw new FormatError(`${path} does not hold a sequence number`)
      return value
    },
    // No fsync: it can take a second on a busy disk, and it sits in front of every
    // publish. Sequence numbers are never below the clock (nextSeqnum), so a
    // number lost in a crash is not reused.
    save: async (seqnum) => { await writeFileAtomic(path, `${seqnum}\n`, { durable: false }) }
  }
}

interface ServersFile {
  version: number
  servers: Array<{ announcement: string, last_heard: number }>
}

function isServersFile (value: unknown): value is ServersFile {
  if (typeof value !== 'object' || value === null) return false
  const file = value as Partial<ServersFile>
  return file.version === SERVERS_FILE_VERSION && Array.isArray(file.servers) && file.servers.every(server =>
    typeof server === 'object' && server !== null &&
    typeof server.announcement === 'string' && Number.isSafeInteger(server.last_heard))
}

/** `servers.json`: each server's signed announcement (base64) and when it was last heard from. */
export function fileServerStore (path: string): ServerStore {
  return {
    load: async (): Promise<SavedServer[]> => {
      const text = await readIfExists(path)
      if (text === undefined) return []
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch (err: unknown) {
        throw new FormatError(`${path} is not JSON`, { cause: err })
      }
      if (!isServersFile(parsed)) throw new FormatError(`${path} is not a version ${SERVERS_FILE_VERSION} server list`)
      return parsed.servers.map(server => ({
        envelope: Buffer.from(server.announcement, 'base64'),
        lastHeard: server.last_heard
      }))
    },
    save: async (servers) => {
      const file: ServersFile = {
        version: SERVERS_FILE_VERSION,
        servers: servers.map(server => ({
          announcement: Buffer.from(server.envelope).toString('base64'),
          last_heard: server.lastHeard
        }))
      }
      // No fsync: losing the latest table in a crash only costs the dial hints it held.
      await writeFileAtomic(path, JSON.stringify(file, null, 1) + '\n', { durable: false })
    }
  }
}
