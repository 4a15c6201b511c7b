/** The table of shares an upload closed with its allocation and may still withdraw. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { WithdrawableShares } from '../src/actors/storage/withdrawals.js'
import type { Clock } from '../src/actors/storage/clock.js'

function fakeClock (): Clock & { advance: (ms: number) => void } {
  let now = 1_000_000
  return {
    now: () => now,
    setTimeout: () => undefined,
    clearTimeout: () => {},
    advance: (ms: number) => { now += ms }
  }
}

describe('withdrawable shares', () => {
  it('lets only the recorded secret take a share, once', () => {
    const table = new WithdrawableShares(fakeClock())
    const secret = randomBytes(32)
    table.record('si', 3, secret)
    assert.equal(table.take('si', 3, randomBytes(32)), false)
    assert.equal(table.take('si', 4, secret), false)
    assert.equal(table.take('si', 3, secret), true)
    assert.equal(table.take('si', 3, secret), false)
    assert.equal(table.size, 0)
  })

  it('forgets a share after the window', () => {
    const clock = fakeClock()
    const table = new WithdrawableShares(clock, 60_000)
    const secret = randomBytes(32)
    table.record('si', 0, secret)
    table.record('si', 1, secret)
    clock.advance(60_000)
    assert.equal(table.take('si', 0, secret), true, 'at the end of the window')
    clock.advance(1)
    assert.equal(table.take('si', 1, secret), false, 'past it')
    assert.equal(table.size, 0)
  })

  it('keeps a share others count on: another secret, or a lease on its storage index', () => {
    const table = new WithdrawableShares(fakeClock())
    const mine = randomBytes(32)
    table.record('a', 0, mine)
    table.record('a', 1, mine)
    table.record('b', 0, mine)
    table.countedBy('a', 0, mine)
    assert.equal(table.size, 3, 'the same upload counting does not matter')
    table.countedBy('a', 0, randomBytes(32))
    assert.equal(table.take('a', 0, mine), false)
    table.leased('b')
    assert.equal(table.take('b', 0, mine), false)
    assert.equal(table.take('a', 1, mine), true)
  })

  it('keeps at most its limit, forgetting the oldest first', () => {
    const table = new WithdrawableShares(fakeClock(), 60_000, 3)
    const secret = randomBytes(32)
    for (let share = 0; share < 5; share++) table.record('si', share, secret)
    assert.equal(table.size, 3)
    assert.deepEqual([0, 1, 2, 3, 4].map(share => table.take('si', share, secret)), [false, false, true, true, true])
  })
})
