/**
 * The node directory and its configuration: what `lafs create-node` writes
 * (and with which modes), how lafs.toml is validated (a ConfigError names
 * the key), Tahoe's size syntax, and the CLI's usage errors (exit 2).
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { main } from '../src/cli/main.js'
import type { CliIo } from '../src/cli/command.js'
import {
  ConfigError, DEFAULT_LISTEN, DEFAULT_WEB_PORT, defaultConfig, parseConfig, renderConfig
} from '../src/node/config.js'
import { readConvergenceSecret, readLeaseSecret, readNodeConfig, readNodeKeySeed } from '../src/node/node-dir.js'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { decodeNodeKey, encodeNodeKey, nodePeerId, nodePrivateKey, NodeKeyError } from '../src/node/keys.js'
import { formatSize, parseSize, SizeError } from '../src/node/size.js'

interface Captured {
  code: number
  stdout: string
  stderr: string
}

async function lafs (...args: string[]): Promise<Captured> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const io: CliIo = { stdout, stderr, stdin: new PassThrough(), isTTY: false, env: {} }
  const code = await main(args, io)
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }
}

const PEER = '12D3KooWDpJ7As7BWAwRMfu1VU2WCqNjvq387JEYKDBj4kx6nXTN'

describe('lafs create-node', () => {
  let root: string
  before(async () => { root = await mkdtemp(join(tmpdir(), 'lafs-config-')) })
  after(async () => { await rm(root, { recursive: true, force: true }) })

  it('writes lafs.toml, the key and secrets with private modes, and storage/', async () => {
    const dir = join(root, 'alice')
    const result = await lafs('create-node', dir, '--nickname', 'alice', '--listen', '/ip4/127.0.0.1/tcp/4001',
      '--bootstrap', `/ip4/127.0.0.1/tcp/4002/p2p/${PEER}`, '--reserved-space', '1GiB', '--shares', '2/3/4',
      '--web-port', '0', '--no-mdns')
    assert.equal(result.code, 0, result.stderr)

    const config = await readNodeConfig(dir)
    assert.equal(config.node.nickname, 'alice')
    assert.deepEqual(config.network.listen, ['/ip4/127.0.0.1/tcp/4001'])
    assert.deepEqual(config.network.bootstrap, [`/ip4/127.0.0.1/tcp/4002/p2p/${PEER}`])
    assert.equal(config.network.mdns, false)
    assert.equal(config.storage.enabled, true)
    assert.equal(config.storage.reservedSpace, 1024 ** 3)
    assert.deepEqual(config.shares, { needed: 2, happy: 3, total: 4 })
    assert.equal(config.web.port, 0)

    assert.equal((await stat(join(dir, 'private'))).mode & 0o777, 0o700)
    for (const file of ['node.privkey', 'secret', 'convergence']) {
      assert.equal((await stat(join(dir, 'private', file))).mode & 0o777, 0o600, file)
    }
    assert.ok((await stat(join(dir, 'storage'))).isDirectory())
    assert.match(await readFile(join(dir, 'private', 'node.privkey'), 'utf8'), /^priv-v0-[a-z2-7]{52}\n$/)
    assert.equal((await readLeaseSecret(dir)).length, 32)
    assert.equal((await readConvergenceSecret(dir)).length, 32)
    assert.notDeepEqual(await readLeaseSecret(dir), await readConvergenceSecret(dir))
    assert.match(await readFile(join(dir, 'private', 'secret'), 'utf8'), /^[a-z2-7]{52}\n$/)

    // The printed peer id is the one the key gives.
    const peerId = (await nodePeerId(await readNodeKeySeed(dir))).toString()
    assert.ok(result.stdout.includes(`peer id: ${peerId}`))
    // The secret never reaches the output.
    const secretText = (await readFile(join(dir, 'private', 'node.privkey'), 'utf8')).trim()
    assert.ok(!result.stdout.includes(secretText.slice(8)))
  })

  it('uses the defaults, and each node gets its own key', async () => {
    const a = join(root, 'defaults-a')
    const b = join(root, 'defaults-b')
    assert.equal((await lafs('create-node', a)).code, 0)
    assert.equal((await lafs('create-node', b, '--no-storage')).code, 0)
    const config = await readNodeConfig(a)
    assert.deepEqual(config.network.listen, [DEFAULT_LISTEN])
    assert.equal(config.web.port, DEFAULT_WEB_PORT)
    assert.deepEqual(config.shares, { needed: 3, happy: 7, total: 10 })
    assert.equal(config.network.mdns, true)
    assert.equal(config.storage.reservedSpace, 0)
    assert.equal((await readNodeConfig(b)).storage.enabled, false)
    assert.notDeepEqual(await readNodeKeySeed(a), await readNodeKeySeed(b))
  })

  it('refuses a directory that exists and is not empty', async () => {
    const dir = join(root, 'busy')
    await mkdir(dir)
    await writeFile(join(dir, 'something'), 'x')
    const result = await lafs('create-node', dir)
    assert.equal(result.code, 1)
    assert.match(result.stderr, /not empty/)
  })

  it('gives exit code 2 with usage for bad arguments, and writes nothing', async () => {
    const bad: string[][] = [
      [],
      ['a', 'b'],
      ['--shares', '3/2/10'],
      ['--shares', '0/1/1'],
      ['--shares', '3-7-10'],
      ['--shares', '3/7/300'],
      ['--reserved-space', '10X'],
      ['--reserved-space', '1.5G'],
      ['--listen', 'garbage'],
      ['--listen', '/dns/example.com/tcp/1'],
      ['--bootstrap', '/ip4/127.0.0.1/tcp/1'],
      ['--bootstrap', '/ip4/127.0.0.1/tcp/1/p2p/notapeer'],
      ['--web-port', '70000'],
      ['--web-port', 'http'],
      ['--nickname', 'bad\u0007name'],
      ['--frobnicate']
    ]
    for (const args of bad) {
      const dir = join(root, 'never')
      const result = await lafs('create-node', ...(args.length === 0 || args[0] === 'a' ? args : [dir, ...args]))
      assert.equal(result.code, 2, `create-node ${args.join(' ')}: ${result.stderr}`)
      assert.match(result.stderr, /usage: lafs create-node/)
      await assert.rejects(stat(dir), { code: 'ENOENT' })
    }
  })

  it('lafs run refuses a directory that is not a node directory', async () => {
    const result = await lafs('run', join(root, 'nothing-here'))
    assert.equal(result.code, 1)
    assert.match(result.stderr, /not a node directory/)
    assert.equal((await lafs('run')).code, 2)
  })
})

describe('lafs.toml', () => {
  it('parses what renderConfig writes back into the same configuration', () => {
    const config = defaultConfig()
    config.node.nickname = 'quote " and \\ backslash ✓'
    config.network.announce = ['/dns/example.org/tcp/3457']
    config.network.bootstrap = [`/ip4/10.0.0.1/tcp/3457/p2p/${PEER}`]
    config.storage.reservedSpace = 1500
    assert.deepEqual(parseConfig(renderConfig(config)), config)
    assert.deepEqual(parseConfig(''), defaultConfig())
  })

  it('names the offending key in every ConfigError', () => {
    const cases: Array<[string, string]> = [
      ['[storage]\nreserved_space = "lots"', 'storage.reserved_space'],
      ['[storage]\nreserved_space = -1', 'storage.reserved_space'],
      ['[storage]\nenabled = "yes"', 'storage.enabled'],
      ['[shares]\nneeded = 0', 'shares.needed'],
      ['[shares]\nneeded = 4\ntotal = 3\nhappy = 3', 'shares.needed'],
      ['[shares]\nhappy = 11', 'shares.happy'],
      ['[shares]\ntotal = 257', 'shares.total'],
      ['[web]\nport = "x"', 'web.port'],
      ['[web]\nport = 65536', 'web.port'],
      ['[network]\nlisten = ["/dns/foo/tcp/1"]', 'network.listen'],
      ['[network]\nlisten = []', 'network.listen'],
      ['[network]\nlisten = "/ip4/127.0.0.1/tcp/1"', 'network.listen'],
      ['[network]\nbootstrap = ["/ip4/127.0.0.1/tcp/1"]', 'network.bootstrap'],
      ['[network]\nannounce = ["/ip4/1.2.3.4/tcp/0"]', 'network.announce'],
      ['[network]\nmdns = 1', 'network.mdns'],
      ['[node]\nnickname = 7', 'node.nickname'],
      ['[node]\nnick = "x"', 'node.nick'],
      ['[nodes]\nnickname = "x"', 'nodes'],
      ['node = 3', 'node'],
      ['[node\n', '']
    ]
    for (const [text, key] of cases) {
      assert.throws(() => parseConfig(text), (err: unknown) => {
        assert.ok(err instanceof ConfigError, `${text}: ${String(err)}`)
        assert.equal(err.key, key, text)
        assert.equal(err.code, 'ERR_CONFIG')
        if (key !== '') assert.ok(err.message.startsWith(`${key}: `), err.message)
        return true
      })
    }
  })

  it('readNodeConfig says which file and key are wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lafs-config-'))
    try {
      await writeFile(join(dir, 'lafs.toml'), '[web]\nport = -3\n')
      await assert.rejects(readNodeConfig(dir), (err: unknown) =>
        err instanceof ConfigError && err.key === 'web.port' && err.message.includes('lafs.toml') && err.message.includes('web.port'))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('sizes', () => {
  it('parses sizes as Tahoe does', () => {
    const cases: Array<[string, number]> = [
      ['0', 0], ['17', 17], ['1G', 1e9], ['1g', 1e9], ['100MB', 100e6], ['1GiB', 1024 ** 3], ['512kB', 512e3],
      ['10k', 10e3], ['2Ki', 2048], ['3MiB', 3 * 1024 ** 2], ['5B', 5], ['1iB', 1]
    ]
    for (const [text, bytes] of cases) assert.equal(parseSize(text), bytes, text)
    for (const text of ['', '1T', '-1', '1.5G', '1GIB', 'G', '1 G', '1BB', '99999999999999999G']) {
      assert.throws(() => parseSize(text), SizeError, text)
    }
  })

  it('formats sizes that parse back exactly', () => {
    for (const size of [0, 1, 1000, 1024, 1500, 1e9, 1024 ** 3, 123456789, 3 * 1024 ** 2]) {
      assert.equal(parseSize(formatSize(size)), size)
    }
    assert.equal(formatSize(1e9), '1G')
    assert.equal(formatSize(1024 ** 3), '1GiB')
  })
})

describe('node key', () => {
  it('gives the key pair libp2p derives from the same seed, and round-trips its file form', async () => {
    for (const fill of [0, 1, 0x5a, 0xff]) {
      const seed = new Uint8Array(32).fill(fill)
      seed[0] = fill ^ 0x33
      const ours = await nodePrivateKey(seed)
      const theirs = await generateKeyPairFromSeed('Ed25519', seed)
      assert.deepEqual(ours.publicKey.raw, theirs.publicKey.raw)
      const message = new TextEncoder().encode('lafs')
      assert.ok(await theirs.publicKey.verify(message, await ours.sign(message)))
      assert.deepEqual(decodeNodeKey(encodeNodeKey(seed)), seed)
    }
    assert.throws(() => decodeNodeKey('priv-v1-aaaa'), NodeKeyError)
    assert.throws(() => decodeNodeKey('priv-v0-' + 'a'.repeat(51)), NodeKeyError)
    assert.throws(() => decodeNodeKey('priv-v0-aaaa'), NodeKeyError)
  })
})
