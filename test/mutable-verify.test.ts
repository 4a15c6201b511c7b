import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { PrivateKeyMismatchError, decryptPrivateKey, mutableWritekey, validateEncryptedPrivateKey } from '../src/crypto/mutable-keys.js'
import { ParameterError } from '../src/errors.js'
import { mutableWriteCapForKey } from '../src/encoding/caps.js'
import {
  BadSignatureError, BlockHashTreeError, CorruptBlockError, CorruptMutableShareError, MutableShareFormatError,
  NotEnoughMutableSharesError, ShareHashChainError, UnknownMutableVersionError, VerificationKeyMismatchError,
  VersionMismatchError, decodeMutableShares, encodeMutableFile, isBadMutableShareError, mutableReadKeys,
  parseMutableShare, parseMutableShareHeader, recoverPrivateKey, segmentSpan, verifyMutableShare,
  type EncodedMutableFile, type MutableFormat, type MutableShareHeader
} from '../src/encoding/mutable/index.js'
import { deterministicRandom, flipByte, plaintextOf, vectorKeys } from './helpers/mutable.js'

const KEYS = vectorKeys()

function encode (format: MutableFormat, size: number, options: { k?: number, n?: number, seqnum?: bigint, maxSegmentSize?: number } = {}): EncodedMutableFile {
  const { randomBytes } = deterministicRandom(`${format}/${size}/${options.seqnum ?? 1n}`)
  return encodeMutableFile({
    format, plaintext: plaintextOf(size), k: options.k ?? 3, n: options.n ?? 10, seqnum: options.seqnum ?? 1n,
    privateKey: KEYS[format].key, randomBytes, ...(options.maxSegmentSize === undefined ? {} : { maxSegmentSize: options.maxSegmentSize })
  })
}

const keysOf = (format: MutableFormat): ReturnType<typeof mutableReadKeys> => mutableReadKeys(mutableWriteCapForKey(KEYS[format].key, format))
const writekeyOf = (format: MutableFormat): Uint8Array => mutableWritekey(KEYS[format].key.toPkcs8Der())

type Outcome = 'ok' | 'format' | 'verification-key' | 'signature' | 'share-hash-chain' | 'block-hash-tree' | 'block'

/** What a reader makes of a share: fine, unparseable, or the check it fails. */
function outcomeOf (format: MutableFormat, shnum: number, bytes: Uint8Array): { outcome: Outcome, segment?: number } {
  try {
    verifyMutableShare(keysOf(format).fingerprint, shnum, bytes)
    return { outcome: 'ok' }
  } catch (err: unknown) {
    if (err instanceof MutableShareFormatError) return { outcome: 'format' }
    if (err instanceof CorruptBlockError) return { outcome: 'block', segment: err.segment }
    if (err instanceof CorruptMutableShareError) return { outcome: err.check }
    throw err
  }
}

const within = (at: number, span: { offset: number, length: number }): boolean => at >= span.offset && at < span.offset + span.length

/** The outcomes a single damaged byte at `at` may have, by the field it is in. */
function allowedOutcomes (header: MutableShareHeader, at: number): { allowed: Outcome[], segment?: number, field: string } {
  const { format } = header.version
  const prefixSize = format === 'sdmf' ? 75 : 59
  const paramsAt = format === 'sdmf' ? 57 : 41
  if (at === 0) return { allowed: ['format'], field: 'version byte' }
  if (at < paramsAt) return { allowed: ['signature'], field: 'seqnum, root hash or salt' }
  // A damaged k, N, segment size or data length may no longer even parse.
  if (at < prefixSize) return { allowed: ['signature', 'format'], field: 'encoding parameters' }
  // A damaged offset moves some field; only the private key is not checked by readers.
  if (at < header.headerSize) return { allowed: ['format', 'verification-key', 'signature', 'share-hash-chain', 'block-hash-tree', 'block', 'ok'], field: 'offsets' }
  if (within(at, header.verificationKey)) return { allowed: ['verification-key'], field: 'verification key' }
  if (within(at, header.signature)) return { allowed: ['signature'], field: 'signature' }
  if (within(at, header.shareHashChain)) return { allowed: ['share-hash-chain'], field: 'share hash chain' }
  if (within(at, header.blockHashTree)) return { allowed: ['block-hash-tree'], field: 'block hash tree' }
  for (let segnum = 0; segnum < header.geometry.numSegments; segnum++) {
    if (within(at, segmentSpan(header, segnum))) return { allowed: ['block'], segment: segnum, field: `segment ${segnum}` }
  }
  if (within(at, header.encryptedPrivateKey)) return { allowed: ['ok'], field: 'encrypted private key' }
  return { allowed: ['ok'], field: 'unused room' }
}

describe('every single damaged byte is caught and blamed on its field', () => {
  const cases = [
    { format: 'sdmf', size: 1000, options: {} },
    // Five segments of 30 bytes: the block hash tree has padding leaves.
    { format: 'mdmf', size: 130, options: { maxSegmentSize: 30 } },
    { format: 'mdmf', size: 0, options: {} },
    { format: 'sdmf', size: 0, options: {} }
  ] as const
  for (const { format, size, options } of cases) {
    it(`${format}, ${size} bytes`, () => {
      const file = encode(format, size, options)
      const shnum = 7
      const intact = (file.shares[shnum] as { bytes: Uint8Array }).bytes
      const header = parseMutableShareHeader(intact)
      assert.equal(outcomeOf(format, shnum, intact).outcome, 'ok')
      const writekey = writekeyOf(format)
      const seen = new Set<string>()
      for (let at = 0; at < intact.length; at++) {
        const damaged = flipByte(intact, at)
        const { outcome, segment } = outcomeOf(format, shnum, damaged)
        const expected = allowedOutcomes(header, at)
        assert.ok(expected.allowed.includes(outcome), `byte ${at} (${expected.field}): got ${outcome}, expected one of ${expected.allowed.join(', ')}`)
        if (expected.segment !== undefined) assert.equal(segment, expected.segment, `byte ${at} blamed on the wrong segment`)
        seen.add(`${expected.field}:${outcome}`)
        if (outcome === 'ok') {
          // What readers skip, a writer checks: the private key must still come back, or be refused.
          const parts = parseMutableShare(damaged)
          if (expected.field === 'unused room') {
            assert.deepEqual(recoverPrivateKey(writekey, parts.encryptedPrivateKey).toPkcs8Der(), KEYS[format].key.toPkcs8Der())
          } else {
            assert.throws(() => recoverPrivateKey(writekey, parts.encryptedPrivateKey), PrivateKeyMismatchError, `byte ${at} (${expected.field})`)
          }
        }
      }
      for (const outcome of ['verification-key', 'signature', 'share-hash-chain', 'block-hash-tree'] as const) {
        assert.ok([...seen].some(entry => entry.endsWith(`:${outcome}`)), `no byte produced ${outcome}`)
      }
      if (size > 0) assert.ok([...seen].some(entry => entry.endsWith(':block')))
    })
  }

  it('blames a damaged MDMF salt on its segment, and a damaged SDMF salt on the signature', () => {
    const mdmf = encode('mdmf', 130, { maxSegmentSize: 30 })
    const mdmfShare = (mdmf.shares[2] as { bytes: Uint8Array }).bytes
    const saltOf3 = segmentSpan(parseMutableShareHeader(mdmfShare), 3).offset
    assert.throws(() => verifyMutableShare(keysOf('mdmf').fingerprint, 2, flipByte(mdmfShare, saltOf3 + 5)),
      (err: unknown) => err instanceof CorruptBlockError && err.segment === 3 && err.check === 'block' && err.code === 'ERR_CORRUPT_SHARE')
    const sdmf = encode('sdmf', 100)
    assert.throws(() => verifyMutableShare(keysOf('sdmf').fingerprint, 2, flipByte((sdmf.shares[2] as { bytes: Uint8Array }).bytes, 41 + 5)), BadSignatureError)
  })
})

describe('malformed shares', () => {
  it('refuses every truncation with MutableShareFormatError', () => {
    for (const format of ['sdmf', 'mdmf'] as const) {
      const file = encode(format, 200, { maxSegmentSize: 60 })
      const bytes = (file.shares[4] as { bytes: Uint8Array }).bytes
      for (let length = 0; length < bytes.length; length++) {
        assert.throws(() => parseMutableShare(bytes.subarray(0, length)), MutableShareFormatError, `${format} cut to ${length} bytes`)
      }
      assert.throws(() => verifyMutableShare(keysOf(format).fingerprint, 4, bytes.subarray(0, bytes.length - 1)), MutableShareFormatError)
    }
  })

  it('refuses inconsistent headers with MutableShareFormatError', () => {
    const sdmf = (encode('sdmf', 100).shares[0] as { bytes: Uint8Array }).bytes
    const mdmf = (encode('mdmf', 100).shares[0] as { bytes: Uint8Array }).bytes
    const edit = (bytes: Uint8Array, change: (view: DataView) => void): Uint8Array => {
      const copy = Uint8Array.from(bytes)
      change(new DataView(copy.buffer))
      return copy
    }
    const bad: Array<[string, Uint8Array]> = [
      ['SDMF k = 0', edit(sdmf, v => { v.setUint8(57, 0) })],
      ['SDMF N < k', edit(sdmf, v => { v.setUint8(58, 2) })],
      ['SDMF segment size not a multiple of k', edit(sdmf, v => { v.setBigUint64(59, 101n) })],
      ['SDMF segment size not next_multiple(datalen, k)', edit(sdmf, v => { v.setBigUint64(59, 99n); v.setBigUint64(67, 10n) })],
      ['SDMF offsets out of order', edit(sdmf, v => { v.setUint32(79, 100) })],
      ['SDMF EOF past 2^53', edit(sdmf, v => { v.setBigUint64(99, 2n ** 60n) })],
      ['SDMF chain not whole pairs', edit(sdmf, v => { v.setUint32(83, v.getUint32(83) + 1) })],
      ['MDMF k = 0', edit(mdmf, v => { v.setUint8(41, 0) })],
      ['MDMF data with a zero segment size', edit(mdmf, v => { v.setBigUint64(43, 0n) })],
      ['MDMF share data region of the wrong size', edit(mdmf, v => { v.setBigUint64(99, 2168n) })],
      ['MDMF block hash tree of the wrong size', edit(mdmf, v => { v.setBigUint64(115, v.getBigUint64(115) + 32n) })],
      ['MDMF offsets out of order', edit(mdmf, v => { v.setBigUint64(67, 100n) })]
    ]
    for (const [what, bytes] of bad) {
      assert.throws(() => parseMutableShare(bytes), (err: unknown) => err instanceof MutableShareFormatError && err.code === 'ERR_FORMAT', what)
      assert.ok(isBadMutableShareError(new MutableShareFormatError(what)))
    }
    assert.throws(() => parseMutableShare(edit(sdmf, v => { v.setUint8(0, 7) })), UnknownMutableVersionError)
    // Garbage after a valid version byte, with the header's small fields kept plausible, is a format error and never a crash.
    const { randomBytes } = deterministicRandom('garbage')
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytes(32 + (i * 37) % 3000)
      bytes[0] = i % 2
      const paramsAt = i % 2 === 0 ? 57 : 41
      bytes[paramsAt] = 1 + (i % 3)
      bytes[paramsAt + 1] = 10
      assert.throws(() => parseMutableShare(bytes), MutableShareFormatError)
    }
    assert.throws(() => verifyMutableShare(keysOf('sdmf').fingerprint, 10, sdmf), MutableShareFormatError, 'share number >= N')
  })
})

describe('decoding around bad shares', () => {
  const file = encode('mdmf', 5000, { maxSegmentSize: 1000 })
  const keys = keysOf('mdmf')
  const inputs = file.shares.map(s => ({ shnum: s.shnum, bytes: s.bytes }))
  const damage = (shnum: number, at: (header: MutableShareHeader) => number): { shnum: number, bytes: Uint8Array } => {
    const bytes = (file.shares[shnum] as { bytes: Uint8Array }).bytes
    return { shnum, bytes: flipByte(bytes, at(parseMutableShareHeader(bytes))) }
  }

  it('reports each bad share with its typed error and decodes from the others', () => {
    const shares = [
      damage(0, h => h.signature.offset + 3),
      damage(1, h => segmentSpan(h, 2).offset + 20),
      damage(2, h => h.shareHashChain.offset + 10),
      damage(3, h => h.verificationKey.offset + 100),
      ...inputs.slice(4, 7)
    ]
    const result = decodeMutableShares(keys, shares)
    assert.deepEqual(result.plaintext, plaintextOf(5000))
    assert.deepEqual(result.goodShares, [4, 5, 6])
    assert.deepEqual(result.badShares.map(({ shnum, error }) => [shnum, error.constructor]), [
      [0, BadSignatureError], [1, CorruptBlockError], [2, ShareHashChainError], [3, VerificationKeyMismatchError]
    ])
  })

  it('says how many good shares it had when fewer than k are good', () => {
    const shares = [damage(0, h => h.blockHashTree.offset), inputs[5], inputs[6], inputs[6]].filter(s => s !== undefined)
    assert.throws(() => decodeMutableShares(keys, shares), (err: unknown) =>
      err instanceof NotEnoughMutableSharesError && err.needed === 3 && err.good === 2 &&
      err.failures.length === 1 && err.failures[0]?.error instanceof BlockHashTreeError)
    assert.throws(() => decodeMutableShares(keys, []), NotEnoughMutableSharesError)
  })

  it('sets aside sound shares of another version', () => {
    const newer = encode('mdmf', 3000, { seqnum: 2n })
    const mixed = [...inputs.slice(0, 2), ...newer.shares.slice(2, 5).map(s => ({ shnum: s.shnum, bytes: s.bytes })), inputs[8], inputs[9]]
      .filter(s => s !== undefined)
    const result = decodeMutableShares(keys, mixed, { expected: file.version })
    assert.deepEqual(result.plaintext, plaintextOf(5000))
    assert.deepEqual(result.badShares.map(({ shnum, error }) => [shnum, error.constructor]), [
      [2, VersionMismatchError], [3, VersionMismatchError], [4, VersionMismatchError]
    ])
    assert.deepEqual(decodeMutableShares(keys, newer.shares.slice(5)).plaintext, plaintextOf(3000))
  })

  it('refuses shares signed by another key than the cap names', () => {
    const otherKeys = keysOf('sdmf')
    assert.throws(() => decodeMutableShares(otherKeys, inputs), (err: unknown) =>
      err instanceof NotEnoughMutableSharesError && err.failures.length === 10 &&
      err.failures.every(f => f.error instanceof VerificationKeyMismatchError))
  })
})

describe('the encrypted private key', () => {
  it('decrypts with the writekey to the signing key, in every share', () => {
    for (const format of ['sdmf', 'mdmf'] as const) {
      const file = encode(format, 300)
      const writekey = writekeyOf(format)
      const der = KEYS[format].key.toPkcs8Der()
      for (const share of file.shares) {
        const { encryptedPrivateKey } = parseMutableShare(share.bytes)
        assert.deepEqual(decryptPrivateKey(writekey, encryptedPrivateKey), der)
        assert.deepEqual(validateEncryptedPrivateKey(writekey, encryptedPrivateKey), der)
        assert.deepEqual(recoverPrivateKey(writekey, encryptedPrivateKey).toPkcs8Der(), der)
      }
      const other = writekeyOf(format === 'sdmf' ? 'mdmf' : 'sdmf')
      assert.throws(() => recoverPrivateKey(other, parseMutableShare((file.shares[0] as { bytes: Uint8Array }).bytes).encryptedPrivateKey), PrivateKeyMismatchError)
    }
  })
})

describe('encoding parameters', () => {
  it('refuses what the format cannot hold with ParameterError', () => {
    const base = { format: 'mdmf' as const, plaintext: plaintextOf(10), k: 3, n: 10, seqnum: 1n, privateKey: KEYS.mdmf.key }
    const bad = [
      { k: 0 }, { k: 256, n: 256 }, { n: 256 }, { k: 4, n: 3 }, { k: 1.5 }, { seqnum: -1n }, { seqnum: 2n ** 64n },
      { maxSegmentSize: 0 }, { randomBytes: () => new Uint8Array(15) }
    ]
    for (const change of bad) {
      assert.throws(() => encodeMutableFile({ ...base, ...change }), ParameterError, JSON.stringify(change, (_, v: unknown) => typeof v === 'bigint' ? String(v) : v))
    }
    const max = encodeMutableFile({ ...base, seqnum: 2n ** 64n - 1n, k: 255, n: 255 })
    assert.equal(max.version.seqnum, 2n ** 64n - 1n)
  })
})
