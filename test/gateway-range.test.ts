import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseRange } from '../src/gateway/range.js'
import { contentTypeFor } from '../src/gateway/content-type.js'

describe('Range header', () => {
  it('parses the three single-range forms', () => {
    assert.equal(parseRange(undefined, 100), undefined)
    assert.deepEqual(parseRange('bytes=0-9', 100), { start: 0, end: 10 })
    assert.deepEqual(parseRange('bytes=90-', 100), { start: 90, end: 100 })
    assert.deepEqual(parseRange('bytes=-5', 100), { start: 95, end: 100 })
    assert.deepEqual(parseRange('bytes=-500', 100), { start: 0, end: 100 })
    assert.deepEqual(parseRange('bytes=50-1000', 100), { start: 50, end: 100 })
  })

  it('rejects malformed ranges with 400 and unsatisfiable ones with 416', () => {
    for (const bad of ['bytes=', 'bytes=-', 'bytes=a-b', 'items=0-1', 'bytes=0-1,5-6', 'bytes=9-3', 'bytes=1234567890123456-']) {
      assert.throws(() => parseRange(bad, 100), (err: { status?: number }) => err.status === 400, bad)
    }
    assert.throws(() => parseRange('bytes=100-', 100), (err: { status?: number }) => err.status === 416)
    assert.throws(() => parseRange('bytes=-0', 100), (err: { status?: number }) => err.status === 416)
  })

  it('guesses content types from file names', () => {
    assert.equal(contentTypeFor('photo.JPG'), 'image/jpeg')
    assert.equal(contentTypeFor('notes'), 'application/octet-stream')
    assert.equal(contentTypeFor(undefined), 'application/octet-stream')
  })
})
