/**
 * `npm run bench:transfer`: a testnet of 10 storage nodes plus one
 * client-only gateway (the shape of the Tahoe-LAFS grid it is compared
 * with); through the gateway's web API, after one untimed 16 MiB round
 * trip: 100 MiB up and down (median of 3,
 * fresh random data each time, downloads compared byte for byte), 100
 * uploads of 4 KiB one after another, the peak RSS of the gateway and of
 * one storage node during the 100 MiB runs, and the whole `lafs put`
 * command (process start included) for fresh 10 MiB files.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startTestnet, stopTestnet, type TestnetNode } from '../lib/testnet.js'
import { expectOk, nodeRequest, readText } from '../../src/cli/node-client.js'

const MIB = 1024 * 1024
const BIG = 100 * MIB
const RUNS = 3
const SMALL_FILES = 100
const SMALL = 4096
const PUT_RUNS = 5
const WARMUP_SIZE = 16 * MIB
const PUT_SIZE = 10 * MIB
const LAFS = fileURLToPath(new URL('../../../bin/lafs.js', import.meta.url))

async function lafsPut (base: URL, path: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, [LAFS, 'put', '-u', base.href, path], (err, stdout) => {
      if (err !== null) reject(new Error(`lafs put failed: ${err.message}`))
      else if (!stdout.startsWith('URI:CHK:')) reject(new Error(`lafs put printed ${stdout}`))
      else resolve()
    })
  })
}

async function rssOf (pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) * 1024
}

/** Samples the RSS of some processes while running; `peak` has the largest seen. */
class RssSampler {
  readonly peak = new Map<number, number>()
  #timer: NodeJS.Timeout | undefined

  start (pids: number[]): void {
    this.#timer = setInterval(() => {
      for (const pid of pids) {
        void rssOf(pid).then(rss => { this.peak.set(pid, Math.max(this.peak.get(pid) ?? 0, rss)) }, () => undefined)
      }
    }, 50)
  }

  stop (): void {
    clearInterval(this.#timer)
  }
}

function * chunksOf (data: Buffer, size = MIB): Generator<Uint8Array> {
  for (let offset = 0; offset < data.length; offset += size) yield data.subarray(offset, offset + size)
}

async function upload (base: URL, data: Buffer): Promise<string> {
  const response = await nodeRequest({ method: 'PUT', base, path: 'uri', headers: { 'content-length': String(data.length) }, body: chunksOf(data) })
  await expectOk(response)
  return (await readText(response)).trim()
}

/** Downloads and compares as the bytes arrive; throws on any difference. */
async function downloadAndCompare (base: URL, cap: string, expected: Buffer): Promise<void> {
  const response = await nodeRequest({ method: 'GET', base, path: `uri/${encodeURIComponent(cap)}` })
  await expectOk(response)
  let offset = 0
  for await (const chunk of response as AsyncIterable<Buffer>) {
    if (!chunk.equals(expected.subarray(offset, offset + chunk.length))) throw new Error(`download differs near byte ${offset}`)
    offset += chunk.length
  }
  if (offset !== expected.length) throw new Error(`download has ${offset} bytes, expected ${expected.length}`)
}

async function timed (fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return (performance.now() - start) / 1000
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const mb = (bytes: number): string => (bytes / 1e6).toFixed(0)

async function main (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lafs-bench-transfer-'))
  console.log('starting a testnet of 10 storage nodes and 1 client-only gateway ...')
  const { nodes } = await startTestnet({ nodes: 10, dir, client: true })
  try {
    const gateway = nodes.find(node => !node.storage) as TestnetNode
    const storage = nodes.find(node => node.storage) as TestnetNode
    const base = new URL(gateway.webUrl)
    const sampler = new RssSampler()
    sampler.start([gateway.pid, storage.pid])
    // One untimed transfer first: fresh processes run their first megabytes
    // through unoptimized code, which is not what a running grid does.
    const warmup = randomBytes(WARMUP_SIZE)
    await downloadAndCompare(base, await upload(base, warmup), warmup)
    const ups: number[] = []
    const downs: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const data = randomBytes(BIG)
      let cap = ''
      ups.push(await timed(async () => { cap = await upload(base, data) }))
      downs.push(await timed(async () => { await downloadAndCompare(base, cap, data) }))
    }
    sampler.stop()
    const small = await timed(async () => {
      for (let i = 0; i < SMALL_FILES; i++) await upload(base, randomBytes(SMALL))
    })
    // The whole `lafs put` command, process start included, on fresh 10 MiB files.
    const puts: number[] = []
    for (let run = 0; run < PUT_RUNS; run++) {
      const path = join(dir, `put-${run}`)
      await writeFile(path, randomBytes(PUT_SIZE))
      puts.push(await timed(async () => { await lafsPut(base, path) }))
    }
    const row = (name: string, value: string, target: string): void => { console.log(`${name.padEnd(48)} ${value.padEnd(12)} ${target}`) }
    console.log('')
    row('upload 100 MiB (median of 3)', `${mb(BIG / median(ups))} MB/s`, 'target 60 MB/s; Tahoe-LAFS 1.20: 22 MB/s')
    row('download 100 MiB (median of 3, verified)', `${mb(BIG / median(downs))} MB/s`, 'target 120 MB/s; Tahoe-LAFS 1.20: 44 MB/s')
    row(`upload ${SMALL_FILES} files of 4 KiB, one by one`, `${(SMALL_FILES / small).toFixed(0)} files/s`, 'target 150 files/s; Tahoe-LAFS 1.20: 7.4 files/s')
    row('gateway peak RSS during 100 MiB runs', `${mb(sampler.peak.get(gateway.pid) ?? 0)} MB`, 'target < 150 MB; Tahoe-LAFS 1.20 client: 129 MiB')
    row('one storage node peak RSS', `${mb(sampler.peak.get(storage.pid) ?? 0)} MB`, '')
    row(`lafs put of 10 MiB, whole command (median of ${PUT_RUNS})`, `${median(puts).toFixed(2)} s`, 'target < 0.5 s; Tahoe-LAFS 1.20 tahoe put: 1.7 s')
    console.log(`\nruns: upload ${ups.map(s => s.toFixed(2)).join(', ')} s; download ${downs.map(s => s.toFixed(2)).join(', ')} s; lafs put ${puts.map(s => s.toFixed(2)).join(', ')} s`)
  } finally {
    await stopTestnet(dir)
    await rm(dir, { recursive: true, force: true })
  }
}

await main()
