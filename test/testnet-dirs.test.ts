/**
 * Directories across a real multi-process testnet (10 storage nodes and a
 * client-only gateway), through the `lafs` CLI and the web API: nesting,
 * renames, relinks and unlinks, read-only diminishing, Tahoe's error
 * statuses, cp -r both ways, aliases, and 7 of 10 nodes stopped.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startTestnet, stopProcesses, stopTestnet, type TestnetNode } from '../scripts/lib/testnet.js'

const LAFS = fileURLToPath(new URL('../../bin/lafs.js', import.meta.url))

interface Run { code: number, stdout: string, stderr: string }

async function lafs (...args: string[]): Promise<Run> {
  return await new Promise(resolve => {
    execFile(process.execPath, [LAFS, ...args], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1
      resolve({ code, stdout, stderr })
    })
  })
}

interface Answer { status: number, text: string }

async function http (base: string, path: string, method = 'GET', body?: string | Buffer): Promise<Answer> {
  const response = await fetch(new URL(path, base), { method, body: body === undefined ? undefined : new Uint8Array(Buffer.from(body)) })
  return { status: response.status, text: await response.text() }
}

type NodeJson = [string, Record<string, unknown>]

function childrenOf (json: NodeJson): Record<string, NodeJson> {
  return json[1].children as Record<string, NodeJson>
}

/** Every file under a local directory, relative path → contents. */
async function treeOf (dir: string, prefix = ''): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) for (const [name, data] of await treeOf(path, `${prefix}${entry.name}/`)) files.set(name, data)
    else files.set(`${prefix}${entry.name}`, await readFile(path))
  }
  return files
}

describe('directories on a 10-node multi-process testnet', () => {
  let root: string
  let nodes: TestnetNode[]
  let client: TestnetNode
  let base: string
  let dircap: string
  const uri = (cap: string, path = ''): string => `uri/${encodeURIComponent(cap)}${path === '' ? '' : `/${path}`}`

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'lafs-dirs-'))
    nodes = (await startTestnet({ nodes: 10, dir: join(root, 'net'), client: true })).nodes
    client = nodes.find(node => !node.storage) as TestnetNode
    base = client.webUrl
  })

  after(async () => {
    await stopTestnet(join(root, 'net')).catch((err: unknown) => { console.error('testnet cleanup:', err) })
    await rm(root, { recursive: true, force: true })
  })

  it('creates, lists and uses aliases', async () => {
    const made = await lafs('create-alias', '-d', client.dir, 'tahoe')
    assert.equal(made.code, 0, made.stderr)
    const again = await lafs('create-alias', '-d', client.dir, 'tahoe')
    assert.notEqual(again.code, 0)
    const listed = await lafs('list-aliases', '-d', client.dir, '--json')
    assert.equal(listed.code, 0, listed.stderr)
    const table = JSON.parse(listed.stdout) as Record<string, { readwrite: string, readonly: string }>
    dircap = table.tahoe?.readwrite ?? ''
    assert.match(dircap, /^URI:DIR2:/)
    assert.match(table.tahoe?.readonly ?? '', /^URI:DIR2-RO:/)
    const added = await lafs('add-alias', '-d', client.dir, 'other', dircap)
    assert.equal(added.code, 0, added.stderr)
    const plain = await lafs('list-aliases', '-d', client.dir)
    assert.match(plain.stdout, /other: URI:DIR2:/)
    assert.match(plain.stdout, /tahoe: URI:DIR2:/)
  })

  it('nests directories three deep through the CLI and the web API, and reads files inside them', async () => {
    for (const path of ['a', 'a/b']) {
      const run = await lafs('mkdir', '-d', client.dir, `tahoe:${path}`)
      assert.equal(run.code, 0, run.stderr)
      assert.match(run.stdout, /^URI:DIR2:/)
    }
    const mdmf = await lafs('mkdir', '-d', client.dir, '--format', 'MDMF')
    assert.match(mdmf.stdout, /^URI:DIR2-MDMF:/)
    const made = await http(base, `${uri(dircap, 'a/b')}?t=mkdir&name=c`, 'POST')
    assert.equal(made.status, 200, made.text)
    const local = join(root, 'hello.txt')
    await writeFile(local, 'hello, nested world\n')
    const put = await lafs('put', '-d', client.dir, local, 'tahoe:a/b/c/hello.txt')
    assert.equal(put.code, 0, put.stderr)
    const fileCap = put.stdout.trim()
    assert.match(fileCap, /^URI:LIT:/)

    const got = await http(base, uri(dircap, 'a/b/c/hello.txt'))
    assert.equal(got.status, 200)
    assert.equal(got.text, 'hello, nested world\n')
    const viaCli = await lafs('get', '-d', client.dir, 'other:a/b/c/hello.txt')
    assert.equal(viaCli.stdout, 'hello, nested world\n')

    const json = JSON.parse((await http(base, `${uri(dircap, 'a/b/c/hello.txt')}?t=json`)).text) as NodeJson
    assert.equal(json[0], 'filenode')
    assert.equal(json[1].ro_uri, fileCap)
    assert.ok(typeof json[1].metadata === 'object', 'a file in a directory reports its link metadata')

    // A big file (CHK) uploaded straight into a path whose directories do not exist yet.
    const data = randomBytes(200_000)
    const created = await http(base, uri(dircap, 'x/y/%C3%A9t%C3%A9.bin'), 'PUT', data)
    assert.equal(created.status, 201, created.text)
    const replaced = await http(base, uri(dircap, 'x/y/%C3%A9t%C3%A9.bin'), 'PUT', data)
    assert.equal(replaced.status, 200, replaced.text)
    const ls = await lafs('ls', '-d', client.dir, 'tahoe:x/y')
    assert.equal(ls.stdout, 'été.bin\n')
    const back = Buffer.from(await (await fetch(new URL(uri(dircap, 'x/y/%C3%A9t%C3%A9.bin'), base))).arrayBuffer())
    assert.ok(back.equals(data))
    const long = await lafs('ls', '-d', client.dir, '-l', 'tahoe:a/b/c')
    assert.match(long.stdout, /^- +20 \S+ \S+ hello\.txt\n$/)
  })

  it('renames, relinks and unlinks, through the web API and the CLI', async () => {
    const renamed = await http(base, `${uri(dircap, 'a/b/c')}?t=rename&from_name=hello.txt&to_name=greeting.txt`, 'POST')
    assert.equal(renamed.status, 200, renamed.text)
    const xCap = (await http(base, `${uri(dircap, 'x')}?t=uri`)).text.trim()
    const relinked = await http(base, `${uri(dircap, 'a/b/c')}?t=relink&from_name=greeting.txt&to_dir=${encodeURIComponent(xCap)}&to_name=moved.txt`, 'POST')
    assert.equal(relinked.status, 200, relinked.text)
    assert.deepEqual(Object.keys(childrenOf(JSON.parse((await http(base, `${uri(dircap, 'x')}?t=json`)).text) as NodeJson)).sort(), ['moved.txt', 'y'])
    assert.deepEqual(childrenOf(JSON.parse((await http(base, `${uri(dircap, 'a/b/c')}?t=json`)).text) as NodeJson), {})

    const mv = await lafs('mv', '-d', client.dir, 'tahoe:x/moved.txt', 'tahoe:a/b/c/')
    assert.equal(mv.code, 0, mv.stderr)
    const ln = await lafs('ln', '-d', client.dir, 'tahoe:a/b/c/moved.txt', 'tahoe:a/linked.txt')
    assert.equal(ln.code, 0, ln.stderr)
    assert.equal((await lafs('ls', '-d', client.dir, 'tahoe:a')).stdout, 'b\nlinked.txt\n')
    const rmRun = await lafs('rm', '-d', client.dir, 'tahoe:a/linked.txt')
    assert.equal(rmRun.code, 0, rmRun.stderr)
    const deleted = await http(base, uri(dircap, 'a/b/c/moved.txt'), 'DELETE')
    assert.equal(deleted.status, 200, deleted.text)
    assert.equal((await lafs('ls', '-d', client.dir, 'tahoe:a')).stdout, 'b\n')
    assert.equal((await http(base, uri(dircap, 'a/b/c/moved.txt'), 'DELETE')).status, 404)
  })

  it('diminishes to read-only through a read cap, and refuses writes through it', async () => {
    const roCap = (await http(base, `${uri(dircap)}?t=readonly-uri`)).text.trim()
    assert.match(roCap, /^URI:DIR2-RO:/)
    const json = JSON.parse((await http(base, `${uri(roCap, 'a')}?t=json`)).text) as NodeJson
    assert.equal(json[0], 'dirnode')
    assert.equal(json[1].rw_uri, undefined)
    const child = childrenOf(json).b as NodeJson
    assert.equal(child[1].rw_uri, undefined)
    assert.match(String(child[1].ro_uri), /^URI:DIR2-RO:/)
    const write = await http(base, uri(roCap, 'a/new.txt'), 'PUT', 'no')
    assert.equal(write.status, 400)
    const mkdirRo = await http(base, `${uri(roCap, 'a')}?t=mkdir&name=z`, 'POST')
    assert.equal(mkdirRo.status, 400)
  })

  it("answers Tahoe's statuses: 409, 404 and 400", async () => {
    const fileCap = (await http(base, 'uri', 'PUT', 'some bytes')).text.trim()
    assert.equal((await http(base, `${uri(dircap, 'a/f')}?t=uri`, 'PUT', fileCap)).status, 201)
    assert.equal((await http(base, `${uri(dircap, 'a/f')}?t=uri&replace=false`, 'PUT', fileCap)).status, 409)
    assert.equal((await http(base, `${uri(dircap, 'a/f')}?replace=false`, 'PUT', 'other')).status, 409)
    assert.equal((await http(base, `${uri(dircap, 'a')}?t=mkdir&name=f&replace=false`, 'POST')).status, 409)
    assert.equal((await http(base, uri(dircap, 'a/missing'))).status, 404)
    assert.equal((await http(base, `${uri(dircap, 'nope/deeper')}?t=json`)).status, 404)
    assert.equal((await http(base, `${uri(dircap, 'a')}?t=rename&from_name=missing&to_name=x`, 'POST')).status, 404)
    assert.equal((await http(base, 'uri?t=mkdir-with-children', 'POST', '{"a": [')).status, 400)
    assert.equal((await http(base, `${uri(dircap, 'a')}?t=set-children`, 'POST', '[1, 2]')).status, 400)
    assert.equal((await http(base, `${uri(dircap, 'a')}?t=uri&name=a%2Fb&uri=${encodeURIComponent(fileCap)}`, 'POST')).status, 400)
    assert.equal((await http(base, `${uri(dircap, 'a')}?t=mkdir&name=p/q`, 'POST')).status, 400)
    assert.equal((await http(base, uri(dircap, 'a/p%2Fq'), 'PUT', 'x')).status, 400)
    assert.equal((await http(base, 'uri/URI%3ADIR2%3Anotacap/a?t=json')).status, 400)

    const children = { one: ['filenode', { ro_uri: fileCap, metadata: { note: 'kept' } }] }
    const withChildren = await http(base, 'uri?t=mkdir-with-children', 'POST', JSON.stringify(children))
    assert.equal(withChildren.status, 200, withChildren.text)
    const listed = JSON.parse((await http(base, `${uri(withChildren.text.trim())}?t=json`)).text) as NodeJson
    assert.deepEqual(Object.keys(childrenOf(listed)), ['one'])
    const immutable = await http(base, 'uri?t=mkdir-immutable', 'POST', JSON.stringify(children))
    assert.match(immutable.text, /^URI:DIR2-(CHK|LIT):/)
    const set = await http(base, `${uri(dircap, 'a')}?t=set_children`, 'POST', JSON.stringify({ two: children.one, three: children.one }))
    assert.equal(set.status, 200, set.text)
    assert.equal((await lafs('ls', '-d', client.dir, 'tahoe:a')).stdout, 'b\nf\nthree\ntwo\n')
    assert.equal((await http(base, `${uri(dircap, 'a')}?t=unlink&name=three`, 'POST')).status, 200)
  })

  it('copies a local tree of 50 files up with cp -r and back out, byte for byte', async () => {
    const tree = join(root, 'tree')
    let bytes = 0
    for (let i = 0; i < 50; i++) {
      const dir = join(tree, `d${i % 3}`, i % 2 === 0 ? 'even' : '')
      await mkdir(dir, { recursive: true })
      const data = randomBytes(10 + i * 37)
      bytes += data.length
      await writeFile(join(dir, `f${i}.bin`), data)
    }
    const up = await lafs('cp', '-d', client.dir, '-r', tree, 'tahoe:copied')
    assert.equal(up.code, 0, up.stderr)
    assert.match(up.stdout, new RegExp(`\\b50 files, ${bytes} bytes\\n$`))
    const out = join(root, 'out')
    const down = await lafs('cp', '-d', client.dir, '-r', 'tahoe:copied', out)
    assert.equal(down.code, 0, down.stderr)
    assert.match(down.stdout, new RegExp(`\\b50 files, ${bytes} bytes\\n$`))
    assert.deepEqual(await treeOf(out), await treeOf(tree))

    // Single files: into a directory (the alias root), back out, and grid to grid (the same cap linked).
    const single = join(tree, 'd1', 'f1.bin')
    const upOne = await lafs('cp', '-d', client.dir, single, 'tahoe:')
    assert.equal(upOne.code, 0, upOne.stderr)
    assert.match(upOne.stdout, /\b1 files, 47 bytes\n$/)
    const gridCopy = await lafs('cp', '-d', client.dir, 'tahoe:f1.bin', 'tahoe:copied/again.bin')
    assert.equal(gridCopy.code, 0, gridCopy.stderr)
    const downOne = await lafs('cp', '-d', client.dir, 'tahoe:copied/again.bin', join(root, 'again.bin'))
    assert.equal(downOne.code, 0, downOne.stderr)
    assert.ok((await readFile(join(root, 'again.bin'))).equals(await readFile(single)))
    const uris = await lafs('ls', '-d', client.dir, '--uri', 'tahoe:copied')
    assert.match(uris.stdout, /^again\.bin URI:LIT:\S+\nd0 URI:DIR2:/)
  })

  it('still reads the tree with 7 of 10 storage nodes stopped', async () => {
    const storage = nodes.filter(node => node.storage)
    await stopProcesses(storage.slice(3))
    const got = await lafs('get', '-d', client.dir, 'tahoe:x/y/été.bin')
    assert.equal(got.code, 0, got.stderr)
    const out = join(root, 'out-after-stop')
    const down = await lafs('cp', '-d', client.dir, '-r', 'tahoe:copied', out)
    assert.equal(down.code, 0, down.stderr)
    const expected = await treeOf(join(root, 'tree'))
    expected.set('again.bin', await readFile(join(root, 'again.bin')))
    assert.deepEqual(await treeOf(out), expected)
  })
})
