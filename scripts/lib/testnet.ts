/**
 * A testnet of real node processes on 127.0.0.1: create N node directories
 * (free ports, each bootstrapping from the first nodes, mDNS off), start
 * each as a detached `lafs run` with its output in NODEDIR/logs/, wait until
 * every table lists every storage server, and record the processes in
 * DIR/testnet.json so that `stop` can end exactly those processes.
 */
import { spawn } from 'node:child_process'
import { openSync, closeSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CONFIG_FILE, defaultConfig, renderConfig } from '../../src/node/config.js'
import { createNodeDir } from '../../src/node/node-dir.js'
import type { WelcomeJson } from '../../src/gateway/index.js'

export const TESTNET_FILE = 'testnet.json'
export const HOST = '127.0.0.1'
/** How many of the first nodes every node bootstraps from. */
export const BOOTSTRAP_NODES = 2
export const DEFAULT_START_TIMEOUT = 60_000
export const DEFAULT_STOP_TIMEOUT = 10_000
const POLL_INTERVAL = 100
/**
 * Node flags every node process gets. A young generation of 4 MiB per
 * semi-space instead of V8's 16: a node's own objects are few, and the
 * larger one only holds transfer buffers longer; measured on a 10-node
 * testnet, the gateway's peak RSS during 100 MiB transfers went from
 * 192-206 MiB to 169-174 MiB with the same CPU time.
 */
export const NODE_FLAGS = ['--max-semi-space-size=4']
/** Extra node flags for every spawned node (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`), split on spaces; for profiling. */
export const NODE_ARGS_ENV = 'LAFS_TESTNET_NODE_ARGS'
/** The same, for the client-only node alone (its directory is named `client`). */
export const CLIENT_ARGS_ENV = 'LAFS_TESTNET_CLIENT_ARGS'

/** bin/lafs.js, from dist/scripts/lib/testnet.js. */
const LAFS_BIN = fileURLToPath(new URL('../../../bin/lafs.js', import.meta.url))

export interface TestnetNode {
  name: string
  pid: number
  dir: string
  webUrl: string
  peerId: string
  storage: boolean
}

export interface TestnetFile {
  nodes: TestnetNode[]
}

export interface StartOptions {
  nodes: number
  dir: string
  /** Add one client-only node. */
  client?: boolean
  /** The client's web API port (default: a free one). */
  clientWebPort?: number
  timeoutMs?: number
}

export interface StartResult extends TestnetFile {
  /** performance.now() just after the last node process was spawned. */
  lastSpawnAt: number
  /** performance.now() when every table was first seen full. */
  formedAt: number
}

async function freePorts (count: number): Promise<number[]> {
  // Hold every socket open until all are bound, so that the ports differ.
  const servers = await Promise.all(Array.from({ length: count }, async () => {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, HOST, resolve)
    })
    return server
  }))
  const ports = servers.map(server => (server.address() as AddressInfo).port)
  await Promise.all(servers.map(async server => new Promise<void>(resolve => { server.close(() => { resolve() }) })))
  return ports
}

async function isEmptyOrMissing (dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch (err: unknown) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return true
    throw err
  }
}

/** Starts `lafs run NODEDIR` detached, its output appended to NODEDIR/logs/node.log. Returns the pid. */
export function spawnNode (nodeDir: string): number {
  const log = openSync(join(nodeDir, 'logs', 'node.log'), 'a')
  try {
    const extra = `${process.env[NODE_ARGS_ENV] ?? ''} ${basename(nodeDir) === 'client' ? process.env[CLIENT_ARGS_ENV] ?? '' : ''}`
    const nodeArgs = extra.split(' ').filter(arg => arg !== '')
    const child = spawn(process.execPath, [...NODE_FLAGS, ...nodeArgs, LAFS_BIN, 'run', nodeDir], {
      detached: true,
      stdio: ['ignore', log, log]
    })
    child.unref()
    if (child.pid === undefined) throw new Error(`could not start a node process for ${nodeDir}`)
    return child.pid
  } finally {
    closeSync(log)
  }
}

/** Whether `pid` is alive and (where /proc tells) is the node process for `nodeDir`. */
export async function isNodeProcess (pid: number, nodeDir: string): Promise<boolean> {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8')
    const args = cmdline.split('\0')
    return args.includes('run') && args.includes(nodeDir)
  } catch {
    return true
  }
}

export async function fetchWelcome (webUrl: string, signal?: AbortSignal): Promise<WelcomeJson> {
  const response = await fetch(`${webUrl}?t=json`, signal === undefined ? {} : { signal })
  if (!response.ok) throw new Error(`${webUrl}?t=json answered ${response.status}`)
  return await response.json() as WelcomeJson
}

const sleep = async (ms: number): Promise<void> => new Promise(resolve => { setTimeout(resolve, ms) })

/** True when `welcome` lists each of `peerIds` as connected (or as itself). */
export function tableHas (welcome: WelcomeJson, peerIds: string[], test: (server: WelcomeJson['servers'][number]) => boolean = s => s.connected): boolean {
  return peerIds.every(id => welcome.servers.some(server => server.nodeid === id && test(server)))
}

/**
 * Polls every node's GET /?t=json until `ready` holds for all of them.
 * Fails early when a node's process has died.
 */
export async function waitForTables (
  nodes: TestnetNode[],
  ready: (welcome: WelcomeJson, node: TestnetNode) => boolean,
  timeoutMs: number
): Promise<void> {
  const deadline = performance.now() + timeoutMs
  const pending = new Set(nodes)
  while (pending.size > 0) {
    for (const node of [...pending]) {
      try {
        if (ready(await fetchWelcome(node.webUrl, AbortSignal.timeout(2000)), node)) pending.delete(node)
      } catch {
        if (!await isNodeProcess(node.pid, node.dir)) {
          throw new Error(`${node.name} (pid ${node.pid}) exited; see ${join(node.dir, 'logs', 'node.log')}`)
        }
      }
    }
    if (pending.size === 0) break
    if (performance.now() > deadline) {
      throw new Error(`tables not full after ${timeoutMs} ms: ${[...pending].map(n => n.name).join(', ')} still waiting`)
    }
    await sleep(POLL_INTERVAL)
  }
}

export async function readTestnet (dir: string): Promise<TestnetFile> {
  return JSON.parse(await readFile(join(dir, TESTNET_FILE), 'utf8')) as TestnetFile
}

/** Creates and starts the testnet; resolves once every table lists every storage node. */
export async function startTestnet (options: StartOptions): Promise<StartResult> {
  const dir = resolve(options.dir)
  if (!Number.isInteger(options.nodes) || options.nodes < 1) throw new Error('--nodes must be at least 1')
  if (!await isEmptyOrMissing(dir)) throw new Error(`${dir} exists and is not empty (stop the testnet there and remove it first)`)

  const count = options.nodes + (options.client === true ? 1 : 0)
  const ports = await freePorts(2 * count)
  const plans = Array.from({ length: count }, (_, i) => ({
    name: i < options.nodes ? `node-${i}` : 'client',
    storage: i < options.nodes,
    dir: join(dir, i < options.nodes ? `node-${i}` : 'client'),
    p2pPort: ports[2 * i] ?? 0,
    webPort: i >= options.nodes && options.clientWebPort !== undefined ? options.clientWebPort : ports[2 * i + 1] ?? 0,
    peerId: ''
  }))

  // Create every directory first, then add the bootstrap lists: they need the first nodes' peer ids.
  const configs = []
  for (const plan of plans) {
    const config = defaultConfig()
    config.node.nickname = plan.name
    config.network.listen = [`/ip4/${HOST}/tcp/${plan.p2pPort}`]
    config.network.mdns = false
    config.web.port = plan.webPort
    config.storage.enabled = plan.storage
    plan.peerId = (await createNodeDir(plan.dir, config)).peerId
    configs.push(config)
  }
  const bootstrap = plans.slice(0, BOOTSTRAP_NODES + 1).map(plan => `/ip4/${HOST}/tcp/${plan.p2pPort}/p2p/${plan.peerId}`)
  for (const [index, plan] of plans.entries()) {
    const config = configs[index] ?? defaultConfig()
    config.network.bootstrap = bootstrap.filter((_, i) => i !== index).slice(0, BOOTSTRAP_NODES)
    await writeFile(join(plan.dir, CONFIG_FILE), renderConfig(config))
  }

  const nodes: TestnetNode[] = plans.map(plan => ({
    name: plan.name,
    pid: spawnNode(plan.dir),
    dir: plan.dir,
    webUrl: `http://${HOST}:${plan.webPort}/`,
    peerId: plan.peerId,
    storage: plan.storage
  }))
  const lastSpawnAt = performance.now()
  const file: TestnetFile = { nodes }
  await writeFile(join(dir, TESTNET_FILE), JSON.stringify(file, null, 2) + '\n')

  const storagePeers = nodes.filter(node => node.storage).map(node => node.peerId)
  try {
    await waitForTables(nodes, welcome => tableHas(welcome, storagePeers), options.timeoutMs ?? DEFAULT_START_TIMEOUT)
  } catch (err: unknown) {
    await stopTestnet(dir)
    throw err
  }
  return { ...file, lastSpawnAt, formedAt: performance.now() }
}

/**
 * Starts again every node of a testnet whose processes have stopped (after
 * a reboot, or `stop`), from their node directories, and waits until every
 * table is full. Nodes still running are left as they are.
 */
export async function resumeTestnet (dir: string, timeoutMs = DEFAULT_START_TIMEOUT): Promise<TestnetFile> {
  const file = await readTestnet(resolve(dir))
  for (const node of file.nodes) {
    if (!await isNodeProcess(node.pid, node.dir)) node.pid = spawnNode(node.dir)
  }
  await writeFile(join(resolve(dir), TESTNET_FILE), JSON.stringify(file, null, 2) + '\n')
  const storagePeers = file.nodes.filter(node => node.storage).map(node => node.peerId)
  await waitForTables(file.nodes, welcome => tableHas(welcome, storagePeers), timeoutMs)
  return file
}

/** Sends SIGTERM to each node process, then SIGKILL to any still alive after the timeout. */
export async function stopProcesses (nodes: TestnetNode[], timeoutMs = DEFAULT_STOP_TIMEOUT): Promise<{ stopped: number, killed: number }> {
  const alive = []
  for (const node of nodes) if (await isNodeProcess(node.pid, node.dir)) alive.push(node)
  for (const node of alive) process.kill(node.pid, 'SIGTERM')
  const deadline = performance.now() + timeoutMs
  let remaining = alive
  while (remaining.length > 0 && performance.now() < deadline) {
    await sleep(POLL_INTERVAL)
    const still = []
    for (const node of remaining) if (await isNodeProcess(node.pid, node.dir)) still.push(node)
    remaining = still
  }
  for (const node of remaining) process.kill(node.pid, 'SIGKILL')
  return { stopped: alive.length - remaining.length, killed: remaining.length }
}

export async function stopTestnet (dir: string, timeoutMs = DEFAULT_STOP_TIMEOUT): Promise<{ stopped: number, killed: number }> {
  const { nodes } = await readTestnet(resolve(dir))
  return stopProcesses(nodes, timeoutMs)
}
