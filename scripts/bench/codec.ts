/**
 * `npm run bench:codec`: the encoding core's speed on this machine, for
 * 3-of-10 with 1 MiB segments: erasure code (TypeScript and WebAssembly,
 * and python3-zfec where installed), AES-CTR, SHA-256d per block, and
 * `lafs debug chk-cap` end to end on a 256 MiB file (MB/s and peak memory).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, open, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AesCtr } from '../../src/crypto/aes.js'
import { Tag, taggedHash } from '../../src/crypto/hash.js'
import { benchErasure } from './erasure.js'

const MIB = 1024 * 1024
const BULK_MIB = 64
const FILE_MIB = 256
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

function rate (bytes: number, seconds: number): number {
  return bytes / 1e6 / seconds
}

function time (fn: () => void): number {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e9
}

function benchAes (): number {
  const chunk = randomBytes(MIB)
  const cipher = new AesCtr(randomBytes(16))
  cipher.update(chunk)
  return rate(BULK_MIB * MIB, time(() => { for (let i = 0; i < BULK_MIB; i++) cipher.update(chunk) }))
}

function benchBlockHash (): number {
  const blockSize = Math.ceil(MIB / 3)
  const block = randomBytes(blockSize)
  const count = Math.ceil(BULK_MIB * MIB / blockSize)
  return rate(count * blockSize, time(() => { for (let i = 0; i < count; i++) taggedHash(Tag.BLOCK, block) }))
}

async function writeRandomFile (path: string, mebibytes: number): Promise<void> {
  const handle = await open(path, 'w')
  try {
    for (let i = 0; i < mebibytes; i++) await handle.write(randomBytes(MIB))
  } finally {
    await handle.close()
  }
}

async function benchChkCap (dir: string): Promise<{ mbPerSecond: number, peakMb: number, cap: string }> {
  const file = join(dir, 'input.bin')
  const rssFile = join(dir, 'rss')
  await writeRandomFile(file, FILE_MIB)
  await readFile(file).then(() => undefined) // warm the page cache, as for a file just written
  const start = process.hrtime.bigint()
  const cap = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', join(ROOT, 'dist/scripts/bench/report-rss.js'), join(ROOT, 'bin/lafs.js'), 'debug', 'chk-cap', file],
      { env: { ...process.env, LAFS_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString() })
    child.on('error', reject)
    child.on('exit', code => {
      if (code === 0) resolve(out.trim())
      else reject(new Error(`chk-cap exited with ${String(code)}`))
    })
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const peak = Number(await readFile(rssFile, 'utf8'))
  return { mbPerSecond: rate(FILE_MIB * MIB, seconds), peakMb: peak / 1e6, cap }
}

function row (name: string, value: string): void {
  console.log(`${name.padEnd(52)} ${value}`)
}

async function main (): Promise<void> {
  console.log(`lafs codec benchmark: 3-of-10, 1 MiB segments, ${BULK_MIB} MiB per measurement\n`)
  for (const { name, mbPerSecond } of await benchErasure({ megabytes: BULK_MIB })) {
    row(name, name.includes('ratio') ? `${mbPerSecond.toFixed(2)}x` : `${mbPerSecond.toFixed(0)} MB/s`)
  }
  row('AES-128-CTR', `${benchAes().toFixed(0)} MB/s`)
  row('SHA-256d per block (349,526-byte blocks)', `${benchBlockHash().toFixed(0)} MB/s`)
  const dir = await mkdtemp(join(tmpdir(), 'lafs-bench-'))
  try {
    const chk = await benchChkCap(dir)
    row(`lafs debug chk-cap, ${FILE_MIB} MiB file, end to end`, `${chk.mbPerSecond.toFixed(0)} MB/s, peak RSS ${chk.peakMb.toFixed(0)} MB`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  console.log('\ntargets: WebAssembly encode >= 5x zfec; chk-cap >= 150 MB/s with peak memory < 100 MB')
}

await main()
