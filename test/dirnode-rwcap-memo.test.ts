/**
 * The remembered encryption and opening of a child's write cap (rwcap.ts):
 * the same results as computing afresh, callers cannot change what is
 * remembered, and a result is only ever reused for the very same writekey
 * and bytes (a wrong key or a damaged byte still fails).
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { encryptChildWriteCap } from '../src/crypto/dirnode-keys.js'
import { openChildWriteCap, sealChildWriteCap } from '../src/fs/dirnode/rwcap.js'
import { resolveChildCaps } from '../src/fs/dirnode/child-caps.js'

const CAP = new TextEncoder().encode('URI:SSK:vt3hrwjrmlhrlnpkd5hqpcxwci:gbqvnwgwhcc26cvdukjdvvxxvxsnz6ezyszgzvqkmjdpfzrjh4mq')

void describe('remembered child write-cap crypto', () => {
  void it('seals as encryptChildWriteCap does, and hands out copies', () => {
    const writekey = randomBytes(16)
    const first = sealChildWriteCap(writekey, CAP)
    assert.deepEqual(first, encryptChildWriteCap(writekey, CAP))
    first.fill(0)
    assert.deepEqual(sealChildWriteCap(writekey, CAP), encryptChildWriteCap(writekey, CAP))
    const otherKey = randomBytes(16)
    assert.deepEqual(sealChildWriteCap(otherKey, CAP), encryptChildWriteCap(otherKey, CAP))
    assert.notDeepEqual(sealChildWriteCap(otherKey, CAP), sealChildWriteCap(writekey, CAP))
  })

  void it('opens only under the right writekey and only undamaged bytes, however often asked', () => {
    const writekey = randomBytes(16)
    const rwcapdata = encryptChildWriteCap(writekey, CAP)
    for (let i = 0; i < 2; i++) {
      assert.deepEqual(openChildWriteCap(writekey, rwcapdata), { ok: true, writeCap: new TextDecoder().decode(CAP) })
      const wrong = openChildWriteCap(randomBytes(16), rwcapdata)
      assert.equal(wrong.ok, false)
      const damaged = rwcapdata.slice()
      damaged[20] = (damaged[20] ?? 0) ^ 1
      assert.equal(openChildWriteCap(writekey, damaged).ok, false)
    }
    assert.deepEqual(openChildWriteCap(writekey, encryptChildWriteCap(writekey, new Uint8Array(0))), { ok: true })
  })
})

void describe('remembered child cap resolution', () => {
  void it('keeps apart caps that differ only in where a newline falls', () => {
    const first = resolveChildCaps('x-future:a\nb', 'x-future:c', false)
    const second = resolveChildCaps('x-future:a', 'b\nx-future:c', false)
    assert.deepEqual(first, { ok: true, writeCap: 'x-future:a\nb', readCap: 'ro.x-future:c' })
    assert.deepEqual(second, { ok: true, writeCap: 'x-future:a', readCap: 'ro.b\nx-future:c' })
  })

  void it('answers the same, frozen, on a second call', () => {
    const cap = 'URI:SSK-RO:' + 'a'.repeat(26) + ':' + 'b'.repeat(51) + 'a'
    const once = resolveChildCaps(undefined, cap, false)
    assert.deepEqual(once, { ok: true, readCap: cap })
    assert.equal(resolveChildCaps(undefined, cap, false), once)
    assert.ok(Object.isFrozen(once), 'callers cannot alter what is remembered')
    // A mutable child of an immutable directory is refused: the two contexts are remembered apart.
    assert.equal(resolveChildCaps(undefined, cap, true).ok, false)
  })
})
