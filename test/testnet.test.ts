/**
 * The testnet script with real processes: start a small testnet, check
 * testnet.json and every node's GET /?t=json, stop it, and make sure no
 * node process is left.
 */
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { fetchWelcome, isNodeProcess, stopTestnet, type TestnetFile } from '../scripts/lib/testnet.js'

const run = promisify(execFile)
const SCRIPT = fileURLToPath(new URL('../scripts/testnet.js', import.meta.url))
const NODES = 3

describe('testnet script', () => {
  let root: string | undefined

  after(async () => {
    if (root === undefined) return
    // Whatever happened above, leave no process behind.
    await stopTestnet(join(root, 'net')).catch((err: unknown) => { console.error('testnet cleanup:', err) })
    await rm(root, { recursive: true, force: true })
  })

  it('starts nodes that all list each other, and stops every one of them', async () => {
    root = await mkdtemp(join(tmpdir(), 'lafs-testnet-'))
    const dir = join(root, 'net')
    const started = await run(process.execPath, [SCRIPT, 'start', '--nodes', String(NODES), '--dir', dir, '--client'])
    assert.match(started.stdout, /testnet of 3 storage node\(s\) and a client running/)

    const file = JSON.parse(await readFile(join(dir, 'testnet.json'), 'utf8')) as TestnetFile
    assert.equal(file.nodes.length, NODES + 1)
    assert.deepEqual(file.nodes.map(n => n.storage), [true, true, true, false])
    const storage = file.nodes.filter(n => n.storage).map(n => n.peerId).sort()
    for (const node of file.nodes) {
      assert.ok(await isNodeProcess(node.pid, node.dir), `${node.name} runs`)
      assert.match(node.webUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/)
      assert.equal(await readFile(join(node.dir, 'node.url'), 'utf8'), `${node.webUrl}\n`)
      const welcome = await fetchWelcome(node.webUrl)
      assert.equal(welcome.node.nodeid, node.peerId)
      assert.deepEqual(welcome.servers.map(s => s.nodeid).sort(), storage, `${node.name}'s table`)
      assert.ok(welcome.servers.every(s => s.connected))
      // Nothing but 127.0.0.1 is listened on or announced.
      for (const address of [...welcome.node.addresses, ...welcome.servers.flatMap(s => s.addresses)]) {
        assert.match(address, /^\/ip4\/127\.0\.0\.1\/tcp\/\d+/)
      }
    }

    const stopped = await run(process.execPath, [SCRIPT, 'stop', '--dir', dir])
    assert.match(stopped.stdout, /stopped 4 node\(s\)$/m)
    for (const node of file.nodes) {
      assert.equal(await isNodeProcess(node.pid, node.dir), false, `${node.name} is gone`)
      // A clean stop removes node.url and says so in the log.
      await assert.rejects(access(join(node.dir, 'node.url')), { code: 'ENOENT' })
      assert.match(await readFile(join(node.dir, 'logs', 'node.log'), 'utf8'), /SIGTERM: stopping\nstopped\n$/)
    }
  })

  it('refuses bad arguments with exit code 2', async () => {
    await assert.rejects(run(process.execPath, [SCRIPT, 'start', '--nodes', '0']), { code: 2 })
    await assert.rejects(run(process.execPath, [SCRIPT, 'launch']), { code: 2 })
    await assert.rejects(run(process.execPath, [SCRIPT, 'start', '--nodes', '2', '--bogus']), { code: 2 })
  })
})
