/**
 * Files across a real multi-process testnet (10 storage nodes and a
 * client-only gateway), through the `lafs` CLI and the web API: round trip
 * with the cap `debug chk-cap` computes, ranges and edge sizes, corrupt
 * shares, 7 of 10 nodes stopped, unhappy uploads, and bad input.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startTestnet, stopProcesses, stopTestnet, type TestnetNode } from '../scripts/lib/testnet.js'
import { parseCap, type ChkCap } from '../src/encoding/caps.js'
import { immutableStorageIndex } from '../src/crypto/immutable-keys.js'
import { base32Encode } from '../src/crypto/base32.js'

const LAFS = fileURLToPath(new URL('../../bin/lafs.js', import.meta.url))
const MIB = 1024 * 1024

interface Run { code: number, stdout: string, stderr: string }

async function lafs (...args: string[]): Promise<Run> {
  return await new Promise(resolve => {
    execFile(process.execPath, [LAFS, ...args], { maxBuffer: 64 * MIB, encoding: 'buffer' }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1
      resolve({ code, stdout: stdout.toString('latin1'), stderr: stderr.toString() })
    })
  })
}

async function http (base: string, path: string, init: { method?: string, headers?: Record<string, string>, body?: Buffer } = {}): Promise<{ status: number, body: Buffer, headers: Headers }> {
  const response = await fetch(new URL(path, base), { method: init.method ?? 'GET', headers: init.headers, body: init.body === undefined ? undefined : new Uint8Array(init.body) })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), headers: response.headers }
}

function shareDir (node: TestnetNode, cap: string): string {
  const si = base32Encode(immutableStorageIndex((parseCap(cap) as ChkCap).key))
  return join(node.dir, 'storage', 'shares', si.slice(0, 2), si)
}

async function sharesHeld (node: TestnetNode, cap: string): Promise<string[]> {
  return await readdir(shareDir(node, cap)).catch(() => [])
}

describe('files on a 10-node multi-process testnet', () => {
  let root: string
  let nodes: TestnetNode[]
  let client: TestnetNode
  let big: Buffer
  let bigCap: string
  const file = async (name: string, data: Uint8Array): Promise<string> => {
    const path = join(root, name)
    await writeFile(path, data)
    return path
  }

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'lafs-files-'))
    nodes = (await startTestnet({ nodes: 10, dir: join(root, 'net'), client: true })).nodes
    client = nodes.find(node => !node.storage) as TestnetNode
  })

  after(async () => {
    await stopTestnet(join(root, 'net')).catch((err: unknown) => { console.error('testnet cleanup:', err) })
    await rm(root, { recursive: true, force: true })
  })

  it('round-trips 20 MiB through lafs put and get, with the cap debug chk-cap gives', async () => {
    big = randomBytes(20 * MIB)
    const path = await file('big', big)
    const put = await lafs('put', '-d', client.dir, path)
    assert.equal(put.code, 0, put.stderr)
    bigCap = put.stdout.trim()
    assert.match(bigCap, /^URI:CHK:/)
    const secret = (await readFile(join(client.dir, 'private', 'convergence'), 'utf8')).trim()
    const computed = await lafs('debug', 'chk-cap', '--convergence-secret', secret, path)
    assert.equal(computed.stdout.trim(), bigCap)
    const out = join(root, 'big.out')
    const get = await lafs('get', '-d', client.dir, bigCap, out)
    assert.equal(get.code, 0, get.stderr)
    assert.ok(big.equals(await readFile(out)))
    // Ten shares, one on each storage node.
    const held = await Promise.all(nodes.filter(n => n.storage).map(async n => (await sharesHeld(n, bigCap)).length))
    assert.deepEqual(held, Array(10).fill(1))
  })

  it('serves ranges at segment boundaries, and edge-sized files', async () => {
    const cap = encodeURIComponent(bigCap)
    for (const [start, end] of [[0, 0], [MIB - 1, MIB], [MIB, 2 * MIB - 1], [20 * MIB - 1, 20 * MIB - 1], [3 * MIB - 5, 3 * MIB + 5]] as const) {
      const got = await http(client.webUrl, `uri/${cap}`, { headers: { range: `bytes=${start}-${end}` } })
      assert.equal(got.status, 206)
      assert.equal(got.headers.get('content-range'), `bytes ${start}-${end}/${20 * MIB}`)
      assert.ok(got.body.equals(big.subarray(start, end + 1)), `range ${start}-${end}`)
    }
    for (const size of [0, 1, 55, 56, MIB + 1]) {
      const data = randomBytes(size)
      const put = await http(client.webUrl, 'uri', { method: 'PUT', body: data })
      assert.equal(put.status, 200, put.body.toString())
      const cap = put.body.toString().trim()
      assert.match(cap, size <= 55 ? /^URI:LIT:/ : /^URI:CHK:/)
      const got = await http(client.webUrl, `uri/${encodeURIComponent(cap)}`)
      assert.equal(got.status, 200)
      assert.ok(got.body.equals(data), `${size}-byte file`)
      const json = JSON.parse((await http(client.webUrl, `uri/${encodeURIComponent(cap)}?t=json`)).body.toString()) as [string, { size: number }]
      assert.deepEqual([json[0], json[1].size], ['filenode', size])
    }
  })

  it('rejects malformed caps and bad ranges with 400', async () => {
    for (const bad of ['URI:CHK:nope', 'URI:CHK:' + 'a'.repeat(26) + ':' + 'a'.repeat(52) + ':3:10:x', 'uri:chk:abc']) {
      const got = await http(client.webUrl, `uri/${encodeURIComponent(bad)}`)
      assert.equal(got.status, 400, bad)
      assert.match(got.body.toString(), /cap/)
    }
    const got = await http(client.webUrl, `uri/${encodeURIComponent(bigCap)}`, { headers: { range: 'bytes=5-1' } })
    assert.equal(got.status, 400)
    assert.equal((await http(client.webUrl, `uri/${encodeURIComponent(bigCap)}`, { headers: { range: 'bytes=99999999999-' } })).status, 416)
    // Other malformed requests: each a 4xx with a plain-text reason.
    const bad: Array<[string, string, number]> = [
      ['PUT', 'uri?format=bogus', 400],
      ['GET', 'uri', 400],
      ['GET', `uri/${encodeURIComponent(bigCap)}/child`, 400],
      ['GET', `uri/${encodeURIComponent(bigCap)}?t=bogus`, 400],
      ['GET', 'uri/%E0%A4%A', 400],
      ['DELETE', `uri/${encodeURIComponent(bigCap)}`, 405]
    ]
    for (const [method, path, status] of bad) {
      const got = await http(client.webUrl, path, { method, body: method === 'PUT' ? Buffer.from('x') : undefined })
      assert.equal(got.status, status, `${method} ${path}`)
      assert.ok(got.body.length > 0 && got.headers.get('content-type')?.startsWith('text/plain') === true, `${method} ${path} says why`)
    }
    const redirect = await fetch(new URL(`uri?uri=${encodeURIComponent(bigCap)}`, client.webUrl), { redirect: 'manual' })
    assert.equal(redirect.status, 303)
    assert.equal(redirect.headers.get('location'), `/uri/${encodeURIComponent(bigCap)}`)
  })

  it('creates, reads, overwrites and partly rewrites mutable files (web API and CLI)', async () => {
    const first = randomBytes(300 * 1024)
    const created = await http(client.webUrl, 'uri?format=MDMF', { method: 'PUT', body: first })
    assert.equal(created.status, 200, created.body.toString())
    const cap = created.body.toString().trim()
    assert.match(cap, /^URI:MDMF:/)
    assert.ok((await http(client.webUrl, `uri/${encodeURIComponent(cap)}`)).body.equals(first))
    const patch = randomBytes(1000)
    assert.equal((await http(client.webUrl, `uri/${encodeURIComponent(cap)}?offset=200000`, { method: 'PUT', body: patch })).status, 200)
    const expected = Buffer.from(first)
    patch.copy(expected, 200000)
    assert.ok((await http(client.webUrl, `uri/${encodeURIComponent(cap)}`)).body.equals(expected))
    const ranged = await http(client.webUrl, `uri/${encodeURIComponent(cap)}`, { headers: { range: 'bytes=199990-200009' } })
    assert.equal(ranged.status, 206)
    assert.ok(ranged.body.equals(expected.subarray(199990, 200010)))
    const json = JSON.parse((await http(client.webUrl, `uri/${encodeURIComponent(cap)}?t=json`)).body.toString()) as [string, Record<string, unknown>]
    assert.deepEqual([json[0], json[1].mutable, json[1].format, json[1].size, json[1].rw_uri], ['filenode', true, 'MDMF', first.length, cap])
    const roCap = String(json[1].ro_uri)
    assert.match(roCap, /^URI:MDMF-RO:/)
    assert.ok((await http(client.webUrl, `uri/${encodeURIComponent(roCap)}`)).body.equals(expected))
    assert.equal((await http(client.webUrl, `uri/${encodeURIComponent(roCap)}`, { method: 'PUT', body: Buffer.from('no') })).status, 400)

    // SDMF through the CLI: create with --mutable, then replace through the write cap.
    const put = await lafs('put', '-d', client.dir, '--mutable', await file('m1', Buffer.from('version one of a mutable file')))
    assert.equal(put.code, 0, put.stderr)
    const sdmf = put.stdout.trim()
    assert.match(sdmf, /^URI:SSK:/)
    const replaced = await lafs('put', '-d', client.dir, await file('m2', Buffer.from('version two')), sdmf)
    assert.equal(replaced.code, 0, replaced.stderr)
    const got = await lafs('get', '-d', client.dir, sdmf)
    assert.equal(got.stdout, 'version two')
  })

  it('downloads correctly despite flipped bytes in two share files, and records advisories', async () => {
    const storage = nodes.filter(n => n.storage)
    // Corrupt shares 0 and 1: primary shares, the ones a downloader prefers.
    const victims: TestnetNode[] = []
    for (const share of ['0', '1']) {
      const holder = await (async () => {
        for (const node of storage) if ((await sharesHeld(node, bigCap)).includes(share)) return node
        throw new Error(`no node holds share ${share}`)
      })()
      const handle = await open(join(shareDir(holder, bigCap), share), 'r+')
      await handle.write(randomBytes(64), 0, 64, 0x0c + 0x24 + 1000)
      await handle.close()
      victims.push(holder)
    }
    const got = await http(client.webUrl, `uri/${encodeURIComponent(bigCap)}`)
    assert.equal(got.status, 200)
    assert.ok(got.body.equals(big))
    for (const victim of victims) {
      const advisories = await readdir(join(victim.dir, 'storage', 'corruption-advisories')).catch(() => [])
      assert.ok(advisories.length >= 1, `${victim.name} has a corruption advisory`)
    }
  })

  it('still downloads with 7 of 10 storage nodes stopped; uploads then fail unhappy and leave no share', async () => {
    const storage = nodes.filter(n => n.storage)
    // Keep three nodes holding good shares (not the two corrupted above): stop the others.
    const keep: TestnetNode[] = []
    for (const node of storage) {
      const shares = await sharesHeld(node, bigCap)
      if (keep.length < 3 && shares.length > 0 && !['0', '1'].includes(shares[0] ?? '')) keep.push(node)
    }
    await stopProcesses(storage.filter(node => !keep.includes(node)))
    const got = await lafs('get', '-d', client.dir, bigCap, join(root, 'after-stop'))
    assert.equal(got.code, 0, got.stderr)
    assert.ok(big.equals(await readFile(join(root, 'after-stop'))))

    const fresh = randomBytes(2 * MIB)
    const put = await http(client.webUrl, 'uri', { method: 'PUT', body: fresh })
    assert.ok(put.status >= 500, `status ${put.status}`)
    assert.match(put.body.toString(), /shares could be placed (or found )?on only \d server\(s\)/)
    const secret = (await readFile(join(client.dir, 'private', 'convergence'), 'utf8')).trim()
    const cap = (await lafs('debug', 'chk-cap', '--convergence-secret', secret, await file('fresh', fresh))).stdout.trim()
    for (const node of storage) assert.deepEqual(await sharesHeld(node, cap), [], `${node.name} holds no share of the failed upload`)
  })

  it('says clearly when the node is not running', async () => {
    const noNode = await lafs('put', '-d', join(root, 'nowhere'), join(root, 'big'))
    assert.equal(noNode.code, 1)
    assert.match(noNode.stderr, /no node\.url .*is the node running\?/)
    const deadUrl = await lafs('get', '-u', 'http://127.0.0.1:9/', bigCap)
    assert.equal(deadUrl.code, 1)
    assert.match(deadUrl.stderr, /cannot reach the node at http:\/\/127\.0\.0\.1:9\/.*is it running\?/)
  })
})
