/**
 * `lafs debug ssk-cap` and `lafs debug dump-cap`, run through main() with
 * captured output, and once as a real process.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { main } from '../src/cli/main.js'
import type { CliIo } from '../src/cli/command.js'
import { loadJsonFixture, loadTahoeVectors } from './helpers/vectors.js'

const BIN = fileURLToPath(new URL('../../bin/lafs.js', import.meta.url))

class Capture extends Writable {
  text = ''
  override _write (chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

async function run (...args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  const stdout = new Capture()
  const stderr = new Capture()
  const io: CliIo = { stdout, stderr, stdin: Readable.from([]), isTTY: false, env: {} }
  const code = await main(args, io)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

function fields (text: string): Map<string, string> {
  const lines = text.trimEnd().split('\n')
  return new Map(lines.map(line => {
    const at = line.indexOf(': ')
    return [line.slice(0, at), line.slice(at + 2)]
  }))
}

interface ChkExample { cap: string, verify_cap: string, storage_index_base32: string, k: number, n: number, size: number }
const chk = loadJsonFixture<{ examples: ChkExample[] }>('chk-worked-examples.json').examples[1]
if (chk === undefined) throw new Error('no CHK example')

void describe('lafs debug dump-cap', () => {
  void it('prints every field of a CHK cap as name: value lines', async () => {
    const { code, stdout, stderr } = await run('debug', 'dump-cap', chk.cap)
    assert.equal(code, 0)
    assert.equal(stderr, '')
    const f = fields(stdout)
    assert.equal(f.get('kind'), 'chk')
    assert.equal(f.get('key'), chk.cap.split(':')[2])
    assert.equal(f.get('ueb_hash'), chk.cap.split(':')[3])
    assert.deepEqual([f.get('k'), f.get('n'), f.get('size')], [String(chk.k), String(chk.n), String(chk.size)])
    assert.equal(f.get('storage_index'), chk.storage_index_base32)
    assert.equal(f.get('read_cap'), chk.cap)
    assert.equal(f.get('verify_cap'), chk.verify_cap)
    assert.equal(f.get('mutable'), 'false')
  })

  void it('prints one JSON object with --json', async () => {
    const { code, stdout } = await run('debug', 'dump-cap', '--json', chk.cap)
    assert.equal(code, 0)
    assert.equal(stdout.trimEnd().split('\n').length, 1)
    const json = JSON.parse(stdout) as Record<string, unknown>
    assert.equal(json.kind, 'chk')
    assert.equal(json.k, chk.k)
    assert.equal(json.size, chk.size)
    assert.equal(json.storage_index, chk.storage_index_base32)
    assert.equal(json.verify_cap, chk.verify_cap)
    assert.equal(json.read_only, true)
  })

  void it('derives the read key, read cap and verify cap of a directory write cap', async () => {
    const sdmf = loadTahoeVectors().find(v => v.format.params?.format === 'sdmf')?.expected ?? ''
    const dir = sdmf.replace('URI:SSK:', 'URI:DIR2:')
    const f = fields((await run('debug', 'dump-cap', dir)).stdout)
    assert.equal(f.get('kind'), 'dir2')
    assert.equal(f.get('directory'), 'true')
    assert.equal(f.get('read_only'), 'false')
    assert.equal(f.get('key'), sdmf.split(':')[2])
    assert.equal(f.get('fingerprint'), sdmf.split(':')[3])
    const readkey = f.get('readkey') ?? ''
    assert.equal(f.get('read_cap'), `URI:DIR2-RO:${readkey}:${sdmf.split(':')[3]}`)
    assert.equal(f.get('verify_cap'), `URI:DIR2-Verifier:${f.get('storage_index')}:${sdmf.split(':')[3]}`)
    // The read cap dumps to the same storage index.
    const ro = fields((await run('debug', 'dump-cap', f.get('read_cap') ?? '')).stdout)
    assert.equal(ro.get('storage_index'), f.get('storage_index'))
    assert.equal(ro.get('key'), readkey)
  })

  void it('shows a LIT cap without storage index or verify cap, and an unknown cap as unknown', async () => {
    const lit = fields((await run('debug', 'dump-cap', 'URI:LIT:nbswy3dp')).stdout)
    assert.equal(lit.get('size'), '5')
    assert.equal(lit.has('storage_index'), false)
    assert.equal(lit.has('verify_cap'), false)
    const unknown = fields((await run('debug', 'dump-cap', 'ro.URI:NEW:abc')).stdout)
    assert.equal(unknown.get('kind'), 'unknown')
    assert.equal(unknown.get('read_only'), 'true')
  })

  void it('reports a malformed cap (exit 1) without echoing it', async () => {
    const bad = chk.cap.replace(/:3:10:/, ':11:10:')
    const { code, stdout, stderr } = await run('debug', 'dump-cap', bad)
    assert.equal(code, 1)
    assert.equal(stdout, '')
    assert.match(stderr, /k \(11\) cannot exceed n \(10\)/)
    assert.ok(!stderr.includes(chk.cap.split(':')[2] ?? '?'))
  })

  void it('exits 2 with the usage on bad usage', async () => {
    for (const args of [[], [chk.cap, chk.cap], ['--bogus', chk.cap], ['--json=yes', chk.cap]]) {
      const { code, stderr } = await run('debug', 'dump-cap', ...args)
      assert.equal(code, 2, args.join(' '))
      assert.match(stderr, /usage: lafs debug dump-cap CAP \[--json\]/)
    }
  })
})

void describe('lafs debug ssk-cap', () => {
  let dir = ''
  const vectors = loadTahoeVectors().filter(v => v.format.kind === 'ssk')
  const sdmf = vectors.find(v => v.format.params?.format === 'sdmf')
  const mdmf = vectors.find(v => v.format.params?.format === 'mdmf')

  void before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lafs-ssk-cap-'))
    await writeFile(join(dir, 'sdmf.pem'), sdmf?.format.params?.key ?? '')
    await writeFile(join(dir, 'mdmf.pem'), mdmf?.format.params?.key ?? '')
  })
  void after(async () => { await rm(dir, { recursive: true, force: true }) })

  void it('prints the SDMF write cap by default, newline-terminated', async () => {
    const { code, stdout } = await run('debug', 'ssk-cap', '--private-key', join(dir, 'sdmf.pem'))
    assert.equal(code, 0)
    assert.equal(stdout, `${sdmf?.expected ?? '?'}\n`)
  })

  void it('prints the MDMF write cap with --format mdmf; the same key gives the same fields', async () => {
    const { stdout } = await run('debug', 'ssk-cap', '--private-key', join(dir, 'mdmf.pem'), '--format', 'mdmf')
    assert.equal(stdout, `${mdmf?.expected ?? '?'}\n`)
    const asSdmf = await run('debug', 'ssk-cap', '--format=sdmf', `--private-key=${join(dir, 'mdmf.pem')}`)
    assert.equal(asSdmf.stdout, (mdmf?.expected ?? '?').replace('URI:MDMF:', 'URI:SSK:') + '\n')
  })

  void it('exits 2 on bad usage', async () => {
    for (const args of [[], ['--format', 'mdmf'], ['--private-key', join(dir, 'sdmf.pem'), '--format', 'chk'], ['extra']]) {
      const { code, stderr } = await run('debug', 'ssk-cap', ...args)
      assert.equal(code, 2, args.join(' '))
      assert.match(stderr, /usage: lafs debug ssk-cap/)
    }
  })

  void it('exits 1 for a missing file, a file that is not a key, and a key that is not 2048 bits', async () => {
    const missing = await run('debug', 'ssk-cap', '--private-key', join(dir, 'nope.pem'))
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /ENOENT/)
    await writeFile(join(dir, 'junk.pem'), 'not a key\n')
    const junk = await run('debug', 'ssk-cap', '--private-key', join(dir, 'junk.pem'))
    assert.equal(junk.code, 1)
    assert.match(junk.stderr, /not a PEM private key/)
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs1' })
    await writeFile(join(dir, 'small.pem'), small)
    const tooSmall = await run('debug', 'ssk-cap', '--private-key', join(dir, 'small.pem'))
    assert.equal(tooSmall.code, 1)
    assert.match(tooSmall.stderr, /must be 2048 bits/)
  })
})

void describe('lafs as a real process', () => {
  void it('runs debug dump-cap and exits 0, and exits 2 on bad usage', async () => {
    const exec = promisify(execFile)
    const { stdout } = await exec(process.execPath, [BIN, 'debug', 'dump-cap', '--json', 'URI:LIT:nbswy3dp'])
    assert.deepEqual(JSON.parse(stdout), {
      kind: 'lit', directory: false, mutable: false, read_only: true, size: 5, data: 'nbswy3dp', read_cap: 'URI:LIT:nbswy3dp'
    })
    await assert.rejects(exec(process.execPath, [BIN, 'debug', 'dump-cap']), (err: unknown) => {
      assert.ok(err instanceof Error && 'code' in err && 'stderr' in err)
      assert.equal(err.code, 2)
      assert.match(String(err.stderr), /expected exactly one CAP/)
      return true
    })
  })
})
