import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { aesCtr } from '../src/crypto/aes.js'
import { base32Encode } from '../src/crypto/base32.js'
import { Tag, taggedHash } from '../src/crypto/hash.js'
import { netstring } from '../src/crypto/netstring.js'
import { FormatError, ParameterError } from '../src/errors.js'
import { hashTreeRoot } from '../src/encoding/hashtree.js'
import {
  MAX_UEB_SIZE, RidiculouslyLargeUebError, UebError, checkUebAgainstCap, packUeb, parseUeb, splitUeb, uebHash,
  type UebFields
} from '../src/encoding/ueb.js'

interface Example {
  k: number, n: number, size: number, effective_segment_size: number, num_segments: number, padded_tail_segment_size: number
  aes_key_hex: string, sample_seed_base64: string, crypttext_segment_hashes_hex: string[], block_hash_tree_roots_hex: string[]
  ueb_hex: string, ueb_hash_base32: string
}
const { examples } = JSON.parse(readFileSync(new URL('../../test/fixtures/chk-worked-examples.json', import.meta.url), 'utf8')) as { examples: Example[] }

const hex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'hex'))
const ascii = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1')
const toHex = (bytes: Uint8Array | undefined): string | undefined => bytes === undefined ? undefined : Buffer.from(bytes).toString('hex')
/** The fields with hashes as hex, so that Buffers and Uint8Arrays compare equal. */
const comparable = (f: UebFields): Record<string, unknown> => ({
  ...f, crypttextHash: toHex(f.crypttextHash), crypttextRootHash: toHex(f.crypttextRootHash), shareRootHash: toHex(f.shareRootHash)
})

/** A vector's plaintext: its seed repeated and cut to `size` bytes. */
function plaintextOf (seedBase64: string, size: number): Uint8Array {
  const seed = Buffer.from(seedBase64, 'base64')
  const out = new Uint8Array(size)
  for (let i = 0; i < size; i += seed.length) out.set(seed.subarray(0, Math.min(seed.length, size - i)), i)
  return out
}

/** The UEB fields of an example, with every hash recomputed from the plaintext and the fixture's block-tree roots. */
function fieldsOf (e: Example): UebFields & { crypttextHash: Uint8Array } {
  const ciphertext = aesCtr(hex(e.aes_key_hex), plaintextOf(e.sample_seed_base64, e.size))
  const segmentHashes: Uint8Array[] = []
  for (let offset = 0; offset < ciphertext.length; offset += e.effective_segment_size) {
    segmentHashes.push(taggedHash(Tag.CIPHERTEXT_SEGMENT, ciphertext.subarray(offset, offset + e.effective_segment_size)))
  }
  // The fixture lists the first few segment hashes: ours must agree.
  e.crypttext_segment_hashes_hex.forEach((h, i) => assert.equal(toHex(segmentHashes[i]), h))
  return {
    segmentSize: e.effective_segment_size,
    numSegments: e.num_segments,
    neededShares: e.k,
    totalShares: e.n,
    size: e.size,
    paddedTailSize: e.padded_tail_segment_size,
    crypttextHash: taggedHash(Tag.CIPHERTEXT, ciphertext),
    crypttextRootHash: hashTreeRoot(segmentHashes),
    shareRootHash: hashTreeRoot(e.block_hash_tree_roots_hex.map(hex))
  }
}

/** Serializes entries in the given order, without any checks: for building bad UEBs. */
function serialize (entries: Array<[string, string | Uint8Array]>): Uint8Array {
  return Buffer.concat(entries.flatMap(([key, value]) => [Buffer.from(`${key}:`, 'latin1'), netstring(value)]))
}

function entriesOf (ueb: Uint8Array): Array<[string, Uint8Array]> {
  return [...splitUeb(ueb)]
}

function replaced (ueb: Uint8Array, key: string, value: string | Uint8Array | undefined): Uint8Array {
  const entries: Array<[string, string | Uint8Array]> = entriesOf(ueb)
  const index = entries.findIndex(([k]) => k === key)
  if (value === undefined) entries.splice(index, 1)
  else entries[index] = [key, value]
  return serialize(entries)
}

const isUebError = (err: unknown): boolean => err instanceof UebError && err instanceof FormatError && err.code === 'ERR_FORMAT'

void describe('UEB', () => {
  const baseline = packUeb(fieldsOf(examples[1] as Example))

  void it('packs each worked example to its exact bytes and hash', () => {
    assert.equal(examples.length, 4)
    for (const e of examples) {
      const ueb = packUeb(fieldsOf(e))
      assert.equal(Buffer.from(ueb).toString('hex'), e.ueb_hex)
      assert.equal(base32Encode(uebHash(ueb)), e.ueb_hash_base32)
    }
  })

  void it('parses each worked example back to its fields', () => {
    for (const e of examples) {
      const fields = fieldsOf(e)
      const parsed = parseUeb(hex(e.ueb_hex))
      const { raw, ...typed } = parsed
      assert.deepEqual(comparable(typed), comparable(fields))
      assert.equal(raw.size, 11)
      assert.equal(ascii(raw.get('codec_name') as Uint8Array), 'crs')
      assert.equal(ascii(raw.get('codec_params') as Uint8Array), `${e.effective_segment_size}-${e.k}-${e.n}`)
      assert.equal(toHex(packUeb(fields)), e.ueb_hex)
    }
  })

  void it('accepts unknown keys, any key order, and a missing crypttext_hash', () => {
    const withExtra = serialize([...entriesOf(baseline).reverse(), ['plaintext_root_hash', new Uint8Array(32)]])
    const parsed = parseUeb(withExtra)
    assert.equal(parsed.raw.get('plaintext_root_hash')?.length, 32)
    assert.equal(parsed.size, 1024)
    const without = parseUeb(replaced(baseline, 'crypttext_hash', undefined))
    assert.equal(without.crypttextHash, undefined)
    assert.equal(without.segmentSize, 1026)
  })

  void it('refuses a UEB of MAX_UEB_SIZE bytes or more', () => {
    const pad = (total: number): Uint8Array => {
      const room = total - baseline.length - 'x:'.length - 5 // '1234:' prefix and ',' of a 4-digit netstring
      return serialize([...entriesOf(baseline), ['x', 'a'.repeat(room - 1)]])
    }
    assert.equal(pad(MAX_UEB_SIZE - 1).length, MAX_UEB_SIZE - 1)
    assert.equal(parseUeb(pad(MAX_UEB_SIZE - 1)).size, 1024)
    assert.equal(pad(MAX_UEB_SIZE).length, MAX_UEB_SIZE)
    assert.throws(() => parseUeb(pad(MAX_UEB_SIZE)), (err: unknown) => err instanceof RidiculouslyLargeUebError && isUebError(err))
  })

  void it('rejects truncated UEBs', () => {
    for (const cut of [1, 5, 11, 12, 40, baseline.length - 1]) {
      assert.throws(() => parseUeb(baseline.subarray(0, cut)), isUebError, `cut at ${cut}`)
    }
    assert.throws(() => parseUeb(new Uint8Array(0)), isUebError)
  })

  void it('rejects bad netstring framing', () => {
    const text = ascii(baseline)
    const variants = [
      text.replace('codec_name:3:crs,', 'codec_name:4:crs,'),
      text.replace('codec_name:3:crs,', 'codec_name:3:crs;'),
      text.replace('codec_name:3:crs,', 'codec_name:03:crs,'),
      text.replace('codec_name:3:crs,', 'codec_name:x:crs,'),
      text.replace('codec_name:3:crs,', 'codec_name::crs,'),
      text + 'size'
    ]
    for (const variant of variants) assert.throws(() => parseUeb(Buffer.from(variant, 'latin1')), isUebError)
  })

  void it('rejects bad and duplicate keys', () => {
    const entries = entriesOf(baseline)
    for (const key of ['', 'codec name', 'size1', 'sïze', 'a.b']) {
      assert.throws(() => parseUeb(serialize([...entries, [key, '1']])), isUebError, `key '${key}'`)
    }
    assert.throws(() => parseUeb(serialize([...entries, ['size', '1024']])), isUebError)
  })

  void it('rejects numeric fields that are not canonical decimals', () => {
    for (const key of ['size', 'segment_size', 'num_segments', 'needed_shares', 'total_shares']) {
      for (const value of ['', '+1', '-1', '01', '1a', ' 1', '1e3', '0x10', '99999999999999999']) {
        assert.throws(() => parseUeb(replaced(baseline, key, value)), isUebError, `${key}=${value}`)
      }
    }
  })

  void it('rejects missing required keys', () => {
    for (const key of ['codec_name', 'codec_params', 'tail_codec_params', 'size', 'segment_size', 'num_segments',
      'needed_shares', 'total_shares', 'crypttext_root_hash', 'share_root_hash']) {
      assert.throws(() => parseUeb(replaced(baseline, key, undefined)), isUebError, key)
    }
  })

  void it('rejects inconsistent UEBs', () => {
    const cases: Array<[string, string | Uint8Array]> = [
      ['codec_name', 'xyz'],
      ['codec_params', '1026-3-11'],
      ['codec_params', '1023-3-10'],
      ['codec_params', '1026-3'],
      ['codec_params', '1026-3-10-1'],
      ['tail_codec_params', '1024-3-10'],
      ['tail_codec_params', '1026-2-10'],
      ['num_segments', '2'],
      ['size', '2048'],
      ['needed_shares', '4'],
      ['total_shares', '2'],
      ['total_shares', '257'],
      ['segment_size', '1025'],
      ['crypttext_root_hash', new Uint8Array(31)],
      ['share_root_hash', new Uint8Array(33)],
      ['crypttext_hash', new Uint8Array(0)]
    ]
    for (const [key, value] of cases) assert.throws(() => parseUeb(replaced(baseline, key, value)), isUebError, `${key}=${String(value)}`)
  })

  void it('refuses to pack inconsistent fields', () => {
    const good = fieldsOf(examples[0] as Example)
    const bad: Array<Partial<UebFields>> = [
      { numSegments: 2 }, { paddedTailSize: 57 }, { neededShares: 0 }, { totalShares: 257 }, { size: 1.5 },
      { crypttextRootHash: new Uint8Array(31) }, { shareRootHash: new Uint8Array(0) }
    ]
    for (const change of bad) assert.throws(() => packUeb({ ...good, ...change }), ParameterError, JSON.stringify(change))
    const withoutHash: UebFields = { ...good }
    delete withoutHash.crypttextHash
    assert.throws(() => packUeb(withoutHash as UebFields & { crypttextHash: Uint8Array }), ParameterError)
  })

  void it('checks a UEB against the cap that named it', () => {
    const ueb = parseUeb(baseline)
    checkUebAgainstCap(ueb, { k: 3, n: 10, size: 1024 })
    assert.throws(() => checkUebAgainstCap(ueb, { k: 3, n: 10, size: 1025 }), isUebError)
    assert.throws(() => checkUebAgainstCap(ueb, { k: 2, n: 10, size: 1024 }), isUebError)
  })
})
