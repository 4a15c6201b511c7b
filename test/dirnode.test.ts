/**
 * Directory bodies (spec g.1): the exact bytes of an entry re-derived from
 * the spec, round trips of mutable and immutable directories, Tahoe's own
 * packed tree, the read-cap view, name order, and bad children that are
 * dropped or degraded while the rest of the directory stays readable.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { splitNetstrings } from '../src/crypto/netstring.js'
import {
  DirChildError, DirnodeFormatError, MustBeDeepImmutableError, checkNewChildName, packDirectory, unpackDirectory,
  type DirEntry
} from '../src/fs/dirnode.js'
import { pythonJsonDumps } from '../src/fs/python-json.js'
import { CAPS, bytes, concatBytes, expectedRwcapdata, ns, rawEntry, readOf, rfcBase32Decode } from './helpers/dirnode-fixtures.js'

const writekey = bytes(16, 42)
const utf8 = new TextDecoder()

/** The four fields of each entry of a body, read with the generic netstring splitter. */
function fieldsOf (body: Uint8Array): Uint8Array[][] {
  return splitNetstrings(body).map(entry => splitNetstrings(entry))
}

void describe('entry layout', () => {
  void it('writes one mutable entry exactly as spec g.1 describes', () => {
    const name = 'r\u00e9sum\u00e9.txt'
    const metadata = { size: 5, note: 'caf\u00e9 "quoted"', tahoe: { linkcrtime: 1700000000.25, linkmotime: 1700000001.5 } }
    const body = packDirectory([{ name, writeCap: CAPS.ssk, metadata }], { writekey })
    const metadataJson = '{"size": 5, "note": "caf\\u00e9 \\"quoted\\"", "tahoe": {"linkcrtime": 1700000000.25, "linkmotime": 1700000001.5}}'
    const expected = ns(concatBytes(ns(name), ns(readOf(CAPS.ssk)), ns(expectedRwcapdata(writekey, CAPS.ssk)), ns(metadataJson)))
    assert.deepEqual(body, expected)
  })

  void it('still writes salt and MAC (48 bytes) for a child without a write cap', () => {
    const body = packDirectory([{ name: 'f', readCap: CAPS.chk, metadata: {} }], { writekey })
    const [[, ro, rwcapdata, metadata] = []] = fieldsOf(body)
    assert.equal(utf8.decode(ro), CAPS.chk)
    assert.deepEqual(rwcapdata, expectedRwcapdata(writekey, ''))
    assert.equal(rwcapdata?.length, 48)
    assert.equal(utf8.decode(metadata), '{}')
  })

  void it('leaves rwcapdata empty in an immutable directory and strips imm. there only', () => {
    const entries: DirEntry[] = [{ name: 'future', readCap: 'imm.x-future:abc', metadata: {} }]
    const immutable = packDirectory(entries, { deepImmutable: true })
    assert.deepEqual(immutable, rawEntry('future', 'x-future:abc', new Uint8Array(0), '{}'))
    const mutable = fieldsOf(packDirectory(entries, { writekey }))
    assert.equal(utf8.decode(mutable[0]?.[1]), 'imm.x-future:abc')
  })

  void it('strips ro. from an unknown read cap and writes an empty directory as nothing', () => {
    const [[, ro] = []] = fieldsOf(packDirectory([{ name: 'u', readCap: 'ro.x-future:abc', metadata: {} }], { writekey }))
    assert.equal(utf8.decode(ro), 'x-future:abc')
    assert.equal(packDirectory([], { writekey }).length, 0)
    assert.deepEqual(unpackDirectory(new Uint8Array(0), { writekey }), { entries: [], problems: [] })
  })
})

void describe('names', () => {
  void it('stores names NFC and sorts them by code point', () => {
    const names = ['b', '\u{1F600}', 'e\u0301', 'f', '\uFFFD', 'a']
    const body = packDirectory(names.map(name => ({ name, readCap: CAPS.lit, metadata: {} })), { writekey })
    const stored = fieldsOf(body).map(([name = new Uint8Array(0)]) => utf8.decode(name))
    // é (U+E9) after f; U+FFFD before the astral U+1F600, which UTF-16 order would get wrong.
    assert.deepEqual(stored, ['a', 'b', 'f', '\u00e9', '\uFFFD', '\u{1F600}'])
    assert.deepEqual(unpackDirectory(body, { writekey }).entries.map(e => e.name), stored)
  })

  void it('refuses two names equal after NFC, and names with unpaired surrogates', () => {
    const twice = [{ name: '\u00e9', metadata: {} }, { name: 'e\u0301', metadata: {} }]
    assert.throws(() => packDirectory(twice, { writekey }), DirChildError)
    assert.throws(() => packDirectory([{ name: 'bad\uD800', metadata: {} }], { writekey }), DirChildError)
  })

  void it('gates new names as Tahoe front ends do', () => {
    assert.equal(checkNewChildName('e\u0301'), '\u00e9')
    assert.throws(() => checkNewChildName(''), DirChildError)
    assert.throws(() => checkNewChildName('a/b'), DirChildError)
  })

  void it('keeps a stored name with a slash, as Tahoe does on read', () => {
    const body = rawEntry('a/b', CAPS.lit, new Uint8Array(0), '{}')
    assert.deepEqual(unpackDirectory(body).entries.map(e => e.name), ['a/b'])
  })
})

const mixed: DirEntry[] = [
  { name: 'chk', readCap: CAPS.chk, metadata: { tahoe: { linkcrtime: 1.5, linkmotime: 2.5 } } },
  { name: 'lit', readCap: CAPS.lit, metadata: {} },
  { name: 'sdmf', writeCap: CAPS.ssk, metadata: { 'no-write': false } },
  { name: 'mdmf-ro', readCap: readOf(CAPS.mdmf), metadata: {} },
  { name: 'dir', writeCap: CAPS.dir2, metadata: { nested: [1, 'two', null, { three: true }] } },
  { name: 'dir-ro', readCap: readOf(CAPS.dir2), metadata: {} },
  { name: 'imm-dir', readCap: CAPS.dirChk, metadata: {} },
  { name: 'future-ro', readCap: 'ro.x-future:read', metadata: {} },
  { name: 'future-rw', writeCap: 'x-future:write', readCap: 'x-future:read', metadata: {} },
  { name: 'opaque', metadata: {} }
]

void describe('mutable round trip', () => {
  const body = packDirectory(mixed, { writekey })

  void it('gives back every child, write caps included, for the writekey holder', () => {
    const { entries, problems } = unpackDirectory(body, { writekey })
    assert.deepEqual(problems, [])
    const byName = new Map(entries.map(e => [e.name, e]))
    assert.deepEqual(byName.get('sdmf'), { name: 'sdmf', writeCap: CAPS.ssk, readCap: readOf(CAPS.ssk), metadata: { 'no-write': false } })
    assert.deepEqual(byName.get('dir'), { name: 'dir', writeCap: CAPS.dir2, readCap: readOf(CAPS.dir2), metadata: mixed[4]?.metadata })
    assert.deepEqual(byName.get('chk'), { name: 'chk', readCap: CAPS.chk, metadata: mixed[0]?.metadata })
    assert.deepEqual(byName.get('future-ro'), { name: 'future-ro', readCap: 'ro.x-future:read', metadata: {} })
    assert.deepEqual(byName.get('future-rw'), { name: 'future-rw', writeCap: 'x-future:write', readCap: 'ro.x-future:read', metadata: {} })
    assert.deepEqual(byName.get('opaque'), { name: 'opaque', metadata: {} })
    assert.equal(entries.length, mixed.length)
    // Packing what was read gives the same bytes.
    assert.deepEqual(packDirectory(entries, { writekey }), body)
  })

  void it('hides every write cap from a read-cap holder', () => {
    const { entries, problems } = unpackDirectory(body)
    assert.deepEqual(problems, [])
    assert.equal(entries.length, mixed.length)
    for (const entry of entries) assert.equal(entry.writeCap, undefined, entry.name)
    const byName = new Map(entries.map(e => [e.name, e]))
    assert.equal(byName.get('sdmf')?.readCap, readOf(CAPS.ssk))
    assert.equal(byName.get('dir')?.readCap, readOf(CAPS.dir2))
    assert.equal(byName.get('future-rw')?.readCap, 'ro.x-future:read')
  })

  void it('diminishes a write cap found in the read-cap field when read without the writekey', () => {
    const body = rawEntry('sneaky', CAPS.dir2, new Uint8Array(0), '{}')
    assert.deepEqual(unpackDirectory(body).entries, [{ name: 'sneaky', readCap: readOf(CAPS.dir2), metadata: {} }])
  })

  void it('strips trailing spaces from both caps, as Tahoe >= 1.6 does', () => {
    const body = rawEntry('padded', `${readOf(CAPS.ssk)}   `, expectedRwcapdata(writekey, `${CAPS.ssk}  `), '{}')
    assert.deepEqual(unpackDirectory(body, { writekey }).entries,
      [{ name: 'padded', writeCap: CAPS.ssk, readCap: readOf(CAPS.ssk), metadata: {} }])
    const blank = rawEntry('blank', '    ', expectedRwcapdata(writekey, '   '), '{}')
    assert.deepEqual(unpackDirectory(blank, { writekey }).entries, [{ name: 'blank', metadata: {} }])
  })

  void it('refuses a write cap without the writekey, and an unknown write cap alone', () => {
    assert.throws(() => packDirectory([{ name: 'w', writeCap: CAPS.ssk, metadata: {} }]), DirChildError)
    assert.throws(() => packDirectory([{ name: 'w', writeCap: 'x-future:write', metadata: {} }], { writekey }), DirChildError)
    assert.throws(() => packDirectory([{ name: 'w', readCap: 'URI:CHK:nonsense', metadata: {} }], { writekey }), DirChildError)
  })
})

void describe('immutable directories', () => {
  const entries: DirEntry[] = [
    { name: 'chk', readCap: CAPS.chk, metadata: {} },
    { name: 'lit', writeCap: CAPS.lit, metadata: {} },
    { name: 'sub', readCap: CAPS.dirChk, metadata: {} },
    { name: 'empty', readCap: CAPS.dirLit, metadata: {} },
    { name: 'future', readCap: 'x-future:thing', metadata: {} },
    { name: 'future-imm', writeCap: 'imm.x-future:other', metadata: {} }
  ]

  void it('round-trips immutable children, marking unknown ones imm.', () => {
    const body = packDirectory(entries, { deepImmutable: true })
    const { entries: read, problems } = unpackDirectory(body, { deepImmutable: true })
    assert.deepEqual(problems, [])
    assert.deepEqual(read.map(e => [e.name, e.writeCap, e.readCap]), [
      ['chk', undefined, CAPS.chk],
      ['empty', undefined, CAPS.dirLit],
      ['future', undefined, 'imm.x-future:thing'],
      ['future-imm', undefined, 'imm.x-future:other'],
      ['lit', undefined, CAPS.lit],
      ['sub', undefined, CAPS.dirChk]
    ])
    assert.deepEqual(packDirectory(read, { deepImmutable: true }), body)
  })

  void it('refuses mutable children with MustBeDeepImmutableError', () => {
    const mutableKinds = [
      { writeCap: CAPS.ssk }, { readCap: readOf(CAPS.ssk) }, { writeCap: CAPS.mdmf }, { writeCap: CAPS.dir2 },
      { readCap: readOf(CAPS.dir2) }, { writeCap: 'x-future:rw', readCap: 'x-future:ro' }, { writeCap: 'ro.x-future:ro' }
    ]
    for (const caps of mutableKinds) {
      assert.throws(() => packDirectory([{ name: 'm', ...caps, metadata: {} }], { deepImmutable: true }),
        (err: unknown) => err instanceof MustBeDeepImmutableError && err.childName === 'm')
    }
  })

  void it('drops a mutable child found in an immutable body, keeping the rest', () => {
    const body = concatBytes(
      rawEntry('a', CAPS.chk, new Uint8Array(0), '{}'),
      rawEntry('b', readOf(CAPS.ssk), new Uint8Array(0), '{}'))
    const { entries, problems } = unpackDirectory(body, { deepImmutable: true })
    assert.deepEqual(entries.map(e => e.name), ['a'])
    assert.deepEqual(problems.map(p => [p.name, p.reason, p.listed]), [['b', 'not-immutable', false]])
  })

  void it('rejects the whole body if an entry carries rwcapdata', () => {
    const body = rawEntry('a', CAPS.chk, expectedRwcapdata(writekey, ''), '{}')
    assert.throws(() => unpackDirectory(body, { deepImmutable: true }), DirnodeFormatError)
  })
})

void describe('bad children', () => {
  const good = rawEntry('good', CAPS.chk, expectedRwcapdata(writekey, ''), '{"k": 1}')

  void it('reads a child with a damaged write cap read-only, and keeps the others', () => {
    const rwcapdata = expectedRwcapdata(writekey, CAPS.ssk)
    rwcapdata[20] = (rwcapdata[20] ?? 0) ^ 0x01
    const body = concatBytes(rawEntry('damaged', readOf(CAPS.ssk), rwcapdata, '{}'), good)
    const { entries, problems } = unpackDirectory(body, { writekey })
    assert.deepEqual(entries.map(e => [e.name, e.writeCap, e.readCap]), [
      ['damaged', undefined, readOf(CAPS.ssk)],
      ['good', undefined, CAPS.chk]
    ])
    assert.deepEqual(problems.map(p => [p.name, p.reason, p.listed]), [['damaged', 'bad-write-cap', true]])
    // A too-short field is damaged too.
    const short = unpackDirectory(rawEntry('short', CAPS.lit, bytes(20, 1), '{}'), { writekey })
    assert.deepEqual(short.problems.map(p => p.reason), ['bad-write-cap'])
    assert.equal(short.entries[0]?.readCap, CAPS.lit)
  })

  void it('reads malformed metadata as empty, with a problem', () => {
    for (const metadata of ['{"unterminated": ', '[1, 2]', 'null', 'NaN', new Uint8Array([0xff, 0xfe])]) {
      const body = concatBytes(good, rawEntry('meta', CAPS.lit, expectedRwcapdata(writekey, ''), metadata))
      const { entries, problems } = unpackDirectory(body, { writekey })
      assert.deepEqual(entries.map(e => [e.name, e.metadata]), [['good', { k: 1 }], ['meta', {}]])
      assert.deepEqual(problems.map(p => [p.name, p.reason, p.listed]), [['meta', 'bad-metadata', true]])
    }
  })

  void it('drops a child whose cap does not parse, without quoting the cap', () => {
    const badCap = 'URI:CHK:aaaaaaaaaaaaaaaaaaaaaaaaaa:tooshort:3:10:100'
    const body = concatBytes(rawEntry('broken', badCap, expectedRwcapdata(writekey, ''), '{}'), good)
    for (const options of [{ writekey }, {}]) {
      const { entries, problems } = unpackDirectory(body, options)
      assert.deepEqual(entries.map(e => e.name), ['good'])
      assert.deepEqual(problems.map(p => [p.name, p.reason, p.listed]), [['broken', 'bad-cap', false]])
      assert.ok(!(problems[0]?.message ?? '').includes('aaaaaaaaaaaaaaaa'))
      assert.ok(!(problems[0]?.message ?? '').includes('tooshort'))
    }
  })

  void it('drops a child whose name is not UTF-8 and reports duplicates, the later one winning', () => {
    const body = concatBytes(
      rawEntry(new Uint8Array([0x61, 0xc3]), CAPS.lit, new Uint8Array(0), '{}'),
      rawEntry('\u00e9', CAPS.lit, new Uint8Array(0), '{"first": 1}'),
      rawEntry('e\u0301', CAPS.chk, new Uint8Array(0), '{"second": 2}'))
    const { entries, problems } = unpackDirectory(body)
    assert.deepEqual(entries, [{ name: '\u00e9', readCap: CAPS.chk, metadata: { second: 2 } }])
    assert.deepEqual(problems.map(p => [p.reason, p.listed]), [['bad-name', false], ['duplicate-name', false]])
  })
})

void describe('malformed bodies', () => {
  const entry = rawEntry('a', CAPS.lit, new Uint8Array(0), '{}')
  const cases: Array<[string, Uint8Array]> = [
    ['truncated', entry.subarray(0, entry.length - 3)],
    ['trailing garbage', concatBytes(entry, 'xyz')],
    ['missing comma', concatBytes(entry.subarray(0, entry.length - 1), ';')],
    ['not a netstring', new TextEncoder().encode('hello')],
    ['three fields', ns(concatBytes(ns('a'), ns(CAPS.lit), ns('')))],
    ['bad inner framing', ns(concatBytes(ns('a'), '9:short,', ns(''), ns('{}')))]
  ]
  for (const [label, body] of cases) {
    void it(`rejects a body with ${label}`, () => {
      assert.throws(() => unpackDirectory(body, { writekey }), DirnodeFormatError)
    })
  }
})

void describe("Tahoe's packed tree (test_dirnode.py Packing.known_tree)", () => {
  const knownTree = rfcBase32Decode(
    'GM4TOORVHJTGS3DFGEWDSNJ2KVJESOSDJBFTU33MPB2GS3LZNVYG6N3GGI3WU5TIORTXC3DOMJ2G4NB2MVWXUZDONBVTE5LNGRZWK2LYN55GY23XGNYXQMTOMZUWU5TENN4DG23ZG5UTO2L2NQ2DO6LFMRWDMZJWGRQTUMZ2GEYDUMJQFQYTIMZ22XZKZORX5XS7CAQCSK3URR6QOHISHRCMGER5LRFSZRNAS5ZSALCS6TWFQAE754IVOIKJVK73WZPP3VUUEDTX3WHTBBZ5YX3CEKHCPG3ZWQLYA4QM6LDRCF7TJQYWLIZHKGN5ROA3AUZPXESBNLQQ6JTC2DBJU2D47IZJTLR3PKZ4RVF57XLPWY7FX7SZV3T6IJ3ORFW37FXUPGOE3ROPFNUX5DCGMAQJ3PGGULBRGM3TU6ZCMN2GS3LFEI5CAMJSGQ3DMNRTHA4TOLRUGI3TKNRWGEWCAITUMFUG6ZJCHIQHWITMNFXGW3LPORUW2ZJCHIQDCMRUGY3DMMZYHE3S4NBSG42TMNRRFQQCE3DJNZVWG4TUNFWWKIR2EAYTENBWGY3DGOBZG4XDIMRXGU3DMML5FQQCE3LUNFWWKIR2EAYTENBWGY3DGOBZG4XDIMRXGU3DMML5FQWDGOJRHI2TUZTJNRSTELBZGQ5FKUSJHJBUQSZ2MFYGKZ3SOBSWQ43IO52WO23CNAZWU3DUGVSWSNTIOE5DK33POVTW4ZLNMNWDK6DHPA2GS2THNF2W25DEN5VGY2LQNFRGG5DKNNRHO5TZPFTWI6LNMRYGQ2LCGJTHM4J2GM5DCMB2GQWDCNBSHKVVQBGRYMACKJ27CVQ6O6B4QPR72RFVTGOZUI76XUSWAX73JRV5PYRHMIFYZIA25MXDPGUGML6M2NMRSG4YD4W4K37ZDYSXHMJ3IUVT4F64YTQQVBJFFFOUC7J7LAB2VFCL5UKKGMR2D3F4EPOYC7UYWQZNR5KXHBSNXLCNBX2SNF22DCXJIHSMEKWEWOG5XCJEVVZ7UW5IB6I64XXQSJ34B5CAYZGZIIMR6LBRGMZTU6ZCMN2GS3LFEI5CAMJSGQ3DMNRTHA4TOLRUGMYDEMJYFQQCE5DBNBXWKIR2EB5SE3DJNZVW233UNFWWKIR2EAYTENBWGY3DGOBZG4XDIMZQGIYTQLBAEJWGS3TLMNZHI2LNMURDUIBRGI2DMNRWGM4DSNZOGQZTAMRRHB6SYIBCNV2GS3LFEI5CAMJSGQ3DMNRTHA4TOLRUGMYDEMJYPUWCYMZZGU5DKOTGNFWGKMZMHE2DUVKSJE5EGSCLHJRW25DDPBYTO2DXPB3GM6DBNYZTI6LJMV3DM2LWNB4TU4LWMNSWW3LKORXWK5DEMN3TI23NNE3WEM3SORRGY5THPA3TKNBUMNZG453BOF2GSZLXMVWWI3DJOFZW623RHIZTUMJQHI2SYMJUGI5BOSHWDPG3WKPAVXCF3XMKA7QVIWPRMWJHDTQHD27AHDCPJWDQENQ5H5ZZILTXQNIXXCIW4LKQABU2GCFRG5FHQN7CHD7HF4EKNRZFIV2ZYQIBM7IQU7F4RGB3XCX3FREPBKQ7UCICHVWPCYFGA6OLH3J45LXQ6GWWICJ3PGWJNLZ7PCRNLAPNYUGU6BENS7OXMBEOOFRIZV3PF2FFWZ5WHDPKXERYP7GNHKRMGEZTOOT3EJRXI2LNMURDUIBRGI2DMNRWGM4DSNZOGQZTGNRSGY4SYIBCORQWQ33FEI5CA6ZCNRUW423NN52GS3LFEI5CAMJSGQ3DMNRTHA4TOLRUGMZTMMRWHEWCAITMNFXGWY3SORUW2ZJCHIQDCMRUGY3DMMZYHE3S4NBTGM3DENRZPUWCAITNORUW2ZJCHIQDCMRUGY3DMMZYHE3S4NBTGM3DENRZPUWCY===')

  void it('reads the three files with their caps and metadata through a read cap', () => {
    const { entries, problems } = unpackDirectory(knownTree)
    assert.deepEqual(problems, [])
    assert.deepEqual(entries.map(e => e.name), ['file1', 'file2', 'file3'])
    assert.equal(entries[1]?.readCap, 'URI:CHK:apegrpehshwugkbh3jlt5ei6hq:5oougnemcl5xgx4ijgiumtdojlipibctjkbwvyygdymdphib2fvq:3:10:4')
    assert.equal(entries[2]?.readCap, 'URI:CHK:cmtcxq7hwxvfxan34yiev6ivhy:qvcekmjtoetdcw4kmi7b3rtblvgx7544crnwaqtiewemdliqsokq:3:10:5')
    assert.deepEqual(entries[0]?.metadata, {
      ctime: 1246663897.4275661, tahoe: { linkmotime: 1246663897.4275661, linkcrtime: 1246663897.4275661 }, mtime: 1246663897.4275661
    })
  })

  void it('writes the metadata back as Python 3 json.dumps does', () => {
    // The tree was written in 2009 by Python 2, whose repr gave 17 digits (…4275661);
    // Python 3.11 writes the shortest round-trip digits for the same doubles.
    const python3 = [
      '{"ctime": 1246663897.427566, "tahoe": {"linkmotime": 1246663897.427566, "linkcrtime": 1246663897.427566}, "mtime": 1246663897.427566}',
      '{"ctime": 1246663897.430218, "tahoe": {"linkmotime": 1246663897.430218, "linkcrtime": 1246663897.430218}, "mtime": 1246663897.430218}',
      '{"ctime": 1246663897.433627, "tahoe": {"linkmotime": 1246663897.433627, "linkcrtime": 1246663897.433627}, "mtime": 1246663897.433627}'
    ]
    const { entries } = unpackDirectory(knownTree)
    assert.deepEqual(entries.map(e => pythonJsonDumps(e.metadata)), python3)
  })
})
