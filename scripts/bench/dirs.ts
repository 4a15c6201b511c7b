/**
 * `npm run bench:dirs`: a testnet of 10 storage nodes plus one client-only
 * gateway; through the gateway's web API and the `lafs` CLI: create an
 * empty directory, add 100 entries one request at a time, list it (median
 * of 10 listings), create
 * a directory of 100 children in one request (mkdir-with-children), and
 * `lafs cp -r` of 1,000 local files of 4 KiB. Prints seconds for each.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startTestnet, stopTestnet, type TestnetNode } from '../lib/testnet.js'
import { requestText } from '../../src/cli/grid-client.js'

const LAFS = fileURLToPath(new URL('../../../bin/lafs.js', import.meta.url))
const ENTRIES = 100
const CP_FILES = 1000
const CP_FILES_PER_DIR = 100
const FILE_SIZE = 4096
const LIST_RUNS = 10
/**
 * Untimed adds to a scratch directory first. Fresh node processes run their
 * first few hundred calls through V8's baseline tiers and spend about a
 * quarter of their CPU compiling (measured with perf); a node that has run
 * for a while does not. The warm-up's own figure is printed too.
 */
const WARMUP_ENTRIES = 100

async function lafs (...args: string[]): Promise<string> {
  return await new Promise((resolve, reject) => {
    execFile(process.execPath, [LAFS, ...args], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err !== null) reject(new Error(`lafs ${args[0] ?? ''} failed: ${stderr}`))
      else resolve(stdout)
    })
  })
}

async function timed (fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return (performance.now() - start) / 1000
}

async function main (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lafs-bench-dirs-'))
  console.log('starting a testnet of 10 storage nodes and 1 client-only gateway ...')
  const { nodes } = await startTestnet({ nodes: 10, dir: join(dir, 'net'), client: true })
  try {
    const gateway = nodes.find(node => !node.storage) as TestnetNode
    const base = new URL(gateway.webUrl)
    const fileCap = await requestText(base, 'PUT', 'uri', randomBytes(FILE_SIZE))

    const scratch = `uri/${encodeURIComponent(await requestText(base, 'POST', 'uri?t=mkdir'))}`
    const warmupSeconds = await timed(async () => {
      for (let i = 0; i < WARMUP_ENTRIES; i++) await requestText(base, 'PUT', `${scratch}/warm-${i}?t=uri`, fileCap)
    })

    let dircap = ''
    const mkdirSeconds = await timed(async () => { dircap = await requestText(base, 'POST', 'uri?t=mkdir') })
    const dirPath = `uri/${encodeURIComponent(dircap)}`
    const addTimes: number[] = []
    const addSeconds = await timed(async () => {
      for (let i = 0; i < ENTRIES; i++) addTimes.push(await timed(async () => await requestText(base, 'PUT', `${dirPath}/entry-${i}?t=uri`, fileCap)))
    })
    addTimes.sort((a, b) => a - b)
    const addQuantile = (q: number): number => addTimes[Math.min(ENTRIES - 1, Math.floor(ENTRIES * q))] ?? NaN
    const listTimes: number[] = []
    for (let run = 0; run < LIST_RUNS; run++) {
      listTimes.push(await timed(async () => {
        const listing = JSON.parse(await requestText(base, 'GET', `${dirPath}?t=json`)) as [string, { children: Record<string, unknown> }]
        const count = Object.keys(listing[1].children).length
        if (count !== ENTRIES) throw new Error(`the listing has ${count} entries, expected ${ENTRIES}`)
      }))
    }
    const listSeconds = [...listTimes].sort((a, b) => a - b)[Math.floor(LIST_RUNS / 2)] ?? NaN
    const children = Object.fromEntries(Array.from({ length: ENTRIES }, (_, i) => [`child-${i}`, ['filenode', { ro_uri: fileCap }]]))
    const withChildrenSeconds = await timed(async () => { await requestText(base, 'POST', 'uri?t=mkdir-with-children', JSON.stringify(children)) })

    const tree = join(dir, 'tree')
    for (let i = 0; i < CP_FILES; i++) {
      const sub = join(tree, `d${Math.floor(i / CP_FILES_PER_DIR)}`)
      await mkdir(sub, { recursive: true })
      await writeFile(join(sub, `f${i}`), randomBytes(FILE_SIZE))
    }
    await lafs('create-alias', '-d', gateway.dir, 'bench')
    let report = ''
    const cpSeconds = await timed(async () => { report = await lafs('cp', '-d', gateway.dir, '-r', tree, 'bench:tree') })

    const row = (name: string, seconds: number, note = ''): void => { console.log(`${name.padEnd(52)} ${seconds.toFixed(2).padStart(8)} s   ${note}`) }
    const ms = (seconds: number): string => `${(seconds * 1000).toFixed(1)} ms`
    console.log('')
    row('create an empty directory', mkdirSeconds, '(Tahoe-LAFS 1.20: 0.34 s)')
    row(`add ${ENTRIES} entries one at a time`, addSeconds, `${ms(addSeconds / ENTRIES)} per entry (target < 20 ms; Tahoe-LAFS 1.20: 360 ms)`)
    console.log(`${''.padEnd(65)}median ${ms(addQuantile(0.5))}, p90 ${ms(addQuantile(0.9))}; first ${WARMUP_ENTRIES} adds on fresh processes (untimed warm-up): ${ms(warmupSeconds / WARMUP_ENTRIES)} per entry`)
    row(`list the directory of ${ENTRIES} entries (median of ${LIST_RUNS})`, listSeconds, `${ms(listSeconds)} (target < 20 ms; Tahoe-LAFS 1.20: 50 ms)`)
    row(`mkdir-with-children of ${ENTRIES} children`, withChildrenSeconds)
    row(`cp -r of ${CP_FILES} files of 4 KiB`, cpSeconds)
    console.log(`\ncp: ${report.trim()}`)
  } finally {
    await stopTestnet(join(dir, 'net'))
    await rm(dir, { recursive: true, force: true })
  }
}

await main()
