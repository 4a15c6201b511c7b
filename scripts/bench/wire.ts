/**
 * `npm run bench:wire`: the storage wire on its own. Storage nodes run as
 * child processes (TCP, Noise, Yamux on 127.0.0.1, a local share store in a
 * temporary directory behind `/lafs/storage/1`); this process is the client,
 * talking to them through `remoteStorageServer`. Measures:
 *
 *   a  pipelined writeBucket of 349,526-byte blocks to one server (closed at the end)
 *   b  the same to 10 servers at once
 *   c  readBucket of 349,526-byte blocks from one server, and from 3 at once
 *   d  round trips of listBuckets, one after another
 *   e  small shares as the uploader sends them (whole, with the allocation, which closes them), one after another, to 1 and to 10 servers
 *   f  as the uploader writes: rounds of one block to each of 10 servers, 4 rounds in flight
 *   g  as a directory change publishes: rounds of one 12 KB test-and-set slot write to each of 10 servers
 *   h  the blocks of a 128 KiB segment at 3-of-10 (43,691 bytes) to 10 servers: one block per call,
 *      4 rounds in flight, against as many blocks per call as the uploader batches (WRITE_BATCH_BYTES,
 *      as pieces), DEFAULT_WRITE_WINDOW rounds in flight; the two runs alternate, twice each
 *
 * Options: `--quick` (fewer bytes), `--only=a,c` (some runs), `--depth=N`
 * (calls a writer or reader keeps in flight per server), `--blocks=N`
 * (blocks per server in a and c; half that in b), `--window=MiB` (the
 * client's window of unanswered request bytes), `--rounds=N` (rounds in
 * flight in f). Besides speed it prints the CPU time each side spent per
 * MB or per call, which says more on a machine shared with other work.
 *
 * Environment: LAFS_BENCH_SERVER_NODE_ARGS is added to the children's node
 * arguments (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`; the children exit
 * cleanly); LAFS_BENCH_YAMUX takes yamux options as JSON, to try them on
 * both ends; LAFS_BENCH_YAMUX_EVERY_FRAME (any value) keeps yamux's window
 * update after every frame (see src/node/yamux-window.ts), to compare;
 * LAFS_BENCH_LENGTH_PREFIX_THROWS (any value) keeps the length-prefix
 * decoder's fresh RangeError at every chunk end (see
 * src/node/length-prefix-end.ts), to compare; LAFS_BENCH_TCP_WRITE_EACH
 * (any value) writes every piece of a send with its own socket write, at Node's
 * default high-water mark
 * (see src/node/tcp-gathered-writes.ts), to compare; LAFS_BENCH_NOISE_JOIN
 * (any value) uses Noise's own crypto, which joins ciphertext and tag
 * (see src/node/noise-crypto.ts), to compare; LAFS_BENCH_LATENCY_CALLS
 * sets the number of calls in d.
 */
import '../../src/node/polyfills.js'
import { tuneHeapForTransfers } from '../../src/node/heap.js'
import { DEFAULT_WRITE_WINDOW, WRITE_BATCH_BYTES } from '../../src/actors/uploader/share-upload.js'
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { noise } from '@chainsafe/libp2p-noise'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { createLibp2p } from 'libp2p'
import type { Libp2p } from '@libp2p/interface'
import { localStorageServer } from '../../src/actors/storage/local.js'
import type { BucketRef, MutableSecrets, StorageServer } from '../../src/actors/storage/interface.js'
import { remoteStorageServer, type RemoteStorageServer } from '../../src/protocol/storage-client.js'
import { storageProtocolHandler } from '../../src/protocol/storage-handler.js'
import { batchYamuxWindowUpdates } from '../../src/node/yamux-window.js'
import { cheapLengthPrefixEnd } from '../../src/node/length-prefix-end.js'
import { gatherTcpWrites, TCP_SOCKET_OPTIONS } from '../../src/node/tcp-gathered-writes.js'
import { noiseCrypto } from '../../src/node/noise-crypto.js'

const BLOCK = 349_526
/** A block of a 128 KiB segment at 3-of-10. */
const SEGMENT_BLOCK = 43_691
const SMALL_WRITE = 2_000
const SERVERS = 10
const READ_SERVERS = 3
const LATENCY_CALLS = Number(process.env.LAFS_BENCH_LATENCY_CALLS ?? 1000)
const SMALL_CYCLES = 300
/** A 100-entry directory's SDMF share is about this big. */
const SLOT_SIZE = 12_000
const SLOT_TEST_SIZE = 32
const SLOT_ROUNDS = 300
const DEFAULT_DEPTH = 16
/** Writes in flight per server in run f (the uploader now sends up to WRITE_BATCH_BYTES per write, DEFAULT_WRITE_WINDOW at a time). */
const UPLOAD_WINDOW = 4
const INBOUND_CONNECTION_THRESHOLD = 1000
const THIS_FILE = fileURLToPath(import.meta.url)

interface Args {
  quick: boolean
  only: Set<string>
  depth: number
  /** Blocks per server in runs a and c (b and the 3-server reads use half). */
  blocks: number
  /** The client's window in bytes, when not its default. */
  window?: number
  /** Rounds in flight in run f. */
  uploadWindow: number
}

function parseArgs (argv: string[]): Args {
  const option = (name: string): string | undefined => argv.find(arg => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  const quick = argv.includes('--quick')
  const window = option('window')
  return {
    quick,
    only: new Set(option('only')?.split(',') ?? ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']),
    depth: Number(option('depth') ?? DEFAULT_DEPTH),
    blocks: Number(option('blocks') ?? (quick ? 64 : 192)),
    window: window == null ? undefined : Number(window) * 1024 * 1024,
    uploadWindow: Number(option('rounds') ?? UPLOAD_WINDOW)
  }
}

/** Yamux options to try (JSON in LAFS_BENCH_YAMUX, both ends); by default the node's own (libp2p's defaults). */
function yamuxOptions (): Parameters<typeof yamux>[0] {
  const json = process.env.LAFS_BENCH_YAMUX
  return json == null || json === '' ? {} : JSON.parse(json) as Parameters<typeof yamux>[0]
}

async function startLibp2p (): Promise<Libp2p> {
  // As the node does (src/node/libp2p.ts); LAFS_BENCH_YAMUX_EVERY_FRAME keeps yamux's own behaviour, to compare.
  if (process.env.LAFS_BENCH_YAMUX_EVERY_FRAME === undefined) batchYamuxWindowUpdates()
  if (process.env.LAFS_BENCH_LENGTH_PREFIX_THROWS === undefined) cheapLengthPrefixEnd()
  if (process.env.LAFS_BENCH_TCP_WRITE_EACH === undefined) gatherTcpWrites()
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp(process.env.LAFS_BENCH_TCP_WRITE_EACH === undefined ? TCP_SOCKET_OPTIONS : {})],
    connectionEncrypters: [process.env.LAFS_BENCH_NOISE_JOIN === undefined ? noise({ crypto: noiseCrypto }) : noise()],
    streamMuxers: [yamux(yamuxOptions())],
    connectionManager: { inboundConnectionThreshold: INBOUND_CONNECTION_THRESHOLD }
  })
}

/** Child mode: one storage node; prints its address, stops when stdin closes. */
async function serve (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lafs-bench-wire-'))
  const node = await startLibp2p()
  const storage = localStorageServer({ storageDir: dir, nodeId: randomBytes(32) })
  await storage.start()
  const handler = storageProtocolHandler()({ registrar: node, storage, logger: node.logger })
  await handler.start()
  const address = node.getMultiaddrs()[0]
  process.stdout.write(JSON.stringify({ address: address?.toString(), peerId: node.peerId.toString() }) + '\n')
  process.stdin.resume()
  await new Promise<void>(resolve => process.stdin.once('end', resolve))
  await handler.stop()
  await node.stop()
  await storage.stop()
  await rm(dir, { recursive: true, force: true })
  process.exit(0)
}

interface Child {
  process: ChildProcess
  address: string
  peerId: string
}

async function spawnServer (): Promise<Child> {
  const extra = (process.env.LAFS_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(arg => arg !== '')
  const child = spawn(process.execPath, [...extra, THIS_FILE, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', code => { reject(new Error(`storage child exited with ${code}`)) })
  })
  const info = JSON.parse(first) as { address: string, peerId: string }
  return { process: child, address: info.address, peerId: info.peerId }
}

async function stopServer (child: Child): Promise<void> {
  const exited = new Promise<void>(resolve => child.process.once('exit', () => { resolve() }))
  child.process.stdin?.end()
  await exited
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
async function cpuSeconds (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

interface Measured {
  seconds: number
  clientCpu: number
  serverCpu: number
}

async function measure (servers: Child[], fn: () => Promise<void>): Promise<Measured> {
  const serverBefore = await Promise.all(servers.map(async child => await cpuSeconds(child.process.pid ?? 0)))
  const clientBefore = process.cpuUsage()
  const start = performance.now()
  await fn()
  const seconds = (performance.now() - start) / 1000
  const client = process.cpuUsage(clientBefore)
  const serverAfter = await Promise.all(servers.map(async child => await cpuSeconds(child.process.pid ?? 0)))
  const serverCpu = serverAfter.reduce((sum, value, i) => sum + value - (serverBefore[i] ?? 0), 0)
  return { seconds, clientCpu: (client.user + client.system) / 1e6, serverCpu }
}

function report (label: string, m: Measured, bytes?: number, ops?: number): void {
  const parts = [label.padEnd(44)]
  if (bytes != null) parts.push(`${(bytes / 1e6 / m.seconds).toFixed(1).padStart(7)} MB/s`)
  if (ops != null) parts.push(`${(ops / m.seconds).toFixed(0).padStart(7)} ops/s`)
  const per = bytes != null ? { unit: 'ms/MB', count: bytes / 1e6, scale: 1e3 } : { unit: 'µs/op', count: ops ?? 1, scale: 1e6 }
  const cost = (cpu: number): string => (cpu * per.scale / per.count).toFixed(1)
  parts.push(`  cpu client ${(100 * m.clientCpu / m.seconds).toFixed(0)}% (${cost(m.clientCpu)} ${per.unit}),` +
    ` servers ${(100 * m.serverCpu / m.seconds).toFixed(0)}% (${cost(m.serverCpu)} ${per.unit})`)
  console.log(parts.join(''))
}

function secrets (): { renewSecret: Uint8Array, cancelSecret: Uint8Array, uploadSecret: Uint8Array } {
  return { renewSecret: randomBytes(32), cancelSecret: randomBytes(32), uploadSecret: randomBytes(32) }
}

async function allocateOne (server: StorageServer, allocatedSize: number, initialData?: Uint8Array): Promise<BucketRef> {
  const storageIndex = randomBytes(16)
  const s = secrets()
  const result = await server.allocateBuckets({
    storageIndex, ...s, shareNumbers: [0], allocatedSize, ...(initialData === undefined ? {} : { initialData: new Map([[0, initialData]]) })
  })
  if (result.allocated[0] !== 0) throw new Error('the server did not allocate the bucket')
  if (initialData !== undefined && !result.initialDataWritten.includes(0)) throw new Error('the server did not take the initial data')
  return { storageIndex, shareNumber: 0, uploadSecret: s.uploadSecret }
}

/** Runs `count` numbered jobs with at most `depth` running at once. */
async function pipelined (count: number, depth: number, job: (index: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < count) await job(next++)
  }
  await Promise.all(Array.from({ length: Math.min(depth, count) }, worker))
}

/** Writes `blocks` blocks into one new bucket and closes it; returns the bucket. */
async function uploadShare (server: StorageServer, blocks: number, data: Uint8Array, depth: number): Promise<BucketRef> {
  const bucket = await allocateOne(server, blocks * BLOCK)
  await pipelined(blocks, depth, async index => { await server.writeBucket(bucket, index * BLOCK, data) })
  await server.closeBucket(bucket)
  return bucket
}

async function readShare (server: StorageServer, bucket: BucketRef, blocks: number, depth: number): Promise<void> {
  await pipelined(blocks, depth, async index => {
    const got = await server.readBucket(bucket.storageIndex, bucket.shareNumber, index * BLOCK, BLOCK)
    if (got.length !== BLOCK) throw new Error(`read ${got.length} bytes, expected ${BLOCK}`)
  })
}

/** Writes `rounds` blocks to one new bucket on each server, round by round, `window` rounds in flight. */
async function uploadRounds (servers: StorageServer[], rounds: number, data: Uint8Array, window: number): Promise<void> {
  const buckets = await Promise.all(servers.map(async server => await allocateOne(server, rounds * BLOCK)))
  const inFlight: Array<Promise<unknown>> = []
  for (let round = 0; round < rounds; round++) {
    inFlight.push(Promise.all(servers.map(async (server, i) => { await server.writeBucket(buckets[i] as BucketRef, round * BLOCK, data) })))
    if (inFlight.length >= window) await inFlight.shift()
  }
  await Promise.all(inFlight)
  await Promise.all(servers.map(async (server, i) => { await server.closeBucket(buckets[i] as BucketRef) }))
}

/** Writes `rounds` rounds of `perCall` blocks of data.length bytes to one new bucket on each server, `window` rounds in flight. */
async function batchedRounds (servers: StorageServer[], rounds: number, perCall: number, data: Uint8Array, window: number): Promise<void> {
  const size = rounds * perCall * data.length
  const buckets = await Promise.all(servers.map(async server => await allocateOne(server, size)))
  const pieces = Array.from({ length: perCall }, () => data)
  const inFlight: Array<Promise<unknown>> = []
  for (let round = 0; round < rounds; round++) {
    const offset = round * perCall * data.length
    inFlight.push(Promise.all(servers.map(async (server, i) => {
      await server.writeBucket(buckets[i] as BucketRef, offset, perCall === 1 ? data : pieces)
    })))
    if (inFlight.length >= window) await inFlight.shift()
  }
  await Promise.all(inFlight)
  await Promise.all(servers.map(async (server, i) => { await server.closeBucket(buckets[i] as BucketRef) }))
}

/** A small share as the uploader sends it: whole, with its allocation, closed in that call. */
async function smallCycle (server: StorageServer, data: Uint8Array): Promise<void> {
  const result = await server.allocateBuckets({
    storageIndex: randomBytes(16), ...secrets(), shareNumbers: [0], allocatedSize: data.length, initialData: new Map([[0, data]]), closeWritten: true
  })
  if (!result.closed.includes(0)) throw new Error('the server did not close the share with its allocation')
}

/** One test-and-set write of `next` over `previous` (checked by its first bytes) on every server. */
async function slotRound (servers: StorageServer[], storageIndex: Uint8Array, slotSecrets: MutableSecrets, previous: Uint8Array | undefined, next: Uint8Array): Promise<void> {
  await Promise.all(servers.map(async server => {
    const test = previous === undefined ? [] : [{ offset: 0, length: SLOT_TEST_SIZE, specimen: previous.subarray(0, SLOT_TEST_SIZE) }]
    const result = await server.slotTestvAndReadvAndWritev({
      storageIndex,
      secrets: slotSecrets,
      testAndWrite: new Map([[0, { test, write: [{ offset: 0, data: next }] }]]),
      readVector: [{ offset: 0, length: SLOT_TEST_SIZE }]
    })
    if (!result.success) throw new Error('a slot test failed')
  }))
}

async function main (): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const blocksOne = args.blocks
  const blocksEach = Math.ceil(args.blocks / 2)
  console.log(`starting ${SERVERS} storage node processes ...`)
  const children = await Promise.all(Array.from({ length: SERVERS }, spawnServer))
  const client = await startLibp2p()
  const remotes: RemoteStorageServer[] = []
  try {
    for (const child of children) {
      await client.dial(multiaddr(child.address))
      remotes.push(remoteStorageServer({ peerId: peerIdFromString(child.peerId), maxOutstandingBytes: args.window })({
        dialProtocol: client.dialProtocol.bind(client),
        logger: client.logger
      }))
    }
    await Promise.all(remotes.map(async remote => await remote.getVersion()))
    const one = remotes[0] as RemoteStorageServer
    const first = children.slice(0, 1)
    const data = randomBytes(BLOCK)
    console.log(`block ${BLOCK} bytes, depth ${args.depth} calls in flight per server`)

    let written: BucketRef | undefined
    if (args.only.has('a') || args.only.has('c')) {
      await uploadShare(one, 4, data, args.depth) // warm-up
      const m = await measure(first, async () => { written = await uploadShare(one, blocksOne, data, args.depth) })
      if (args.only.has('a')) report(`a  writeBucket, 1 server (${blocksOne} blocks)`, m, blocksOne * BLOCK)
    }
    if (args.only.has('b')) {
      const m = await measure(children, async () => {
        await Promise.all(remotes.map(async remote => await uploadShare(remote, blocksEach, data, args.depth)))
      })
      report(`b  writeBucket, ${SERVERS} servers (${blocksEach} blocks each)`, m, SERVERS * blocksEach * BLOCK)
    }
    if (args.only.has('c') && written != null) {
      const bucket = written
      const m = await measure(first, async () => { await readShare(one, bucket, blocksOne, args.depth) })
      report(`c  readBucket, 1 server (${blocksOne} blocks)`, m, blocksOne * BLOCK)
      const shares = await Promise.all(remotes.slice(0, READ_SERVERS).map(async remote => await uploadShare(remote, blocksEach, data, args.depth)))
      const m3 = await measure(children.slice(0, READ_SERVERS), async () => {
        await Promise.all(shares.map(async (share, i) => { await readShare(remotes[i] as RemoteStorageServer, share, blocksEach, args.depth) }))
      })
      report(`c  readBucket, ${READ_SERVERS} servers (${blocksEach} blocks each)`, m3, READ_SERVERS * blocksEach * BLOCK)
    }
    if (args.only.has('d')) {
      const storageIndex = randomBytes(16)
      for (let i = 0; i < 50; i++) await one.listBuckets(storageIndex)
      const times: number[] = []
      const m = await measure(first, async () => {
        for (let i = 0; i < LATENCY_CALLS; i++) {
          const start = performance.now()
          await one.listBuckets(storageIndex)
          times.push(performance.now() - start)
        }
      })
      times.sort((x, y) => x - y)
      const at = (q: number): string => ((times[Math.floor(q * (times.length - 1))] ?? NaN) * 1000).toFixed(0)
      report(`d  listBuckets round trip (p50 ${at(0.5)} µs, p99 ${at(0.99)} µs)`, m, undefined, LATENCY_CALLS)
    }
    if (args.only.has('e')) {
      const small = randomBytes(SMALL_WRITE)
      const cycles = args.quick ? SMALL_CYCLES / 3 : SMALL_CYCLES
      const m = await measure(first, async () => {
        for (let i = 0; i < cycles; i++) await smallCycle(one, small)
      })
      report('e  small share (allocated, written and closed in one call), 1 server', m, undefined, cycles)
      const rounds = Math.floor(cycles / 3)
      const m10 = await measure(children, async () => {
        for (let i = 0; i < rounds; i++) await Promise.all(remotes.map(async remote => { await smallCycle(remote, small) }))
      })
      report(`e  small share on ${SERVERS} servers at once`, m10, undefined, rounds)
    }
    if (args.only.has('g')) {
      const storageIndex = randomBytes(16)
      const slotSecrets = { writeEnabler: randomBytes(32), renewSecret: randomBytes(32), cancelSecret: randomBytes(32) }
      const rounds = args.quick ? SLOT_ROUNDS / 3 : SLOT_ROUNDS
      let previous: Uint8Array | undefined
      const m = await measure(children, async () => {
        for (let i = 0; i < rounds; i++) {
          const next = randomBytes(SLOT_SIZE)
          await slotRound(remotes, storageIndex, slotSecrets, previous, next)
          previous = next
        }
      })
      report(`g  slot write of ${SLOT_SIZE} bytes on ${SERVERS} servers at once`, m, undefined, rounds)
    }
    if (args.only.has('f')) {
      const m = await measure(children, async () => { await uploadRounds(remotes, blocksEach, data, args.uploadWindow) })
      report(`f  upload rounds, ${SERVERS} servers, ${args.uploadWindow} in flight`, m, SERVERS * blocksEach * BLOCK)
    }
    if (args.only.has('h')) {
      const small = randomBytes(SEGMENT_BLOCK)
      const perCall = Math.max(1, Math.floor(WRITE_BATCH_BYTES / SEGMENT_BLOCK))
      const blocks = perCall * Math.floor(blocksEach * BLOCK / SEGMENT_BLOCK / perCall)
      for (let run = 0; run < 2; run++) {
        const one = await measure(children, async () => { await batchedRounds(remotes, blocks, 1, small, 4) })
        report(`h  ${SEGMENT_BLOCK}-byte blocks, 1 per call, 4 rounds`, one, SERVERS * blocks * SEGMENT_BLOCK)
        const batched = await measure(children, async () => { await batchedRounds(remotes, blocks / perCall, perCall, small, DEFAULT_WRITE_WINDOW) })
        report(`h  ${SEGMENT_BLOCK}-byte blocks, ${perCall} per call, ${DEFAULT_WRITE_WINDOW} rounds`, batched, SERVERS * blocks * SEGMENT_BLOCK)
      }
    }
  } finally {
    await Promise.all(remotes.map(async remote => { await remote.close() }))
    await client.stop()
    await Promise.all(children.map(stopServer))
  }
}

// Both sides run with the heap settings of `lafs run`, as the nodes they stand for do.
tuneHeapForTransfers()
if (process.argv[2] === 'serve') {
  await serve()
} else {
  await main()
}
