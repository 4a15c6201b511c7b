import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { aesCtr } from '../src/crypto/aes.js'
import { Tag, taggedHash, taggedPairHash } from '../src/crypto/hash.js'
import { mutableReadkey, mutableStorageIndex, mutableWritekey } from '../src/crypto/mutable-keys.js'
import { formatCap, mutableWriteCapForKey, readCap, storageIndexOf, type MutableReadCap } from '../src/encoding/caps.js'
import { buildHashTree } from '../src/encoding/hashtree.js'
import {
  MDMF_SHARE_DATA_OFFSET, MutableShareFormatError, UnknownMutableVersionError, decodeMutableShares, decodeSegment,
  encodeMutableFile, mutableReadKeys, mutableVersionKey, parseBlockHashTree, parseMutableShareHeader,
  parseShareHashChain, readMutableVersion, readSegment, segmentSpan, sliceSpan, verifyBlockHashTree,
  verifyMutableShare, verifyMutableSignature, verifySegment, verifyShareHashChain,
  type EncodedMutableFile, type MutableFormat, type ShareSegment
} from '../src/encoding/mutable/index.js'
import { deterministicRandom, plaintextOf, vectorKeys } from './helpers/mutable.js'

const KEYS = vectorKeys()
const hex = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('hex')
const KIB128 = 131072

type Field = readonly ['B', number] | readonly ['Q', bigint | number] | readonly ['s', Uint8Array]

/** Python's struct.pack with big-endian B, Q and Ns fields, written out independently of the code under test. */
function structPack (fields: readonly Field[]): Buffer {
  return Buffer.concat(fields.map(([kind, value]) => {
    if (kind === 's') return Buffer.from(value)
    if (kind === 'B') return Buffer.from([value])
    const out = Buffer.alloc(8)
    out.writeBigUInt64BE(BigInt(value))
    return out
  }))
}

/** Node indexes of the siblings on the path from leaf `leaf` to the root, ascending. */
function siblingIndexes (leaf: number, leaves: number): number[] {
  let width = 1
  while (width < leaves) width *= 2
  const out: number[] = []
  for (let node = width - 1 + leaf; node > 0; node = Math.floor((node - 1) / 2)) out.push(node % 2 === 1 ? node + 1 : node - 1)
  return out.sort((a, b) => a - b)
}

function parsePairs (bytes: Uint8Array): Array<[number, Buffer]> {
  const b = Buffer.from(bytes)
  const out: Array<[number, Buffer]> = []
  for (let at = 0; at < b.length; at += 34) out.push([b.readUInt16BE(at), b.subarray(at + 2, at + 34)])
  return out
}

function encode (format: MutableFormat, size: number, k: number, n: number, seed: string, seqnum = 1n): EncodedMutableFile {
  const { randomBytes } = deterministicRandom(seed)
  return encodeMutableFile({ format, plaintext: plaintextOf(size), k, n, seqnum, privateKey: KEYS[format].key, randomBytes })
}

describe('mutable round trips', () => {
  const sizes = [0, 1, 55, 56, KIB128 - 1, KIB128 + 1, 3 * KIB128 + 5]
  const shapes = [[3, 10], [1, 1], [2, 3], [101, 255]] as const
  for (const format of ['sdmf', 'mdmf'] as const) {
    const cap = mutableWriteCapForKey(KEYS[format].key, format)
    const keys = mutableReadKeys(readCap(cap) as MutableReadCap)
    for (const [k, n] of shapes) {
      for (const size of sizes) {
        it(`${format} ${k}-of-${n}, ${size} bytes`, () => {
          const { randomBytes, drawn } = deterministicRandom(`${format}/${k}/${n}/${size}`)
          const plaintext = plaintextOf(size)
          const file = encodeMutableFile({ format, plaintext, k, n, seqnum: 1n, privateKey: KEYS[format].key, randomBytes })
          const segmentSize = format === 'sdmf' ? Math.ceil(size / k) * k : Math.ceil(KIB128 / k) * k
          const numSegments = format === 'sdmf' ? Math.min(size, 1) : Math.ceil(size / segmentSize)
          assert.equal(file.version.segmentSize, segmentSize)
          assert.equal(file.version.dataLength, size)
          assert.equal(file.geometry.numSegments, numSegments)
          assert.deepEqual([file.version.k, file.version.n, file.version.seqnum], [k, n, 1n])
          assert.equal(drawn.length, format === 'sdmf' ? 1 : numSegments, 'one salt per segment (SDMF: one per file)')
          assert.equal(file.shares.length, n)

          // Decode from the last k shares, most of them parity, in scrambled order.
          const chosen = file.shares.slice(n - k).reverse().map(s => ({ shnum: s.shnum, bytes: s.bytes }))
          const decoded = decodeMutableShares(keys, chosen)
          assert.deepEqual(decoded.plaintext, plaintext)
          assert.equal(decoded.badShares.length, 0)
          assert.deepEqual(decoded.goodShares.sort((a, b) => a - b), chosen.map(s => s.shnum).sort((a, b) => a - b))
          for (const share of file.shares) verifyMutableShare(keys.fingerprint, share.shnum, share.bytes, file.version)
        })
      }
    }
  }
})

describe('SDMF layout, byte for byte', () => {
  const { key } = KEYS.sdmf
  const { randomBytes, drawn } = deterministicRandom('sdmf-layout')
  const plaintext = plaintextOf(1000)
  const file = encodeMutableFile({ format: 'sdmf', plaintext, k: 3, n: 10, seqnum: 7n, privateKey: key, randomBytes })
  const salt = drawn[0] as Uint8Array
  const der = key.toPkcs8Der()
  const writekey = mutableWritekey(der)
  const readkey = mutableReadkey(writekey)
  const spki = key.publicKey.toSpkiDer()
  const blockSize = 334 // next_multiple(1000, 3) / 3

  it('has the header, offsets and fields of spec f.4', () => {
    const prefix = structPack([['B', 0], ['Q', 7n], ['s', file.version.rootHash], ['s', salt], ['B', 3], ['B', 10], ['Q', 1002], ['Q', 1000]])
    assert.equal(prefix.length, 75)
    assert.deepEqual(Buffer.from(file.signedPrefix), prefix)
    assert.deepEqual(Buffer.from(file.checkstring), prefix.subarray(0, 57))
    assert.ok(key.publicKey.verify(prefix, file.signature))

    const leaves: Uint8Array[] = []
    for (const share of file.shares) {
      const b = Buffer.from(share.bytes)
      assert.deepEqual(b.subarray(0, 75), prefix)
      const signature = b.readUInt32BE(75)
      const chain = b.readUInt32BE(79)
      const tree = b.readUInt32BE(83)
      const data = b.readUInt32BE(87)
      const encprivkey = Number(b.readBigUInt64BE(91))
      const eof = Number(b.readBigUInt64BE(99))
      assert.equal(signature, 107 + spki.length)
      assert.equal(chain, signature + 256)
      assert.equal(tree, chain + 4 * 34, '10 shares: a 16-leaf share tree, 4 hashes without the leaf')
      assert.equal(data, tree + 32, 'one segment: a one-node block hash tree')
      assert.equal(encprivkey, data + blockSize)
      assert.equal(eof, encprivkey + der.length)
      assert.equal(b.length, eof)

      assert.deepEqual(b.subarray(107, signature), Buffer.from(spki))
      assert.deepEqual(b.subarray(signature, chain), Buffer.from(file.signature))
      const block = b.subarray(data, encprivkey)
      assert.deepEqual(b.subarray(tree, data), Buffer.from(taggedHash(Tag.BLOCK, block)))
      leaves.push(b.subarray(tree, data))
      assert.deepEqual(aesCtr(writekey, b.subarray(encprivkey, eof)), Buffer.from(der))
      assert.deepEqual(share.writeVectors, [{ offset: 0, data: share.bytes }])
    }
    const shareTree = buildHashTree(leaves)
    assert.equal(hex(shareTree[0]), hex(file.version.rootHash))
    for (const share of file.shares) {
      const b = Buffer.from(share.bytes)
      const pairs = parsePairs(b.subarray(b.readUInt32BE(79), b.readUInt32BE(83)))
      assert.deepEqual(pairs.map(([index]) => index), siblingIndexes(share.shnum, 10), 'sorted, without the leaf')
      for (const [index, hash] of pairs) assert.deepEqual(hash, Buffer.from(shareTree[index] as Uint8Array))
    }
  })

  it('encrypts with AES-CTR under H(salt, readkey) and puts piece i in share i', () => {
    const datakey = taggedPairHash(Tag.MUTABLE_DATAKEY, salt, readkey, 16)
    const padded = Buffer.concat([aesCtr(datakey, plaintext), Buffer.alloc(2)])
    for (let i = 0; i < 3; i++) {
      const b = Buffer.from((file.shares[i] as { bytes: Uint8Array }).bytes)
      const data = b.readUInt32BE(87)
      assert.deepEqual(b.subarray(data, data + blockSize), padded.subarray(i * blockSize, (i + 1) * blockSize))
    }
  })
})

describe('MDMF layout, byte for byte', () => {
  const { key } = KEYS.mdmf
  const { randomBytes, drawn } = deterministicRandom('mdmf-layout')
  const size = 3 * KIB128 + 5 // k=3: segments of 131073, the tail has 2 bytes
  const plaintext = plaintextOf(size)
  const file = encodeMutableFile({ format: 'mdmf', plaintext, k: 3, n: 10, seqnum: 9n, privateKey: key, randomBytes })
  const der = key.toPkcs8Der()
  const writekey = mutableWritekey(der)
  const readkey = mutableReadkey(writekey)
  const spki = key.publicKey.toSpkiDer()
  const segmentSize = 131073
  const blockSize = 43691
  const blockSizes = [blockSize, blockSize, blockSize, 1]

  it('has the header, offsets, fixed data offset and fields of spec f.5', () => {
    assert.equal(MDMF_SHARE_DATA_OFFSET, 2167)
    assert.equal(123 + 1220 + 260 + 292 + 272, 2167)
    assert.equal(drawn.length, 4)
    const prefix = structPack([['B', 1], ['Q', 9n], ['s', file.version.rootHash], ['B', 3], ['B', 10], ['Q', segmentSize], ['Q', size]])
    assert.equal(prefix.length, 59)
    assert.deepEqual(Buffer.from(file.signedPrefix), prefix)
    assert.deepEqual(Buffer.from(file.checkstring), prefix.subarray(0, 41))
    assert.ok(key.publicKey.verify(prefix, file.signature))
    assert.equal(file.version.salt, undefined)

    const roots: Uint8Array[] = []
    for (const share of file.shares) {
      const b = Buffer.from(share.bytes)
      assert.deepEqual(b.subarray(0, 59), prefix)
      const [encprivkey, chain, signature, vk, vkEnd, data, tree, eof] = Array.from({ length: 8 }, (_, i) => Number(b.readBigUInt64BE(59 + 8 * i)))
      assert.equal(encprivkey, 123)
      assert.equal(chain, 123 + der.length)
      assert.equal(signature, chain + 4 * 34)
      assert.equal(vk, signature + 256)
      assert.equal(vkEnd, vk + spki.length)
      assert.equal(data, 2167)
      assert.equal(tree, 2167 + 3 * (blockSize + 16) + 1 + 16)
      assert.equal(eof, tree + 7 * 32, '4 segments: a 7-node block hash tree')
      assert.equal(b.length, eof)
      assert.deepEqual(aesCtr(writekey, b.subarray(encprivkey, chain)), Buffer.from(der))
      assert.deepEqual(b.subarray(signature, vk), Buffer.from(file.signature))
      assert.deepEqual(b.subarray(vk, vkEnd), Buffer.from(spki))
      assert.ok(b.subarray(vkEnd, data).every(byte => byte === 0), 'the unused reserved room is left zero')

      const treeNodes = Array.from({ length: 7 }, (_, i) => b.subarray(tree + 32 * i, tree + 32 * (i + 1)))
      let at = 2167
      blockSizes.forEach((bs, segnum) => {
        const saltAndBlock = b.subarray(at, at + 16 + bs)
        assert.deepEqual(saltAndBlock.subarray(0, 16), Buffer.from(drawn[segnum] as Uint8Array))
        assert.deepEqual(treeNodes[3 + segnum], Buffer.from(taggedHash(Tag.BLOCK, saltAndBlock)), 'block hash covers salt || block')
        at += 16 + bs
      })
      assert.deepEqual(buildHashTree(treeNodes.slice(3)).map(node => Buffer.from(node)), treeNodes)
      roots.push(treeNodes[0] as Uint8Array)
    }
    const shareTree = buildHashTree(roots)
    assert.equal(hex(shareTree[0]), hex(file.version.rootHash))
    for (const share of file.shares) {
      const b = Buffer.from(share.bytes)
      const pairs = parsePairs(b.subarray(Number(b.readBigUInt64BE(67)), Number(b.readBigUInt64BE(75))))
      assert.deepEqual(pairs.map(([index]) => index), siblingIndexes(share.shnum, 10))
      for (const [index, hash] of pairs) assert.deepEqual(hash, Buffer.from(shareTree[index] as Uint8Array))
    }
  })

  it('encrypts each segment under its own salt', () => {
    const share0 = Buffer.from((file.shares[0] as { bytes: Uint8Array }).bytes)
    for (let segnum = 0; segnum < 3; segnum++) {
      const salt = drawn[segnum] as Uint8Array
      const cipher = aesCtr(taggedPairHash(Tag.MUTABLE_DATAKEY, salt, readkey, 16), plaintext.subarray(segnum * segmentSize, (segnum + 1) * segmentSize))
      const at = 2167 + segnum * (blockSize + 16) + 16
      assert.deepEqual(share0.subarray(at, at + blockSize), cipher.subarray(0, blockSize))
    }
  })

  it('sends the write vectors of MDMFSlotWriteProxy, in its order, which rebuild the share', () => {
    for (const share of file.shares) {
      const b = Buffer.from(share.bytes)
      const offset = (i: number): number => Number(b.readBigUInt64BE(59 + 8 * i))
      const segmentOffsets = [0, 1, 2, 3].map(segnum => 2167 + segnum * (blockSize + 16))
      assert.deepEqual(share.writeVectors.map(v => v.offset), [
        ...segmentOffsets, 123, offset(6), offset(1), 0, offset(2), offset(3), 59, 41, 0
      ])
      assert.deepEqual(share.writeVectors.map(v => v.data.length), [
        ...blockSizes.map(bs => bs + 16), der.length, 7 * 32, 4 * 34, 41, 256, spki.length, 64, 18, 41
      ])
      const rebuilt = new Uint8Array(b.length)
      for (const { offset: at, data } of share.writeVectors) rebuilt.set(data, at)
      assert.deepEqual(Buffer.from(rebuilt), b)
    }
  })

  it('lets a reader verify and decode one segment from partial reads', () => {
    const keys = mutableReadKeys(mutableWriteCapForKey(key, 'mdmf'))
    for (const segnum of [2, 3]) {
      const blocks: ShareSegment[] = []
      for (const shnum of [9, 4, 7]) {
        const bytes = (file.shares[shnum] as { bytes: Uint8Array }).bytes
        // What a servermap reads first: Tahoe asks for 4000 bytes.
        const first = bytes.subarray(0, 4000)
        const header = parseMutableShareHeader(first)
        verifyMutableSignature(keys.fingerprint, header.version, sliceSpan(first, header.verificationKey, 'vk'), sliceSpan(first, header.signature, 'sig'))
        const chain = parseShareHashChain(sliceSpan(first, header.shareHashChain, 'chain'))
        const tree = parseBlockHashTree(sliceSpan(bytes, header.blockHashTree, 'tree'))
        verifyBlockHashTree(header, tree)
        verifyShareHashChain(header, shnum, chain, tree[0] as Uint8Array)
        const segment = readSegment(header, segnum, sliceSpan(bytes, segmentSpan(header, segnum), 'segment'))
        verifySegment(header, tree, segnum, segment)
        blocks.push({ shnum, segment })
      }
      const expected = plaintext.subarray(segnum * segmentSize, Math.min(size, (segnum + 1) * segmentSize))
      assert.deepEqual(decodeSegment(file.version, keys.readkey, segnum, blocks), expected)
    }
  })
})

describe('versions and caps', () => {
  it('reads the version from the first bytes of a share, as a servermap does', () => {
    for (const format of ['sdmf', 'mdmf'] as const) {
      const file = encode(format, 5000, 3, 10, `version-${format}`, 12n)
      const prefixSize = format === 'sdmf' ? 75 : 59
      for (const share of file.shares) {
        const version = readMutableVersion(share.bytes.subarray(0, prefixSize))
        assert.deepEqual(version, file.version)
        assert.equal(mutableVersionKey(version), mutableVersionKey(file.version))
        assert.throws(() => readMutableVersion(share.bytes.subarray(0, prefixSize - 1)), MutableShareFormatError)
      }
      const bumped = encode(format, 5000, 3, 10, `version-${format}`, 13n)
      assert.notEqual(mutableVersionKey(bumped.version), mutableVersionKey(file.version))
      const unknown = Uint8Array.from(file.shares[0]?.bytes ?? [])
      unknown[0] = 2
      assert.throws(() => readMutableVersion(unknown), UnknownMutableVersionError)
      assert.throws(() => readMutableVersion(new Uint8Array(0)), MutableShareFormatError)
    }
  })

  it('files shares under the storage index of the cap derived from the key', () => {
    for (const format of ['sdmf', 'mdmf'] as const) {
      const { key, expectedCap } = KEYS[format]
      const cap = mutableWriteCapForKey(key, format)
      assert.equal(formatCap(cap), expectedCap, 'the fixture key gives the cap Tahoe printed')
      const file = encode(format, 100, 2, 3, `si-${format}`)
      assert.equal(hex(file.storageIndex), hex(storageIndexOf(cap)))
      assert.equal(hex(file.storageIndex), hex(storageIndexOf(readCap(cap))))
      assert.equal(hex(file.storageIndex), hex(mutableStorageIndex(mutableReadkey(mutableWritekey(key.toPkcs8Der())))))
    }
  })

  it('is reproducible from the same salts and differs with other salts', () => {
    for (const format of ['sdmf', 'mdmf'] as const) {
      const a = encode(format, 3000, 3, 5, 'same')
      const b = encode(format, 3000, 3, 5, 'same')
      const c = encode(format, 3000, 3, 5, 'other')
      assert.deepEqual(a.version, b.version)
      // RSA-PSS signatures are randomized; everything else must be identical.
      const withoutSignature = (bytes: Uint8Array): Buffer => {
        const { signature } = parseMutableShareHeader(bytes)
        return Buffer.concat([bytes.subarray(0, signature.offset), bytes.subarray(signature.offset + signature.length)])
      }
      assert.deepEqual(a.shares.map(s => withoutSignature(s.bytes)), b.shares.map(s => withoutSignature(s.bytes)))
      assert.notDeepEqual(a.version.rootHash, c.version.rootHash)
    }
  })

  it('ignores bytes past EOF left over from an older, longer share', () => {
    for (const format of ['sdmf', 'mdmf'] as const) {
      const file = encode(format, 700, 2, 4, `tail-${format}`)
      const keys = mutableReadKeys(mutableWriteCapForKey(KEYS[format].key, format))
      const shares = file.shares.map(s => ({ shnum: s.shnum, bytes: Uint8Array.from([...s.bytes, ...new Uint8Array(100).fill(0xee)]) }))
      assert.deepEqual(decodeMutableShares(keys, shares.slice(2)).plaintext, plaintextOf(700))
    }
  })
})
