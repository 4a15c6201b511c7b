/** The web API's directory request inputs: children JSON, replace=, format=, URL segments. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { decodeSegment, dirFormatArg, fileFormatArg, parseChildrenJson, replaceArg } from '../src/gateway/dir-input.js'
import { HttpError } from '../src/gateway/http.js'

const status = (status: number) => (err: unknown): boolean => err instanceof HttpError && err.status === status

describe('directory request inputs', () => {
  it("reads children in Tahoe's [type, {rw_uri, ro_uri, metadata}] shape", () => {
    const body = Buffer.from(JSON.stringify({
      é: ['filenode', { ro_uri: 'URI:LIT:nbswy3dp', metadata: { a: 1 } }],
      d: ['dirnode', { rw_uri: 'URI:DIR2:x', ro_uri: 'URI:DIR2-RO:y' }]
    }))
    const children = parseChildrenJson(body)
    assert.deepEqual([...children.keys()], ['é', 'd'])
    assert.deepEqual(children.get('é'), { readCap: 'URI:LIT:nbswy3dp', metadata: { a: 1 } })
    assert.deepEqual(children.get('d'), { writeCap: 'URI:DIR2:x', readCap: 'URI:DIR2-RO:y' })
    assert.equal(parseChildrenJson(Buffer.alloc(0)).size, 0)
  })

  it('refuses malformed children with 400', () => {
    for (const text of ['{"a": [', '[1, 2]', '"x"', '{"a": "URI:LIT:"}', '{"a": ["filenode"]}', '{"a": ["filenode", {}]}',
      '{"a": ["filenode", {"ro_uri": 5}]}', '{"a": ["filenode", {"ro_uri": "URI:LIT:", "metadata": []}]}']) {
      assert.throws(() => parseChildrenJson(Buffer.from(text)), status(400), text)
    }
  })

  it('reads replace=, format= and URL segments', () => {
    assert.equal(replaceArg(null), true)
    assert.equal(replaceArg('false'), false)
    assert.equal(replaceArg('ONLY-FILES'), 'only-files')
    assert.throws(() => replaceArg('maybe'), status(400))
    assert.equal(dirFormatArg(null), undefined)
    assert.equal(dirFormatArg('mdmf'), 'mdmf')
    assert.throws(() => dirFormatArg('CHK'), status(400))
    assert.equal(fileFormatArg(null, false), 'CHK')
    assert.equal(fileFormatArg(null, true), 'SDMF')
    assert.throws(() => fileFormatArg('zip', false), status(400))
    assert.equal(decodeSegment('%C3%A9t%C3%A9'), 'été')
    assert.throws(() => decodeSegment('%E0%A4%A'), status(400))
  })
})
