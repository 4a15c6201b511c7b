/**
 * Remembered directory bodies (known-bodies.ts): a body that was packed or
 * unpacked before reads back exactly as a fresh parse reads it, records are
 * reused only for the options they were made with, callers cannot change
 * what the next caller is given, and the memory stays bounded.
 */
import { describe, it, beforeEach } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { packDirectory, unpackDirectory, type DirEntry } from '../src/fs/dirnode.js'
import { MAX_KNOWN_BODIES, forgetKnownBodies, knownBodyCount } from '../src/fs/dirnode/known-bodies.js'
import { CAPS, concatBytes, expectedRwcapdata, rawEntry, readOf } from './helpers/dirnode-fixtures.js'

/** Entries of many shapes: write and read caps, unknown caps, odd metadata, names that NFC changes. */
function sampleEntries (): DirEntry[] {
  return [
    { name: 'plain.txt', readCap: CAPS.chk, metadata: { tahoe: { linkcrtime: 1700000000.25, linkmotime: 1700000001.5 } } },
    { name: 'writable', writeCap: CAPS.ssk, metadata: { size: 12, mtime: 1.0, nested: { list: [1, 'two', null, true] } } },
    { name: 'Cafe\u0301', readCap: CAPS.lit, metadata: { 'no-write': true } },
    { name: 'future', writeCap: 'x-future:write', readCap: 'ro.x-future:read', metadata: { text: 'caf\u00e9 \ud83d\ude00 "quoted" \\ back' } },
    { name: 'opaque', metadata: {} },
    { name: 'mdmf', writeCap: CAPS.mdmf, metadata: { '2': 'b', '1': 'a', x: -0.5 } }
  ]
}

function fresh (body: Uint8Array, options: Parameters<typeof unpackDirectory>[1]): ReturnType<typeof unpackDirectory> {
  forgetKnownBodies()
  return unpackDirectory(body, options)
}

void describe('remembered directory bodies', () => {
  beforeEach(() => { forgetKnownBodies() })

  void it('reads a body it packed exactly as a fresh parse does, with every option', () => {
    const writekey = randomBytes(16)
    const body = packDirectory(sampleEntries(), { writekey })
    const remembered = unpackDirectory(body, { writekey })
    assert.deepEqual(remembered, fresh(body, { writekey }))
    // Without the writekey the children are read-only: not the writable reading from memory.
    packDirectory(sampleEntries(), { writekey })
    const readOnly = unpackDirectory(body, {})
    assert.equal(readOnly.entries.some(entry => entry.writeCap !== undefined), false)
    assert.deepEqual(readOnly, fresh(body, {}))
    // Another writekey cannot open the write caps: a problem per writable child, as from a fresh parse.
    packDirectory(sampleEntries(), { writekey })
    const otherKey = randomBytes(16)
    const wrongKey = unpackDirectory(body, { writekey: otherKey })
    assert.ok(wrongKey.problems.some(problem => problem.reason === 'bad-write-cap'))
    assert.deepEqual(wrongKey, fresh(body, { writekey: otherKey }))
  })

  void it('packs remembered entries to the same bytes as fresh copies of them', () => {
    const writekey = randomBytes(16)
    const first = packDirectory(sampleEntries(), { writekey })
    const { entries } = unpackDirectory(first, { writekey })
    const changed = [...entries.filter(entry => entry.name !== 'opaque'), { name: 'added', readCap: CAPS.chk, metadata: { n: 1 } }]
    const copies = structuredClone(changed)
    const reused = packDirectory(changed, { writekey })
    forgetKnownBodies()
    assert.deepEqual(reused, packDirectory(copies, { writekey }))
    // A record made under one writekey is not reused under another.
    const otherKey = randomBytes(16)
    const underOther = packDirectory(changed, { writekey: otherKey })
    forgetKnownBodies()
    assert.deepEqual(underOther, packDirectory(structuredClone(changed), { writekey: otherKey }))
    assert.notDeepEqual(underOther, reused)
  })

  void it('hands out frozen entries and fresh arrays, so no caller changes what the next one gets', () => {
    const writekey = randomBytes(16)
    const body = packDirectory(sampleEntries(), { writekey })
    const first = unpackDirectory(body, { writekey })
    const entry = first.entries[0] as DirEntry
    assert.ok(Object.isFrozen(entry))
    assert.throws(() => { (entry.metadata as Record<string, unknown>).added = 1 }, TypeError)
    first.entries.pop()
    const second = unpackDirectory(body, { writekey })
    assert.equal(second.entries.length, sampleEntries().length)
  })

  void it('remembers the problems of a damaged body, and hands out copies of them', () => {
    const writekey = randomBytes(16)
    const good = rawEntry('good', readOf(CAPS.ssk), expectedRwcapdata(writekey, CAPS.ssk), '{}')
    const damagedRwcap = expectedRwcapdata(writekey, CAPS.ssk)
    damagedRwcap[20] = (damagedRwcap[20] ?? 0) ^ 1
    const damaged = rawEntry('damaged', readOf(CAPS.ssk), damagedRwcap, '{}')
    const badMetadata = rawEntry('bad-metadata', CAPS.chk, expectedRwcapdata(writekey, ''), '[1]')
    const body = concatBytes(good, damaged, badMetadata)
    const first = unpackDirectory(body, { writekey })
    assert.deepEqual(first.problems.map(problem => problem.reason).sort(), ['bad-metadata', 'bad-write-cap'])
    for (const problem of first.problems) problem.listed = !problem.listed
    const second = unpackDirectory(body, { writekey })
    assert.deepEqual(second, fresh(body, { writekey }))
  })

  void it('gives what a fresh parse and a fresh pack give, over many random changes', () => {
    const writekey = randomBytes(16)
    const pairs: Array<{ writeCap?: string, readCap?: string }> = [
      { readCap: CAPS.chk }, { readCap: CAPS.lit }, { readCap: readOf(CAPS.ssk) }, { readCap: CAPS.dirChk }, {},
      { writeCap: CAPS.ssk }, { writeCap: CAPS.mdmf, readCap: readOf(CAPS.mdmf) }, { writeCap: CAPS.dir2 },
      { writeCap: 'x-future:w', readCap: 'ro.x-future:r' }, { readCap: 'imm.x-future:i' }
    ]
    const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T
    const randomValue = (depth: number): unknown => pick([
      () => Math.random() * 1e6, () => Math.floor(Math.random() * 2 ** 40), () => -0, () => pick(['', 'caf\u00e9', '\ud800 lone', 'tab\tquote"']),
      () => null, () => true, () => undefined,
      () => depth > 2 ? 1 : [randomValue(depth + 1), randomValue(depth + 1)],
      () => depth > 2 ? {} : { a: randomValue(depth + 1), '10': randomValue(depth + 1), '2': randomValue(depth + 1) }
    ])()
    const randomEntry = (): DirEntry => {
      const entry: DirEntry = { name: pick(['a', 'b', 'Cafe\u0301', 'Caf\u00e9', '\u00e9t\u00e9', 'z', 'long name '.repeat(3)]) + String(Math.floor(Math.random() * 20)), metadata: { m: randomValue(0) } }
      Object.assign(entry, pick(pairs))
      if (Math.random() < 0.2) entry.metadata['no-write'] = true
      return entry
    }
    let entries: DirEntry[] = []
    for (let round = 0; round < 200; round++) {
      const children = new Map(entries.map(entry => [entry.name, entry]))
      const added = randomEntry()
      children.delete(added.name.normalize('NFC'))
      if (Math.random() < 0.3 && children.size > 0) children.delete(pick([...children.keys()]))
      else children.set(added.name, added)
      const list = [...children.values()]
      const copies = structuredClone(list)
      const body = packDirectory(list, { writekey })
      const read = unpackDirectory(body, { writekey })
      forgetKnownBodies()
      assert.deepEqual(body, packDirectory(copies, { writekey }), `round ${round}: the same bytes as a fresh pack`)
      forgetKnownBodies()
      const freshRead = unpackDirectory(body, { writekey })
      assert.deepEqual(read, freshRead, `round ${round}: the same reading as a fresh parse`)
      // Carry on from the remembered state half the time, from a fresh one otherwise.
      packDirectory(list, { writekey })
      entries = Math.random() < 0.5 ? unpackDirectory(body, { writekey }).entries : freshRead.entries
    }
  })

  void it('keeps at most MAX_KNOWN_BODIES bodies', () => {
    for (let i = 0; i < MAX_KNOWN_BODIES + 8; i++) packDirectory([{ name: `n${i}`, readCap: CAPS.chk, metadata: {} }], {})
    assert.equal(knownBodyCount(), MAX_KNOWN_BODIES)
  })
})
