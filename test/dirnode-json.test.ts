/**
 * Link metadata rules (spec g.2), read-only diminishing, the web API's
 * JSON shapes for listings (spec m.3), and Python-compatible JSON text
 * checked against what Python 3.11's json.dumps printed for the same values.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseCap, type DirCap } from '../src/encoding/caps.js'
import {
  applyNoWrite, childJson, diminish, dirJson, dirnodeOptionsForCap, fileJson, pythonTruthy, updateMetadata, type DirEntry
} from '../src/fs/dirnode.js'
import { MetadataError } from '../src/fs/errors.js'
import { pythonJsonDumps } from '../src/fs/python-json.js'
import { CAPS, readOf, verifyOf } from './helpers/dirnode-fixtures.js'

void describe('updateMetadata', () => {
  void it('stamps a new link with both times', () => {
    assert.deepEqual(updateMetadata(undefined, 100.5), { tahoe: { linkcrtime: 100.5, linkmotime: 100.5 } })
  })

  void it('keeps linkcrtime and moves linkmotime on update', () => {
    const old = { color: 'red', tahoe: { linkcrtime: 10, linkmotime: 20 } }
    const updated = updateMetadata(old, 30)
    assert.deepEqual(updated, { color: 'red', tahoe: { linkcrtime: 10, linkmotime: 30 } })
    assert.deepEqual(old, { color: 'red', tahoe: { linkcrtime: 10, linkmotime: 20 } }, 'input not modified')
  })

  void it('migrates a legacy ctime into linkcrtime', () => {
    assert.deepEqual(updateMetadata({ ctime: 5, mtime: 6 }, 30), { ctime: 5, mtime: 6, tahoe: { linkcrtime: 5, linkmotime: 30 } })
    assert.deepEqual(updateMetadata({ ctime: null }, 30), { ctime: null, tahoe: { linkcrtime: 30, linkmotime: 30 } })
  })

  void it('lets user metadata replace everything except tahoe, which users cannot set', () => {
    const old = { color: 'red', ctime: 5, tahoe: { linkcrtime: 10, linkmotime: 20 } }
    const user = { size: 3, tahoe: { linkcrtime: 0, evil: true } }
    assert.deepEqual(updateMetadata(old, 30, user), { size: 3, tahoe: { linkcrtime: 10, linkmotime: 30 } })
    // With no old tahoe key, the user's is dropped and linkcrtime comes from the old ctime.
    assert.deepEqual(updateMetadata({ ctime: 7 }, 30, user), { size: 3, tahoe: { linkcrtime: 7, linkmotime: 30 } })
    assert.deepEqual(user, { size: 3, tahoe: { linkcrtime: 0, evil: true } }, 'input not modified')
  })

  void it('replaces a tahoe value that is not an object', () => {
    assert.deepEqual(updateMetadata({ tahoe: 'junk' }, 1), { tahoe: { linkcrtime: 1, linkmotime: 1 } })
  })
})

void describe('read-only links', () => {
  const writable: DirEntry = { name: 'f', writeCap: CAPS.ssk, readCap: readOf(CAPS.ssk), metadata: {} }

  void it('diminish drops the write cap and derives a missing read cap', () => {
    assert.deepEqual(diminish(writable), { name: 'f', readCap: readOf(CAPS.ssk), metadata: {} })
    assert.deepEqual(diminish({ name: 'd', writeCap: CAPS.dir2, metadata: {} }), { name: 'd', readCap: readOf(CAPS.dir2), metadata: {} })
    assert.deepEqual(diminish({ name: 'u', writeCap: 'x-future:w', metadata: {} }), { name: 'u', metadata: {} })
  })

  void it('no-write diminishes a writable child when Python would call it true', () => {
    for (const value of [true, 1, 'yes', [0], { a: 1 }]) {
      assert.equal(applyNoWrite({ ...writable, metadata: { 'no-write': value } }).writeCap, undefined, JSON.stringify(value))
    }
    for (const value of [false, 0, '', [], {}, null]) {
      assert.equal(applyNoWrite({ ...writable, metadata: { 'no-write': value } }).writeCap, CAPS.ssk, JSON.stringify(value))
    }
    assert.equal(pythonTruthy(undefined), false)
  })
})

void describe('t=json shapes', () => {
  const entries: DirEntry[] = [
    { name: 'chk', readCap: CAPS.chk, metadata: { a: 1 } },
    { name: 'lit', readCap: CAPS.lit, metadata: {} },
    { name: 'sdmf', writeCap: CAPS.ssk, readCap: readOf(CAPS.ssk), metadata: {} },
    { name: 'mdmf-ro', readCap: readOf(CAPS.mdmf), metadata: {} },
    { name: 'sub', writeCap: CAPS.dir2, readCap: readOf(CAPS.dir2), metadata: {} },
    { name: 'imm', readCap: CAPS.dirChk, metadata: {} },
    { name: 'future', readCap: 'ro.x-future:r', metadata: {} },
    { name: '__proto__', readCap: CAPS.lit, metadata: {} }
  ]
  const dirCap = parseCap(CAPS.dir2) as DirCap

  void it('lists a writable directory as Tahoe does', () => {
    const [type, info] = dirJson(dirCap, entries)
    assert.equal(type, 'dirnode')
    assert.deepEqual(Object.keys(info), ['children', 'ro_uri', 'rw_uri', 'verify_uri', 'mutable'])
    assert.equal(info.rw_uri, CAPS.dir2)
    assert.equal(info.ro_uri, readOf(CAPS.dir2))
    assert.equal(info.verify_uri, verifyOf(CAPS.dir2))
    assert.equal(info.mutable, true)
    const kids = info.children
    assert.deepEqual(kids.chk, ['filenode', { mutable: false, format: 'CHK', size: 123456, metadata: { a: 1 }, ro_uri: CAPS.chk, verify_uri: verifyOf(CAPS.chk) }])
    assert.deepEqual(kids.lit, ['filenode', { mutable: false, format: 'CHK', size: 12, metadata: {}, ro_uri: CAPS.lit }])
    assert.deepEqual(kids.sdmf, ['filenode', {
      mutable: true, format: 'SDMF', metadata: {}, rw_uri: CAPS.ssk, ro_uri: readOf(CAPS.ssk), verify_uri: verifyOf(CAPS.ssk)
    }])
    assert.equal(kids['mdmf-ro']?.[1].format, 'MDMF')
    assert.equal(kids['mdmf-ro']?.[1].rw_uri, undefined)
    assert.deepEqual(kids.sub, ['dirnode', {
      mutable: true, metadata: {}, rw_uri: CAPS.dir2, ro_uri: readOf(CAPS.dir2), verify_uri: verifyOf(CAPS.dir2)
    }])
    assert.deepEqual(kids.imm?.[0], 'dirnode')
    assert.deepEqual(kids.imm?.[1].mutable, false)
    assert.deepEqual(kids.future, ['unknown', { metadata: {}, ro_uri: 'ro.x-future:r' }])
    assert.ok(Object.hasOwn(kids, '__proto__'), 'a child named __proto__ is a child')
    assert.equal(Object.keys(kids).length, entries.length)
  })

  void it('shows no write cap anywhere in a read-only listing', () => {
    const [, info] = dirJson(parseCap(readOf(CAPS.dir2)) as DirCap, entries)
    assert.equal(info.rw_uri, undefined)
    assert.ok(!JSON.stringify(info).includes('"rw_uri"'))
    assert.equal(info.children.sdmf?.[1].ro_uri, readOf(CAPS.ssk))
  })

  void it('describes an immutable directory and a mutable file of known size', () => {
    const [, info] = dirJson(parseCap(CAPS.dirLit) as DirCap, [])
    assert.deepEqual(info, { children: {}, ro_uri: CAPS.dirLit, mutable: false })
    assert.equal(childJson(entries[2] as DirEntry, { size: 77 })[1].size, 77)
    const [, file] = fileJson(parseCap(CAPS.ssk) as never, { metadata: { m: 1 } })
    assert.deepEqual(file, { mutable: true, format: 'SDMF', ro_uri: readOf(CAPS.ssk), rw_uri: CAPS.ssk, verify_uri: verifyOf(CAPS.ssk), metadata: { m: 1 } })
  })

  void it('maps directory caps to how their bodies are read', () => {
    assert.deepEqual(Object.keys(dirnodeOptionsForCap(dirCap)), ['writekey'])
    assert.deepEqual(dirnodeOptionsForCap(parseCap(readOf(CAPS.dir2)) as DirCap), {})
    assert.deepEqual(dirnodeOptionsForCap(parseCap(CAPS.dirChk) as DirCap), { deepImmutable: true })
    assert.throws(() => dirnodeOptionsForCap(parseCap(verifyOf(CAPS.dir2) ?? '') as DirCap))
  })
})

void describe('Python json.dumps text', () => {
  void it('matches Python 3.11 for floats (a safe integer is written as a Python int)', () => {
    const values = [1e16, 1.5e16, 1e-5, 0.0001, 1e15, 1e15 + 0.5, -0, 1.5, 123, 0.1, 2.5e-7, 1.7976931348623157e308, 5e-324, 123456789012345680, 1e22]
    assert.equal(pythonJsonDumps(values),
      '[1e+16, 1.5e+16, 1e-05, 0.0001, 1000000000000000, 1000000000000000.5, -0.0, 1.5, 123, 0.1, 2.5e-07, 1.7976931348623157e+308, 5e-324, 1.2345678901234568e+17, 1e+22]')
  })

  void it('matches Python 3.11 for strings, containers and constants', () => {
    const value = { s: '\u00e9\n"\\\u007f\u0000\t\u{1F600} ~', a: [], o: {}, n: null, t: true }
    assert.equal(pythonJsonDumps(value), '{"s": "\\u00e9\\n\\"\\\\\\u007f\\u0000\\t\\ud83d\\ude00 ~", "a": [], "o": {}, "n": null, "t": true}')
    assert.deepEqual(JSON.parse(pythonJsonDumps(value)), value)
  })

  void it('refuses what JSON cannot carry', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    for (const bad of [NaN, Infinity, { d: new Date(0) }, { f: () => 1 }, cyclic, undefined]) {
      assert.throws(() => pythonJsonDumps(bad), MetadataError)
    }
  })
})
