import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { happiness, maximumMatching, permutedServers, placeShares, unhappinessMessage, type ShareMap } from '../src/actors/uploader/placement.js'

const map = (entries: Array<[string, number[]]>): ShareMap => new Map(entries.map(([s, shares]) => [s, new Set(shares)]))

describe('servers of happiness', () => {
  it('counts a maximum matching, not the number of servers holding shares', () => {
    // Tahoe's docstring example: a matching of 5 exists.
    assert.equal(happiness(map([['s1', [1, 2, 3, 4]], ['s2', [6]], ['s3', [3]], ['s4', [4]], ['s5', [2]]])), 5)
    // Every server holds the same single share: only one can be credited.
    assert.equal(happiness(map([['a', [0]], ['b', [0]], ['c', [0]]])), 1)
    assert.equal(happiness(new Map()), 0)
  })

  it('finds augmenting paths (a greedy choice would stop at 2)', () => {
    const matching = maximumMatching(map([['a', [0, 1]], ['b', [0]], ['c', [1, 2]]]))
    assert.equal(matching.size, 3)
    assert.equal(matching.get(0), 'b')
  })

  it('places n shares on n writable servers, one each', () => {
    const servers = Array.from({ length: 10 }, (_, i) => `s${i}`)
    const placement = placeShares({ servers, readOnly: new Set(), existing: new Map(), shareCount: 10 })
    assert.equal(placement.size, 10)
    assert.equal(new Set(placement.values()).size, 10)
    assert.equal(happiness(invert(placement)), 10)
  })

  it('keeps shares already held and spreads the rest', () => {
    const servers = ['a', 'b', 'c', 'd']
    const existing = map([['a', [0, 1]], ['b', [1]]])
    const placement = placeShares({ servers, readOnly: new Set(['a']), existing, shareCount: 6 })
    assert.equal(placement.size, 6)
    assert.ok(['a', 'b'].includes(placement.get(1) ?? ''))
    assert.ok(!['a'].includes(placement.get(2) ?? 'a'), 'read-only servers get no new shares')
    assert.equal(happiness(invert(placement)), 4)
  })

  it('with fewer servers than shares, doubles up on the least loaded', () => {
    const placement = placeShares({ servers: ['a', 'b', 'c'], readOnly: new Set(), existing: new Map(), shareCount: 10 })
    const counts = [...invert(placement).values()].map(s => s.size).sort()
    assert.deepEqual(counts, [3, 3, 4])
  })

  it('places nothing new when every server is read-only', () => {
    const placement = placeShares({ servers: ['a', 'b'], readOnly: new Set(['a', 'b']), existing: map([['a', [3]]]), shareCount: 10 })
    assert.deepEqual([...placement], [[3, 'a']])
  })

  it('orders the ring by SHA1(storage index || seed), differently per file', () => {
    const servers = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, permutationSeed: randomBytes(32) }))
    const one = permutedServers(randomBytes(16), servers).map(s => s.id)
    const two = permutedServers(randomBytes(16), servers).map(s => s.id)
    assert.equal(new Set(one).size, 20)
    assert.notDeepEqual(one, two)
  })

  it('words unhappiness as Tahoe does', () => {
    assert.match(unhappinessMessage(2, 3, 7, 2), /^shares could be placed or found on only 2 server\(s\)\. We were asked to place shares on at least 7 server\(s\) such that any 3 of them/)
    assert.match(unhappinessMessage(4, 3, 7, 2), /^shares could be placed or found on 4 server\(s\), but they are not spread out evenly enough/)
    assert.match(unhappinessMessage(5, 3, 7, 5), /^shares could be placed on only 5 server\(s\) such that any 3 of them have enough shares to recover the file, but we were asked to place shares on at least 7 such servers\.$/)
  })
})

function invert (placement: Map<number, string>): ShareMap {
  const out: ShareMap = new Map()
  for (const [share, server] of placement) {
    const set = out.get(server) ?? new Set<number>()
    set.add(share)
    out.set(server, set)
  }
  return out
}
