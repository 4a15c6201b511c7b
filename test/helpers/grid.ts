/**
 * An in-process grid of real lafs nodes on 127.0.0.1, each with its own
 * node directory in a temporary folder: start N of them (the first is the
 * others' bootstrap peer), wait until every table lists every storage
 * server, restart one, stop them all.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultConfig, type NodeConfig } from '../../src/node/config.js'
import { createNodeDir } from '../../src/node/node-dir.js'
import { startNode, type LafsNode, type StartNodeOptions } from '../../src/node/index.js'
import { gateway } from '../../src/gateway/index.js'
import type { ServerInfo } from '../../src/actors/broker/index.js'

export interface GridOptions {
  /** Storage nodes. */
  nodes: number
  /** Client-only nodes (no storage), started after the storage nodes. @default 0 */
  clients?: number
  /** Serve the web API (on a free port). @default true */
  web?: boolean
  /** Passed to every startNode. */
  nodeOptions?: Omit<StartNodeOptions, 'web'>
}

export interface GridMember {
  name: string
  dir: string
  storage: boolean
  node: LafsNode
}

export interface Grid {
  root: string
  members: GridMember[]
  /** Peer ids of the storage nodes. */
  storagePeerIds: () => string[]
  /** Resolves once `test` holds for every member's table; re-checked on each broker event. */
  waitForTables: (test: (servers: ServerInfo[], member: GridMember) => boolean, timeoutMs?: number) => Promise<void>
  /** Resolves once every table lists every storage node as connected (or itself). */
  waitUntilFull: (timeoutMs?: number) => Promise<void>
  /** Stops member `index` and starts it again from its node directory. */
  restart: (index: number) => Promise<GridMember>
  stop: () => Promise<void>
}

const DEFAULT_WAIT = 20_000

function gridConfig (name: string, storage: boolean, bootstrap: string[]): NodeConfig {
  const config = defaultConfig()
  config.node.nickname = name
  config.network.listen = ['/ip4/127.0.0.1/tcp/0']
  config.network.bootstrap = bootstrap
  config.network.mdns = false
  config.web.port = 0
  config.storage.enabled = storage
  return config
}

export function isLive (server: ServerInfo): boolean {
  return server.connection.status === 'self' || server.connection.status === 'connected'
}

export async function startGrid (options: GridOptions): Promise<Grid> {
  const root = await mkdtemp(join(tmpdir(), 'lafs-grid-'))
  const members: GridMember[] = []
  const startOptions = (): StartNodeOptions => ({
    ...options.nodeOptions,
    ...(options.web === false ? {} : { web: gateway })
  })

  const launch = async (name: string, storage: boolean, bootstrap: string[]): Promise<GridMember> => {
    const dir = join(root, name)
    await createNodeDir(dir, gridConfig(name, storage, bootstrap))
    return { name, dir, storage, node: await startNode(dir, startOptions()) }
  }

  const stop = async (): Promise<void> => {
    const results = await Promise.allSettled(members.map(async member => member.node.stop()))
    await rm(root, { recursive: true, force: true })
    const failed = results.find(result => result.status === 'rejected')
    if (failed !== undefined) throw failed.reason
  }

  try {
    const first = await launch('node-0', true, [])
    members.push(first)
    const bootstrap = first.node.addresses()
    const rest = await Promise.all([
      ...Array.from({ length: options.nodes - 1 }, async (_, i) => launch(`node-${i + 1}`, true, bootstrap)),
      ...Array.from({ length: options.clients ?? 0 }, async (_, i) => launch(`client-${i}`, false, bootstrap))
    ])
    members.push(...rest)
  } catch (err: unknown) {
    await stop()
    throw err
  }

  const storagePeerIds = (): string[] => members.filter(m => m.storage).map(m => m.node.peerId.toString())

  const waitForTables = async (test: (servers: ServerInfo[], member: GridMember) => boolean, timeoutMs = DEFAULT_WAIT): Promise<void> => {
    const done = (): boolean => members.every(member => test(member.node.broker.servers(), member))
    if (done()) return
    await new Promise<void>((resolve, reject) => {
      const listeners = members.map(member => ({ member, broker: member.node.broker }))
      const cleanup = (): void => {
        clearTimeout(timer)
        for (const { broker } of listeners) {
          for (const type of ['server:added', 'server:updated', 'server:removed', 'server:connection'] as const) broker.events.off(type, check)
        }
      }
      const check = (): void => {
        if (!done()) return
        cleanup()
        resolve()
      }
      const timer = setTimeout(() => {
        cleanup()
        const summary = members.map(m => `${m.name}: ${m.node.broker.servers().filter(isLive).length} live`).join(', ')
        reject(new Error(`grid tables not as expected after ${timeoutMs} ms (${summary})`))
      }, timeoutMs)
      for (const { broker } of listeners) {
        for (const type of ['server:added', 'server:updated', 'server:removed', 'server:connection'] as const) broker.events.on(type, check)
      }
    })
  }

  const waitUntilFull = async (timeoutMs?: number): Promise<void> => {
    const expected = storagePeerIds()
    await waitForTables(servers => expected.every(id => servers.some(s => s.peerId.toString() === id && isLive(s))), timeoutMs)
  }

  const restart = async (index: number): Promise<GridMember> => {
    const member = members[index]
    if (member === undefined) throw new Error(`no grid member ${index}`)
    await member.node.stop()
    member.node = await startNode(member.dir, startOptions())
    return member
  }

  return { root, members, storagePeerIds, waitForTables, waitUntilFull, restart, stop }
}
