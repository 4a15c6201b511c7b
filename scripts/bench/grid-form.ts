/**
 * Grid formation benchmark: a 10-process testnet on 127.0.0.1.
 *
 * Prints
 *  - seconds from the last node's start until every table lists all 10
 *    (measured from the last spawn, and from the moment the last node's web
 *    API first answered, i.e. with process start-up taken out);
 *  - seconds for a restarted node to be back in every table (connected,
 *    with a newer announcement), again from its spawn and from its web API;
 *  - idle CPU per node over 30 s (utime + stime from /proc/PID/stat);
 *  - RSS per idle node (/proc/PID/status).
 * Targets: 3 s, 2 s, under 0.5% of a core. Reference (Tahoe-LAFS 1.20, not
 * run here): 18 s to see a restarted grid again, 3-5% of a core per idle node.
 *
 * Usage: npm run bench:grid-form [-- --nodes 10 --idle 30 --settle 15]
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  fetchWelcome, isNodeProcess, spawnNode, startTestnet, stopProcesses, stopTestnet, tableHas, waitForTables, type TestnetNode
} from '../lib/testnet.js'

const CLOCK_TICKS_PER_SECOND = 100
/** Wait before the idle window: a just-restarted node spends its first seconds on V8 compilation and garbage collection. */
const DEFAULT_SETTLE_SECONDS = 15
const TIMEOUT_MS = 120_000

const sleep = async (ms: number): Promise<void> => new Promise(resolve => { setTimeout(resolve, ms) })

async function cpuTicks (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12])
}

async function rssBytes (pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status)
  return match === null ? NaN : Number(match[1]) * 1024
}

/** Polls each node's web API until it answers; resolves with when each first did. */
async function firstAnswers (nodes: TestnetNode[], until: Promise<unknown>): Promise<Map<string, number>> {
  const seen = new Map<string, number>()
  let done = false
  void until.finally(() => { done = true })
  while (!done && seen.size < nodes.length) {
    await Promise.all(nodes.filter(n => !seen.has(n.name)).map(async node => {
      try {
        await fetchWelcome(node.webUrl, AbortSignal.timeout(1000))
        seen.set(node.name, performance.now())
      } catch {
        // not up yet
      }
    }))
    await sleep(50)
  }
  return seen
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length
const fmt = (seconds: number): string => seconds.toFixed(2)

async function main (): Promise<void> {
  const { values } = parseArgs({ options: { nodes: { type: 'string' }, idle: { type: 'string' }, settle: { type: 'string' } } })
  const count = Number(values.nodes ?? 10)
  const idleSeconds = Number(values.idle ?? 30)
  const settleSeconds = Number(values.settle ?? DEFAULT_SETTLE_SECONDS)
  const root = await mkdtemp(join(tmpdir(), 'lafs-bench-grid-'))
  const dir = join(root, 'testnet')
  let started = false
  try {
    console.log(`grid formation: ${count} node processes on 127.0.0.1`)
    const start = startTestnet({ nodes: count, dir, timeoutMs: TIMEOUT_MS })
    // Watch when each web API first answers (the node is up) while the testnet forms.
    const answers = (async () => {
      for (;;) {
        try {
          const file = JSON.parse(await readFile(join(dir, 'testnet.json'), 'utf8')) as { nodes: TestnetNode[] }
          return await firstAnswers(file.nodes, start)
        } catch {
          await sleep(20)
        }
      }
    })()
    const formed = await start
    started = true
    const up = await answers
    const lastUp = Math.max(...up.values())
    console.log(`  formed: ${fmt((formed.formedAt - formed.lastSpawnAt) / 1000)} s after the last spawn, ` +
      `${up.size === count ? fmt((formed.formedAt - lastUp) / 1000) : '?'} s after the last node was up (target 3 s)`)

    // Restart one node and wait until every other table has it back, connected, with a newer announcement.
    await sleep(2000)
    const victim = formed.nodes[Math.floor(count / 2)]
    if (victim === undefined) throw new Error('no node to restart')
    const others = formed.nodes.filter(n => n !== victim)
    const before = (await fetchWelcome(others[0]?.webUrl ?? '')).servers.find(s => s.nodeid === victim.peerId)?.seqnum ?? 0
    await stopProcesses([victim])
    const spawnedAt = performance.now()
    victim.pid = spawnNode(victim.dir)
    const back = waitForTables(others, welcome => tableHas(welcome, [victim.peerId], s => s.connected && s.seqnum > before), TIMEOUT_MS)
    const victimUp = await firstAnswers([victim], back)
    await back
    const backAt = performance.now()
    const upAt = victimUp.get(victim.name)
    console.log(`  restart: back in every table ${fmt((backAt - spawnedAt) / 1000)} s after its spawn, ` +
      `${upAt === undefined ? '?' : fmt((backAt - upAt) / 1000)} s after it was up (target 2 s; Tahoe-LAFS 1.20: 18 s)`)
    // Keep testnet.json right for the final stop.
    const file = JSON.parse(await readFile(join(dir, 'testnet.json'), 'utf8')) as { nodes: TestnetNode[] }
    for (const node of file.nodes) if (node.name === victim.name) node.pid = victim.pid
    await writeFile(join(dir, 'testnet.json'), JSON.stringify(file, null, 2))

    // Idle: let the restart settle, then measure CPU over the window and RSS at its end.
    await sleep(settleSeconds * 1000)
    const nodes = file.nodes
    const ticksBefore = await Promise.all(nodes.map(async n => cpuTicks(n.pid)))
    const windowStart = performance.now()
    await sleep(idleSeconds * 1000)
    const ticksAfter = await Promise.all(nodes.map(async n => cpuTicks(n.pid)))
    const window = (performance.now() - windowStart) / 1000
    const cpu = nodes.map((_, i) => ((ticksAfter[i] ?? 0) - (ticksBefore[i] ?? 0)) / CLOCK_TICKS_PER_SECOND / window * 100)
    const rss = await Promise.all(nodes.map(async n => rssBytes(n.pid)))
    console.log(`  idle CPU over ${idleSeconds} s: mean ${mean(cpu).toFixed(2)}%, max ${Math.max(...cpu).toFixed(2)}% of a core per node (target < 0.5%; Tahoe-LAFS 1.20: 3-5%)`)
    console.log(`    per node: ${nodes.map((n, i) => `${n.name}${n.name === victim.name ? ' (restarted)' : ''} ${(cpu[i] ?? 0).toFixed(2)}%`).join(', ')}`)
    console.log(`  idle RSS: mean ${(mean(rss) / 2 ** 20).toFixed(0)} MiB, max ${(Math.max(...rss) / 2 ** 20).toFixed(0)} MiB per node`)
    const alive = await Promise.all(nodes.map(async n => isNodeProcess(n.pid, n.dir)))
    if (!alive.every(Boolean)) console.log('  warning: a node exited during the benchmark')
  } finally {
    if (started) await stopTestnet(dir)
    await rm(root, { recursive: true, force: true })
  }
}

await main()
