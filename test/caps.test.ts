/**
 * Caps: the 240 SDMF/MDMF vectors derived from their RSA keys, round trips
 * of every kind, read/verify derivations, Tahoe's parsing rules, and
 * malformed caps that must fail with a helpful message that never quotes
 * key material.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { loadJsonFixture, loadTahoeVectors } from './helpers/vectors.js'
import { base32Decode, base32Encode } from '../src/crypto/base32.js'
import { RsaPrivateKey } from '../src/crypto/rsa.js'
import { immutableStorageIndex } from '../src/crypto/immutable-keys.js'
import { mutableReadkey, mutableStorageIndex } from '../src/crypto/mutable-keys.js'
import {
  CapFormatError, formatCap, isDirectory, isMutable, isReadOnly, isWriteCap, mutableWriteCapForKey, parseCap,
  parseKnownCap, readCap, storageIndexOf, verifyCap, type Cap, type CapKind
} from '../src/encoding/caps.js'

const b32 = (bytes: Uint8Array | undefined): string => bytes === undefined ? 'none' : base32Encode(bytes)
const format = (cap: Cap | undefined): string | undefined => cap === undefined ? undefined : formatCap(cap)

const ssk = loadTahoeVectors().filter(v => v.format.kind === 'ssk')

void describe('SDMF and MDMF vectors (test_vectors.yaml)', () => {
  void it('has 120 of each', () => {
    assert.equal(ssk.filter(v => v.format.params?.format === 'sdmf').length, 120)
    assert.equal(ssk.filter(v => v.format.params?.format === 'mdmf').length, 120)
  })

  void it('derives all 240 write caps from their PKCS#1 PEM keys', () => {
    const wrong: string[] = []
    for (const v of ssk) {
      const params = v.format.params
      if (params === null) throw new Error('ssk vector without params')
      const cap = formatCap(mutableWriteCapForKey(RsaPrivateKey.fromPem(params.key), params.format))
      if (cap !== v.expected) wrong.push(v.expected)
    }
    assert.equal(wrong.length, 0, `${wrong.length} caps differ`)
  })

  void it('parses every expected cap and formats it back unchanged', () => {
    for (const v of ssk) {
      const cap = parseCap(v.expected)
      assert.equal(cap.kind, v.format.params?.format === 'sdmf' ? 'ssk' : 'mdmf')
      assert.equal(formatCap(cap), v.expected)
    }
  })
})

/** One cap of every kind, built from real values. */
function capsOfEveryKind (): Record<Exclude<CapKind, 'unknown'>, string> {
  const sdmf = ssk.find(v => v.format.params?.format === 'sdmf')?.expected ?? ''
  const mdmf = ssk.find(v => v.format.params?.format === 'mdmf')?.expected ?? ''
  const chk = loadJsonFixture<{ examples: Array<{ cap: string, verify_cap: string }> }>('chk-worked-examples.json').examples[1]
  const body = (cap: string | undefined): string => (cap ?? '').split(':').slice(2).join(':')
  const sdmfRo = format(readCap(parseCap(sdmf))) ?? ''
  const sdmfVerify = format(verifyCap(parseCap(sdmf))) ?? ''
  const mdmfRo = format(readCap(parseCap(mdmf))) ?? ''
  const mdmfVerify = format(verifyCap(parseCap(mdmf))) ?? ''
  return {
    chk: chk?.cap ?? '',
    'chk-verifier': chk?.verify_cap ?? '',
    lit: 'URI:LIT:nbswy3dp',
    ssk: sdmf,
    'ssk-ro': sdmfRo,
    'ssk-verifier': sdmfVerify,
    mdmf,
    'mdmf-ro': mdmfRo,
    'mdmf-verifier': mdmfVerify,
    dir2: 'URI:DIR2:' + body(sdmf),
    'dir2-ro': 'URI:DIR2-RO:' + body(sdmfRo),
    'dir2-verifier': 'URI:DIR2-Verifier:' + body(sdmfVerify),
    'dir2-mdmf': 'URI:DIR2-MDMF:' + body(mdmf),
    'dir2-mdmf-ro': 'URI:DIR2-MDMF-RO:' + body(mdmfRo),
    'dir2-mdmf-verifier': 'URI:DIR2-MDMF-Verifier:' + body(mdmfVerify),
    'dir2-chk': 'URI:DIR2-CHK:' + body(chk?.cap),
    'dir2-chk-verifier': 'URI:DIR2-CHK-Verifier:' + body(chk?.verify_cap),
    'dir2-lit': 'URI:DIR2-LIT:mrqxiyi'
  }
}

void describe('every cap kind', () => {
  const caps = capsOfEveryKind()

  for (const [kind, text] of Object.entries(caps)) {
    void it(`${kind}: parses to its kind and formats back`, () => {
      const cap = parseCap(text)
      assert.equal(cap.kind, kind)
      assert.equal(formatCap(cap), text)
      assert.equal(formatCap(parseKnownCap(text)), text)
    })
  }

  void it('have the properties Tahoe gives them', () => {
    const table: Array<[keyof typeof caps, { mutable: boolean, readOnly: boolean, dir: boolean }]> = [
      ['chk', { mutable: false, readOnly: true, dir: false }],
      ['chk-verifier', { mutable: false, readOnly: true, dir: false }],
      ['lit', { mutable: false, readOnly: true, dir: false }],
      ['ssk', { mutable: true, readOnly: false, dir: false }],
      ['ssk-ro', { mutable: true, readOnly: true, dir: false }],
      ['ssk-verifier', { mutable: false, readOnly: true, dir: false }],
      ['mdmf', { mutable: true, readOnly: false, dir: false }],
      ['mdmf-ro', { mutable: true, readOnly: true, dir: false }],
      ['mdmf-verifier', { mutable: false, readOnly: true, dir: false }],
      ['dir2', { mutable: true, readOnly: false, dir: true }],
      ['dir2-ro', { mutable: true, readOnly: true, dir: true }],
      ['dir2-verifier', { mutable: false, readOnly: true, dir: true }],
      ['dir2-mdmf', { mutable: true, readOnly: false, dir: true }],
      ['dir2-mdmf-ro', { mutable: true, readOnly: true, dir: true }],
      ['dir2-mdmf-verifier', { mutable: false, readOnly: true, dir: true }],
      ['dir2-chk', { mutable: false, readOnly: true, dir: true }],
      ['dir2-chk-verifier', { mutable: false, readOnly: true, dir: true }],
      ['dir2-lit', { mutable: false, readOnly: true, dir: true }]
    ]
    for (const [kind, expected] of table) {
      const cap = parseCap(caps[kind])
      assert.deepEqual({ mutable: isMutable(cap), readOnly: isReadOnly(cap), dir: isDirectory(cap) }, expected, kind)
      assert.equal(isWriteCap(cap), !expected.readOnly, kind)
    }
  })

  void it('derive read caps: write caps step down, everything else stays', () => {
    const expectedRead: Record<string, string> = {
      ssk: caps['ssk-ro'], mdmf: caps['mdmf-ro'], dir2: caps['dir2-ro'], 'dir2-mdmf': caps['dir2-mdmf-ro']
    }
    for (const [kind, text] of Object.entries(caps)) {
      assert.equal(format(readCap(parseCap(text))), expectedRead[kind] ?? text, kind)
    }
  })

  void it('derive verify caps: none for LIT, the same one from write, read and verify caps', () => {
    const families: Array<Array<keyof typeof caps>> = [
      ['chk', 'chk-verifier'], ['ssk', 'ssk-ro', 'ssk-verifier'], ['mdmf', 'mdmf-ro', 'mdmf-verifier'],
      ['dir2', 'dir2-ro', 'dir2-verifier'], ['dir2-mdmf', 'dir2-mdmf-ro', 'dir2-mdmf-verifier'],
      ['dir2-chk', 'dir2-chk-verifier']
    ]
    for (const family of families) {
      const verifier = family[family.length - 1] ?? 'lit'
      for (const kind of family) assert.equal(format(verifyCap(parseCap(caps[kind]))), caps[verifier], kind)
    }
    assert.equal(verifyCap(parseCap(caps.lit)), undefined)
    assert.equal(verifyCap(parseCap(caps['dir2-lit'])), undefined)
  })

  void it('derive storage indexes consistently with the key derivations', () => {
    const write = parseCap(caps.ssk)
    assert.equal(write.kind, 'ssk')
    if (write.kind !== 'ssk') return
    const si = mutableStorageIndex(mutableReadkey(write.writekey))
    for (const kind of ['ssk', 'ssk-ro', 'ssk-verifier', 'dir2', 'dir2-ro', 'dir2-verifier'] as const) {
      assert.equal(b32(storageIndexOf(parseCap(caps[kind]))), b32(si), kind)
    }
    const chk = parseCap(caps.chk)
    if (chk.kind !== 'chk') throw new Error('not chk')
    for (const kind of ['chk', 'chk-verifier', 'dir2-chk', 'dir2-chk-verifier'] as const) {
      assert.equal(b32(storageIndexOf(parseCap(caps[kind]))), b32(immutableStorageIndex(chk.key)), kind)
    }
    assert.equal(storageIndexOf(parseCap(caps.lit)), undefined)
    assert.equal(storageIndexOf(parseCap(caps['dir2-lit'])), undefined)
    assert.equal(storageIndexOf(parseCap('URI:NEW:thing')), undefined)
  })

  void it('a DIR2-LIT holds its directory body', () => {
    const cap = parseCap('URI:DIR2-LIT:mrqxiyi')
    assert.ok(cap.kind === 'dir2-lit')
    assert.equal(Buffer.from(cap.file.data).toString(), 'data')
    assert.equal(formatCap(parseCap('URI:DIR2-LIT:')), 'URI:DIR2-LIT:')
  })
})

void describe("Tahoe's parsing rules", () => {
  const caps = capsOfEveryKind()

  void it('MDMF caps accept and drop extra fields after the fingerprint; writers add none', () => {
    for (const kind of ['mdmf', 'mdmf-ro', 'mdmf-verifier', 'dir2-mdmf', 'dir2-mdmf-ro', 'dir2-mdmf-verifier'] as const) {
      for (const extra of [':', ':I COME FROM THE FUTURE', ':3:131073', '::x:y']) {
        assert.equal(formatCap(parseCap(caps[kind] + extra)), caps[kind], `${kind} + ${extra}`)
      }
    }
  })

  void it('CHK verify caps, unanchored in Tahoe, also ignore extra fields; CHK read caps do not', () => {
    assert.equal(formatCap(parseCap(caps['chk-verifier'] + ':future')), caps['chk-verifier'])
    assert.throws(() => parseCap(caps.chk + ':future'), /URI:CHK cap: has 1 unexpected field\(s\) after the size/)
  })

  void it('SDMF caps take no extra fields', () => {
    for (const kind of ['ssk', 'ssk-ro', 'ssk-verifier', 'dir2', 'dir2-ro', 'dir2-verifier'] as const) {
      assert.throws(() => parseCap(caps[kind] + ':x'), CapFormatError, kind)
    }
  })

  void it('k, n and size are decimals, leading zeros allowed', () => {
    const cap = parseCap('URI:CHK:dx7tvyr2fc4u7lxjc6kehq2svq:tiy4qh2g6lqejxcaym3rr7ymkdkinn4qised6kgxloj7sptsqu4a:03:010:0001024')
    assert.equal(formatCap(cap), caps.chk)
    const limit = parseCap('URI:CHK:dx7tvyr2fc4u7lxjc6kehq2svq:tiy4qh2g6lqejxcaym3rr7ymkdkinn4qised6kgxloj7sptsqu4a:256:256:0')
    assert.ok(limit.kind === 'chk' && limit.k === 256 && limit.size === 0)
  })

  void it('ro. and imm. prefixes are checked, then dropped, on known kinds', () => {
    for (const kind of ['chk', 'chk-verifier', 'lit', 'ssk-verifier', 'mdmf-verifier', 'dir2-chk', 'dir2-lit', 'dir2-verifier'] as const) {
      assert.equal(formatCap(parseCap('ro.' + caps[kind])), caps[kind], kind)
      assert.equal(formatCap(parseCap('imm.' + caps[kind])), caps[kind], kind)
    }
    for (const kind of ['ssk-ro', 'mdmf-ro', 'dir2-ro', 'dir2-mdmf-ro'] as const) {
      assert.equal(formatCap(parseCap('ro.' + caps[kind])), caps[kind], kind)
      assert.throws(() => parseCap('imm.' + caps[kind]), /mutable read cap cannot carry the 'imm\.' prefix/, kind)
    }
    for (const kind of ['ssk', 'mdmf', 'dir2', 'dir2-mdmf'] as const) {
      assert.throws(() => parseCap('ro.' + caps[kind]), /write cap cannot carry the 'ro\.' prefix/, kind)
      assert.throws(() => parseCap('imm.' + caps[kind]), /write cap cannot carry the 'imm\.' prefix/, kind)
    }
  })

  void it('keeps caps of unknown kinds opaque, with their alleged prefixes', () => {
    const future = "I am a URI from the future. Whatever you do, don't "
    for (const text of [future, 'URI:NEW:abc', 'x-tahoe-crazy://I_am_from_the_future', 'URI:LITfoo', 'URI:CHK-RO:x', 'URI:', 'cap from the \u263A future']) {
      const cap = parseCap(text)
      assert.equal(cap.kind, 'unknown', text)
      assert.equal(formatCap(cap), text)
      assert.equal(readCap(cap), undefined)
      assert.equal(verifyCap(cap), undefined)
      assert.equal(isReadOnly(cap), false)
      assert.equal(isMutable(cap), true)
      assert.equal(isDirectory(cap), false)
      assert.throws(() => parseKnownCap(text), /unknown prefix/)
    }
    const ro = parseCap('ro.URI:NEW:abc')
    assert.equal(formatCap(ro), 'ro.URI:NEW:abc')
    assert.deepEqual([isReadOnly(ro), isMutable(ro)], [true, true])
    assert.equal(readCap(ro), ro)
    const imm = parseCap('imm.x-new:abc')
    assert.deepEqual([imm.kind, isReadOnly(imm), isMutable(imm)], ['unknown', true, false])
  })
})

void describe('malformed caps', () => {
  const caps = capsOfEveryKind()
  const [, , key = '', fp = ''] = caps.ssk.split(':')
  const [, , chkKey = '', ueb = ''] = caps.chk.split(':')
  const chk = (k: string, n: string, size: string, keyField = chkKey, uebField = ueb): string =>
    `URI:CHK:${keyField}:${uebField}:${k}:${n}:${size}`
  const flip = (text: string, at: number, to: string): string => text.slice(0, at) + to + text.slice(at + 1)

  const cases: Array<[string, string, RegExp]> = [
    ['empty', '', /empty/],
    ['leading space', ' ' + caps.chk, /whitespace/],
    ['trailing newline', caps.ssk + '\n', /whitespace/],
    ['lower-case prefix', caps.chk.replace('URI:CHK:', 'uri:chk:'), /unknown prefix.*case-sensitive.*URI:CHK:/],
    ['lower-case kind', caps.ssk.replace('URI:SSK:', 'URI:ssk:'), /unknown prefix.*URI:SSK:/],
    ['no fields', 'URI:SSK', /URI:SSK cap: nothing follows the prefix/],
    ['key too short', `URI:SSK:${key.slice(1)}:${fp}`, /URI:SSK cap: the writekey must be 26 base32 characters \(16 bytes\), got 25/],
    ['key too long', `URI:SSK:${key}a:${fp}`, /writekey must be 26 .* got 27/],
    ['key in upper case', `URI:SSK:${key.toUpperCase()}:${fp}`, /writekey is in upper case/],
    ['key with a 1', `URI:SSK-RO:${flip(key, 4, '1')}:${fp}`, /URI:SSK-RO cap: the readkey has a character outside the base32 alphabet .* position 5/],
    ['key with non-zero tail bits', `URI:MDMF:${flip(key, 25, 'b')}:${fp}`, /URI:MDMF cap: the writekey ends in a character whose unused low bits are not zero/],
    ['fingerprint too short', `URI:SSK:${key}:${fp.slice(0, 51)}`, /fingerprint must be 52 base32 characters \(32 bytes\), got 51/],
    ['fingerprint with non-zero tail bits', `URI:SSK:${key}:${flip(fp, 51, 'b')}`, /fingerprint ends in a character whose unused low bits/],
    ['missing fingerprint', `URI:SSK:${key}`, /has 1 of its 2 fields \(expected writekey:fingerprint\)/],
    ['verifier SI bad', `URI:SSK-Verifier:${key.slice(2)}:${fp}`, /URI:SSK-Verifier cap: the storage index must be 26/],
    ['k > n', chk('4', '3', '100'), /k \(4\) cannot exceed n \(3\)/],
    ['n > 256', chk('1', '257', '100'), /n \(total shares\) must be at most 256, got 257/],
    ['k = 0', chk('0', '3', '100'), /k \(shares needed\) must be at least 1/],
    ['huge n', chk('1', '9'.repeat(40), '100'), /n \(total shares\) must be at most 256, got a longer number/],
    ['k not decimal', chk('x', '3', '100'), /k \(shares needed\) must be a decimal number/],
    ['k signed', chk('+3', '10', '100'), /k \(shares needed\) must be a decimal number/],
    ['size not decimal', chk('3', '10', '12a'), /the size must be a decimal number/],
    ['size negative', chk('3', '10', '-1'), /the size must be a decimal number/],
    ['size empty', chk('3', '10', ''), /the size must be a decimal number/],
    ['size fraction', chk('3', '10', '1.5'), /the size must be a decimal number/],
    ['size too large', chk('3', '10', '9'.repeat(20)), /the size must be at most 9007199254740991/],
    ['CHK missing size', `URI:CHK:${chkKey}:${ueb}:3:10`, /URI:CHK cap: has 4 of its 5 fields/],
    ['CHK bad UEB hash', chk('3', '10', '1', chkKey, ueb.slice(0, 50)), /UEB hash must be 52/],
    ['CHK key in verifier SI place with a 0', chk('3', '10', '1', flip(chkKey, 0, '0')), /the key has a character outside the base32 alphabet .* position 1/],
    ['LIT impossible length', 'URI:LIT:nbswy3dpa', /URI:LIT cap: the data has 9 characters, a length that no byte string encodes to/],
    ['LIT upper case', 'URI:LIT:NBSWY3DP', /URI:LIT cap: the data is in upper case/],
    ['LIT with a colon', 'URI:LIT:nbsw:y3dp', /URI:LIT cap: the data has a character outside the base32 alphabet/],
    ['DIR2 with a short key', `URI:DIR2:${key.slice(3)}:${fp}`, /URI:DIR2 cap: the writekey must be 26/],
    ['DIR2-MDMF-RO missing field', `URI:DIR2-MDMF-RO:${key}`, /URI:DIR2-MDMF-RO cap: has 1 of its 2 fields/],
    ['DIR2-CHK k > n', `URI:DIR2-CHK:${chkKey}:${ueb}:5:4:10`, /URI:DIR2-CHK cap: k \(5\) cannot exceed n \(4\)/],
    ['DIR2-LIT bad data', 'URI:DIR2-LIT:mrqxiyj', /URI:DIR2-LIT cap: the data ends in a character whose unused low bits/],
    ['ro. write cap', 'ro.' + caps.dir2, /URI:DIR2 cap: a write cap cannot carry/]
  ]

  for (const [name, text, message] of cases) {
    void it(`${name}: CapFormatError with a message naming the problem`, () => {
      assert.throws(() => parseCap(text), (err: unknown) => {
        assert.ok(err instanceof CapFormatError, `not a CapFormatError: ${String(err)}`)
        assert.equal(err.name, 'CapFormatError')
        assert.equal(err.code, 'ERR_FORMAT')
        assert.match(err.message, message)
        // Caps are secrets: no field of the bad cap (nor a large piece of one) may appear in the message.
        const lower = err.message.toLowerCase()
        for (const field of text.split(':').slice(2)) {
          for (let at = 0; at + 8 <= field.length; at++) {
            assert.ok(!lower.includes(field.slice(at, at + 8).toLowerCase()), `message quotes the cap: ${err.message}`)
          }
        }
        return true
      })
    })
  }
})

void describe('formatCap refuses what parseCap would refuse', () => {
  const sixteen = new Uint8Array(16)
  const thirtyTwo = new Uint8Array(32)

  void it('wrong field lengths, bad k/n/size, and mismatched directory contents', () => {
    assert.throws(() => formatCap({ kind: 'ssk', writekey: new Uint8Array(15), fingerprint: thirtyTwo }), { name: 'ParameterError' })
    assert.throws(() => formatCap({ kind: 'ssk-ro', readkey: sixteen, fingerprint: sixteen }), { name: 'ParameterError' })
    assert.throws(() => formatCap({ kind: 'chk', key: sixteen, uebHash: thirtyTwo, k: 4, n: 3, size: 1 }), /1 <= k <= n <= 256/)
    assert.throws(() => formatCap({ kind: 'chk', key: sixteen, uebHash: thirtyTwo, k: 1, n: 257, size: 1 }), { name: 'ParameterError' })
    assert.throws(() => formatCap({ kind: 'chk', key: sixteen, uebHash: thirtyTwo, k: 1, n: 1, size: -1 }), { name: 'ParameterError' })
    assert.throws(() => formatCap({ kind: 'chk', key: sixteen, uebHash: thirtyTwo, k: 1, n: 1, size: 0.5 }), { name: 'ParameterError' })
    const mismatched = { kind: 'dir2', file: { kind: 'lit', data: sixteen } } as unknown as Cap
    assert.throws(() => formatCap(mismatched), /wraps a ssk cap, not a lit cap/)
  })

  void it('formats what it is given', () => {
    const cap: Cap = { kind: 'mdmf-verifier', storageIndex: sixteen, fingerprint: thirtyTwo }
    assert.equal(formatCap(cap), `URI:MDMF-Verifier:${'a'.repeat(26)}:${'a'.repeat(52)}`)
    assert.deepEqual(base32Decode('a'.repeat(26)), sixteen)
  })
})
