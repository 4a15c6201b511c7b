import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Tag, taggedHash } from '../src/crypto/hash.js'
import { ParameterError } from '../src/errors.js'
import { IncompleteHashTree, buildHashTree, neededHashes } from '../src/encoding/hashtree.js'
import { chkParams, type ChkParams } from '../src/encoding/segmentation.js'
import { RidiculouslyLargeUebError, packUeb, parseUeb } from '../src/encoding/ueb.js'
import {
  ImmutableShareReader, ShareLayoutError, UnknownShareVersionError, V1_HEADER_SIZE, V2_HEADER_SIZE,
  assembleImmutableShare, chkShareLayout, immutableShareLayout, immutableShareWrites, packImmutableHeader, packShareHashes,
  packUebLength, parseImmutableHeader, parseShareHashes, parseUebLength, shareHashChainOrder, shareHashCount,
  shareHashPairs, type ImmutableShareLayout, type ImmutableShareParts, type ShareReadFn
} from '../src/encoding/share-layout.js'

const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')
const isLayoutError = (err: unknown): boolean => err instanceof ShareLayoutError && err.code === 'ERR_FORMAT'

interface TestShare {
  params: ChkParams
  layout: ImmutableShareLayout
  parts: ImmutableShareParts
  share: Uint8Array
  shareNumber: number
}

/** A complete, internally consistent share with random contents. */
function makeShare (size: number, k: number, n: number, maxSegmentSize: number, shareNumber: number, forceV2 = false): TestShare {
  const params = chkParams(size, k, n, maxSegmentSize)
  const blocks = Array.from({ length: params.numSegments }, (_, i) =>
    randomBytes(i === params.numSegments - 1 ? params.tailBlockSize : params.blockSize))
  const blockHashTree = buildHashTree(blocks.map(block => taggedHash(Tag.BLOCK, block)))
  const crypttextHashTree = buildHashTree(Array.from({ length: params.numSegments }, () => randomBytes(32)))
  const shareRoots = Array.from({ length: n }, (_, i) => i === shareNumber ? blockHashTree[0] as Uint8Array : randomBytes(32))
  const shareTree = buildHashTree(shareRoots)
  const ueb = packUeb({
    segmentSize: params.segmentSize,
    numSegments: params.numSegments,
    neededShares: k,
    totalShares: n,
    size,
    paddedTailSize: params.paddedTailSize,
    crypttextHash: randomBytes(32),
    crypttextRootHash: crypttextHashTree[0] as Uint8Array,
    shareRootHash: shareTree[0] as Uint8Array
  })
  const layout = immutableShareLayout({
    blockSize: params.blockSize, shareDataSize: params.shareDataSize, numSegments: params.numSegments, totalShares: n, uebSize: ueb.length, forceV2
  })
  const parts = { blocks, crypttextHashTree, blockHashTree, shareHashes: shareHashPairs(shareTree, shareNumber, n), ueb }
  return { params, layout, parts, share: assembleImmutableShare(layout, parts), shareNumber }
}

/** A read function over a buffer that records what was asked. */
function bufferReader (share: Uint8Array, log: Array<[number, number]> = []): ShareReadFn {
  return async (offset, length) => {
    log.push([offset, length])
    return await Promise.resolve(share.subarray(offset, offset + length))
  }
}

/** Reads every part of a share back, checking all hashes the way a downloader does. */
async function readAndValidate (share: Uint8Array, params: ChkParams, shareNumber: number): Promise<Uint8Array[]> {
  const reader = await ImmutableShareReader.open(bufferReader(share))
  const ueb = parseUeb(await reader.readUeb())
  const shareTree = new IncompleteHashTree(params.n)
  shareTree.setRoot(ueb.shareRootHash)
  shareTree.setHashes(await reader.readShareHashes())
  const blockRoot = shareTree.getLeaf(shareNumber)
  assert.ok(blockRoot !== undefined)
  const crypttextTree = new IncompleteHashTree(params.numSegments)
  crypttextTree.setRoot(ueb.crypttextRootHash)
  const crypttextNodes = await reader.readCrypttextHashTree(params.numSegments)
  crypttextTree.setHashes(new Map(crypttextNodes.map((node, i) => [i, node])))
  const blockTree = new IncompleteHashTree(params.numSegments)
  blockTree.setRoot(blockRoot)
  const allBlockNodes = await reader.readBlockHashTree(params.numSegments)
  const blocks: Uint8Array[] = []
  for (let i = 0; i < params.numSegments; i++) {
    const block = await reader.readBlock(i, params)
    const needed = neededHashes(i, params.numSegments)
    const nodes = await reader.readBlockHashNodes(params.numSegments, needed)
    for (const index of needed) assert.equal(hexOf(nodes.get(index) as Uint8Array), hexOf(allBlockNodes[index] as Uint8Array))
    blockTree.setHashes(nodes, new Map([[i, taggedHash(Tag.BLOCK, block)]]))
    blocks.push(block)
  }
  return blocks
}

function setField (header: Uint8Array, version: 1 | 2, field: number, value: number): Uint8Array {
  const copy = Uint8Array.from(header)
  const view = new DataView(copy.buffer)
  if (version === 1) view.setUint32(4 + 4 * field, value)
  else view.setBigUint64(4 + 8 * field, BigInt(value))
  return copy
}

void describe('immutable share layout', () => {
  void it('plans the 3-of-10, 1024-byte share with the offsets of spec d.1', () => {
    const layout = immutableShareLayout({ blockSize: 342, shareDataSize: 342, numSegments: 1, totalShares: 10, uebSize: 316 })
    assert.equal(layout.version, 1)
    assert.equal(layout.headerSize, 0x24)
    assert.deepEqual(layout.offsets, {
      data: 36, plaintextHashTree: 378, crypttextHashTree: 410, blockHashes: 442, shareHashes: 474, uriExtension: 644
    })
    assert.equal(layout.allocatedSize, 644 + 4 + 316)
    assert.equal(layout.numShareHashes, 5)
    assert.deepEqual(chkShareLayout(chkParams(1024, 3, 10, 131072), 316), layout)
  })

  void it('switches to version 2 exactly when an offset reaches 2^32, without allocating', () => {
    // One segment, n=10: the UEB offset is 0x24 + data + 3*32 + 5*34.
    const overhead = 0x24 + 3 * 32 + 5 * 34
    const plan = (dataSize: number, numSegments = 1, blockSize = dataSize): ImmutableShareLayout =>
      immutableShareLayout({ blockSize, shareDataSize: dataSize, numSegments, totalShares: 10, uebSize: 330 })
    const last = plan(2 ** 32 - 1 - overhead)
    assert.equal(last.version, 1)
    assert.equal(last.offsets.uriExtension, 2 ** 32 - 1)
    assert.ok(last.allocatedSize > 2 ** 32) // only offsets count, as in Tahoe
    const first = plan(2 ** 32 - overhead)
    assert.equal(first.version, 2)
    assert.equal(first.headerSize, 0x44)
    assert.equal(first.fieldSize, 8)
    assert.equal(first.offsets.data, 0x44)
    assert.equal(first.offsets.uriExtension, 2 ** 32 + 0x20)
    // Share data of 2^32 bytes in many blocks is version 2 as well.
    assert.equal(plan(2 ** 32, 4096, 2 ** 20).version, 2)
    assert.equal(plan(2 ** 32 - 1, 4096, 2 ** 20).version, 2)
    assert.equal(plan(2 ** 31, 2048, 2 ** 20).version, 1)
  })

  void it('rejects impossible layout inputs', () => {
    const good = { blockSize: 100, shareDataSize: 250, numSegments: 3, totalShares: 10, uebSize: 320 }
    const bad = [{ shareDataSize: 200 }, { shareDataSize: 301 }, { numSegments: 0 }, { blockSize: 0 }, { totalShares: 257 }, { uebSize: 2000 }, { blockSize: 1.5 }]
    immutableShareLayout(good)
    for (const change of bad) assert.throws(() => immutableShareLayout({ ...good, ...change }), ParameterError, JSON.stringify(change))
  })

  void it('round-trips v1 and v2 headers', () => {
    for (const layout of [
      immutableShareLayout({ blockSize: 43691, shareDataSize: 699051, numSegments: 16, totalShares: 10, uebSize: 328 }),
      immutableShareLayout({ blockSize: 43691, shareDataSize: 699051, numSegments: 16, totalShares: 10, uebSize: 328, forceV2: true }),
      immutableShareLayout({ blockSize: 2 ** 40, shareDataSize: 2 ** 44 - 5, numSegments: 16, totalShares: 256, uebSize: 330 })
    ]) {
      const bytes = packImmutableHeader(layout)
      assert.equal(bytes.length, layout.version === 1 ? V1_HEADER_SIZE : V2_HEADER_SIZE)
      assert.deepEqual(parseImmutableHeader(bytes), {
        version: layout.version, headerSize: layout.headerSize, fieldSize: layout.fieldSize,
        blockSize: layout.blockSize, shareDataSize: layout.shareDataSize, offsets: layout.offsets
      })
      // Trailing bytes (the start of the data) are ignored.
      assert.deepEqual(parseImmutableHeader(Buffer.concat([bytes, randomBytes(40)])).offsets, layout.offsets)
    }
  })

  void it('rejects truncated and inconsistent headers with ShareLayoutError', () => {
    const v1 = packImmutableHeader(immutableShareLayout({ blockSize: 1000, shareDataSize: 2500, numSegments: 3, totalShares: 10, uebSize: 320 }))
    const v2 = packImmutableHeader(immutableShareLayout({ blockSize: 1000, shareDataSize: 2500, numSegments: 3, totalShares: 10, uebSize: 320, forceV2: true }))
    const o = parseImmutableHeader(v1).offsets
    const bad: Array<[string, Uint8Array]> = [
      ['empty', new Uint8Array(0)],
      ['3 bytes', v1.subarray(0, 3)],
      ['v1 short', v1.subarray(0, V1_HEADER_SIZE - 1)],
      ['v2 short', v2.subarray(0, V2_HEADER_SIZE - 1)],
      ['data offset', setField(v1, 1, 2, 0x28)],
      ['no data', setField(v1, 1, 3, 0x24)],
      ['decreasing', setField(v1, 1, 4, o.plaintextHashTree - 1)],
      ['unequal trees', setField(v1, 1, 5, o.blockHashes + 32)],
      ['share hashes not pairs', setField(v1, 1, 7, o.uriExtension + 1)],
      ['no share hashes', setField(v1, 1, 7, o.shareHashes)],
      ['too many share hashes', setField(v1, 1, 7, o.shareHashes + 10 * 34)],
      ['v2 field beyond 2^53', setField(v2, 2, 7, 2 ** 53 + 2)]
    ]
    // Tree regions of 2 nodes are not (2P - 1) * 32.
    let twoNodes = setField(v1, 1, 4, o.plaintextHashTree + 64)
    twoNodes = setField(twoNodes, 1, 5, o.plaintextHashTree + 128)
    twoNodes = setField(twoNodes, 1, 6, o.plaintextHashTree + 192)
    twoNodes = setField(twoNodes, 1, 7, o.plaintextHashTree + 192 + 5 * 34)
    bad.push(['two-node trees', twoNodes])
    for (const [name, bytes] of bad) assert.throws(() => parseImmutableHeader(bytes), isLayoutError, name)
    for (const version of [0, 3, 0xffffffff]) {
      const bytes = Uint8Array.from(v1)
      new DataView(bytes.buffer).setUint32(0, version)
      assert.throws(() => parseImmutableHeader(bytes), (err: unknown) => err instanceof UnknownShareVersionError && isLayoutError(err))
    }
  })

  void it('packs and parses the UEB length field', () => {
    assert.equal(hexOf(packUebLength(4, 316)), '0000013c')
    assert.equal(hexOf(packUebLength(8, 316)), '000000000000013c')
    assert.equal(parseUebLength(4, packUebLength(4, 1999)), 1999)
    assert.equal(parseUebLength(8, packUebLength(8, 0)), 0)
    assert.throws(() => parseUebLength(8, new Uint8Array(7)), isLayoutError)
    assert.throws(() => parseUebLength(4, Uint8Array.of(0, 0, 7, 208)), RidiculouslyLargeUebError)
    assert.throws(() => parseUebLength(8, Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0)), RidiculouslyLargeUebError)
    assert.throws(() => packUebLength(4, 2000), ParameterError)
  })
})

void describe('share hash chain', () => {
  void it("reproduces the order of CPython's set iteration", () => {
    assert.deepEqual(shareHashChainOrder(0, 8), [8, 2, 4, 7])
    assert.deepEqual(shareHashChainOrder(0, 10), [2, 4, 8, 15, 16])
    assert.deepEqual(shareHashChainOrder(0, 256), [256, 32, 64, 128, 4, 2, 8, 16, 255])
    // Further values printed by CPython 3.11 for list(set(siblings) | {leaf}).
    assert.deepEqual(shareHashChainOrder(5, 10), [2, 3, 10, 19, 20])
    assert.deepEqual(shareHashChainOrder(255, 256), [509, 1, 5, 13, 61, 125, 253, 29, 510])
    assert.deepEqual(shareHashChainOrder(100, 101), [1, 227, 228, 5, 14, 114, 55, 28])
    assert.deepEqual(shareHashChainOrder(0, 1), [0])
  })

  void it('holds exactly the needed hashes, leaf included', () => {
    for (const n of [1, 2, 3, 7, 10, 33, 100, 255, 256]) {
      for (const s of new Set([0, 1, Math.floor(n / 2), n - 1].filter(s => s < n))) {
        const order = shareHashChainOrder(s, n)
        assert.equal(order.length, shareHashCount(n))
        assert.deepEqual([...order].sort((a, b) => a - b), neededHashes(s, n, true))
      }
    }
    assert.throws(() => shareHashChainOrder(10, 10), ParameterError)
  })

  void it('packs pairs as >H32s and parses them into a map', () => {
    const pairs = [[16, randomBytes(32)], [2, randomBytes(32)], [300, randomBytes(32)]] as const
    const bytes = packShareHashes(pairs)
    assert.equal(bytes.length, 3 * 34)
    assert.equal(hexOf(bytes.subarray(0, 2)), '0010')
    assert.equal(hexOf(bytes.subarray(68, 70)), '012c')
    const parsed = parseShareHashes(bytes)
    assert.deepEqual([...parsed.keys()], [16, 2, 300])
    for (const [index, hash] of pairs) assert.equal(hexOf(parsed.get(index) as Uint8Array), hexOf(hash))
    assert.throws(() => parseShareHashes(bytes.subarray(0, 35)), isLayoutError)
    assert.throws(() => parseShareHashes(packShareHashes([pairs[0], pairs[0]])), isLayoutError)
    assert.throws(() => packShareHashes([[65536, randomBytes(32)]]), ParameterError)
  })
})

void describe('share writer and reader', () => {
  void it('writes a share whose every part reads back and validates (v1 and v2)', async () => {
    for (const [size, k, n, max, shareNumber, forceV2] of [
      [1024, 3, 10, 131072, 7, false], [5000, 3, 10, 1000, 0, false], [5000, 2, 3, 999, 2, true], [56, 1, 1, 131072, 0, false]
    ] as const) {
      const t = makeShare(size, k, n, max, shareNumber, forceV2)
      assert.equal(t.layout.version, forceV2 ? 2 : 1)
      assert.equal(t.share.length, t.layout.allocatedSize)
      const blocks = await readAndValidate(t.share, t.params, shareNumber)
      assert.deepEqual(blocks.map(hexOf), t.parts.blocks.map(hexOf))
      const reader = await ImmutableShareReader.open(bufferReader(t.share))
      assert.equal(hexOf(await reader.readUeb()), hexOf(t.parts.ueb))
      assert.deepEqual((await reader.readCrypttextHashTree(t.params.numSegments)).map(hexOf), t.parts.crypttextHashTree.map(hexOf))
      const shareHashes = await reader.readShareHashes()
      assert.deepEqual([...shareHashes.keys()], shareHashChainOrder(shareNumber, n))
      // The plaintext hash-tree region is left as zeros.
      assert.ok(t.share.subarray(t.layout.offsets.plaintextHashTree, t.layout.offsets.crypttextHashTree).every(byte => byte === 0))
    }
  })

  void it('emits writes that tile the share from 0 to its end', () => {
    const t = makeShare(5000, 3, 10, 1000, 4)
    const writes = immutableShareWrites(t.layout, t.parts, { zeroPlaintextHashTree: true })
    assert.equal(writes.length, 1 + t.params.numSegments + 5)
    let end = 0
    for (const { offset, data } of writes) {
      assert.equal(offset, end)
      assert.equal(hexOf(data), hexOf(t.share.subarray(offset, offset + data.length)))
      end = offset + data.length
    }
    assert.equal(end, t.share.length)
    assert.equal(immutableShareWrites(t.layout, t.parts).length, writes.length - 1)
  })

  void it('refuses parts that do not fit the layout', () => {
    const t = makeShare(5000, 3, 10, 1000, 4)
    const variants: Array<Partial<ImmutableShareParts>> = [
      { blocks: t.parts.blocks.slice(1) },
      { blocks: [...t.parts.blocks.slice(0, -1), randomBytes(t.params.blockSize)] },
      { crypttextHashTree: t.parts.crypttextHashTree.slice(1) },
      { blockHashTree: [...t.parts.blockHashTree.slice(1), randomBytes(31)] },
      { shareHashes: t.parts.shareHashes.slice(1) },
      { ueb: randomBytes(t.layout.uebSize + 1) }
    ]
    for (const change of variants) assert.throws(() => immutableShareWrites(t.layout, { ...t.parts, ...change }), ParameterError)
  })

  void it('gives ShareLayoutError for every part a truncated share no longer holds', async () => {
    const t = makeShare(5000, 3, 10, 1000, 4)
    const o = t.layout.offsets
    const cuts = [0, 3, 0x23, o.data + 1, o.data + 1500, o.crypttextHashTree + 5, o.blockHashes + 40, o.shareHashes + 34, o.uriExtension + 2, t.share.length - 1]
    for (const cut of cuts) {
      const truncated = t.share.subarray(0, cut)
      let reader: ImmutableShareReader
      try {
        reader = await ImmutableShareReader.open(bufferReader(truncated))
      } catch (err: unknown) {
        assert.ok(isLayoutError(err), `open at cut ${cut}: ${String(err)}`)
        continue
      }
      const reads: Array<() => Promise<unknown>> = [
        ...t.parts.blocks.map((_, i) => async () => await reader.readBlock(i, t.params)),
        async () => await reader.readCrypttextHashTree(t.params.numSegments),
        async () => await reader.readBlockHashTree(t.params.numSegments),
        async () => await reader.readShareHashes(),
        async () => await reader.readUeb()
      ]
      let failures = 0
      for (const read of reads) {
        try {
          await read()
        } catch (err: unknown) {
          assert.ok(isLayoutError(err), `cut ${cut}: ${String(err)}`)
          failures++
        }
      }
      assert.ok(failures > 0, `cut ${cut} should lose something`)
    }
  })

  void it('reads runs of consecutive blocks in one read, the short last block included', async () => {
    const t = makeShare(5000, 3, 10, 1000, 4)
    const log: Array<[number, number]> = []
    const reader = await ImmutableShareReader.open(bufferReader(t.share, log))
    const n = t.params.numSegments
    for (const [first, count] of [[0, 1], [0, n], [1, 3], [n - 2, 2], [n - 1, 1]] as const) {
      log.length = 0
      const blocks = await reader.readBlocks(first, count, t.params)
      assert.deepEqual(blocks.map(hexOf), t.parts.blocks.slice(first, first + count).map(hexOf), `blocks ${first}+${count}`)
      assert.equal(log.length, 1, 'one read')
    }
    await assert.rejects(reader.readBlocks(n - 1, 2, t.params), ParameterError)
    await assert.rejects(reader.readBlocks(0, 0, t.params), ParameterError)
    await assert.rejects(reader.readBlocks(-1, 2, t.params), ParameterError)
    const truncated = await ImmutableShareReader.open(bufferReader(t.share.subarray(0, t.layout.offsets.data + t.params.blockSize * 2)))
    await assert.rejects(truncated.readBlocks(1, 2, t.params), isLayoutError)
  })

  void it('checks the UEB length before reading the UEB', async () => {
    for (const forceV2 of [false, true]) {
      const t = makeShare(1024, 3, 10, 131072, 0, forceV2)
      const share = Uint8Array.from(t.share)
      const at = t.layout.offsets.uriExtension
      share.set(packUebLength(t.layout.fieldSize, 1999), at)
      share[at + t.layout.fieldSize - 2] = 0x07
      share[at + t.layout.fieldSize - 1] = 0xd0 // 2000
      const log: Array<[number, number]> = []
      const reader = await ImmutableShareReader.open(bufferReader(share, log))
      await assert.rejects(reader.readUeb(), RidiculouslyLargeUebError)
      assert.ok(log.every(([offset]) => offset <= at), 'nothing past the length field was read')
    }
  })

  void it('refuses geometry that does not match the share, and reads that return too much', async () => {
    const t = makeShare(5000, 3, 10, 1000, 4)
    const reader = await ImmutableShareReader.open(bufferReader(t.share))
    await assert.rejects(reader.readBlock(0, { ...t.params, tailBlockSize: t.params.tailBlockSize + 1 }), isLayoutError)
    await assert.rejects(reader.readCrypttextHashTree(t.params.numSegments + 8), isLayoutError)
    await assert.rejects(reader.readBlockHashTree(1), isLayoutError)
    await assert.rejects(reader.readBlock(t.params.numSegments, t.params), ParameterError)
    await assert.rejects(reader.readBlockHashNodes(t.params.numSegments, [15]), ParameterError)
    const greedy = await ImmutableShareReader.open(async (offset, length) => await Promise.resolve(t.share.subarray(offset, offset + length + 1)))
    await assert.rejects(greedy.readUeb(), isLayoutError)
  })
})
