/**
 * The aliases file and `[ALIAS:]path` arguments (spec n.2), following
 * Tahoe's get_aliases / get_alias: caps in place of aliases, local paths
 * for cp, non-ASCII names, and typed errors that never quote a cap.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import {
  DEFAULT_ALIAS, addAlias, aliasCap, formatAliases, parseAliases, removeAlias, setAlias
} from '../src/fs/aliases.js'
import { AliasError, AliasFileError, PathSyntaxError, UnknownAliasError } from '../src/fs/errors.js'
import { parseTahoePath, pathSegments, type TahoePath } from '../src/fs/paths.js'
import { CAPS, readOf } from './helpers/dirnode-fixtures.js'

const ROOT = CAPS.dir2
const WORK = readOf(CAPS.dir2)

void describe('aliases file', () => {
  const text = `# my aliases\n\n${DEFAULT_ALIAS}: ${ROOT}\r\n  work:   ${WORK}  \nwörk: ${CAPS.dirChk}\nwork: ${CAPS.dirLit}\n`

  void it('parses name: cap lines, skipping comments and blanks; a later line wins', () => {
    const aliases = parseAliases(text)
    assert.deepEqual([...aliases], [[DEFAULT_ALIAS, ROOT], ['work', CAPS.dirLit], ['wörk', CAPS.dirChk]])
  })

  void it('splits at the first colon only, since caps contain colons', () => {
    assert.equal(parseAliases(`a:${ROOT}`).get('a'), ROOT)
  })

  void it('uses root_dir.cap as tahoe: unless the file sets it', () => {
    assert.equal(parseAliases('', { rootDirCap: `${WORK}\n` }).get(DEFAULT_ALIAS), WORK)
    assert.equal(parseAliases(text, { rootDirCap: WORK }).get(DEFAULT_ALIAS), ROOT)
  })

  void it('names the line of a malformed entry without echoing the cap', () => {
    const bad: Array<[string, number]> = [
      [`ok: ${ROOT}\n${ROOT.replaceAll(':', '-')}\n`, 2],
      [`ok: ${ROOT}\n\n: ${ROOT}\n`, 3],
      ['nocap:   \n', 1],
      [`two words: ${ROOT}\n`, 1],
      [`a/b: ${ROOT}\n`, 1]
    ]
    for (const [input, line] of bad) {
      assert.throws(() => parseAliases(input), (err: unknown) => {
        assert.ok(err instanceof AliasFileError)
        assert.equal(err.line, line)
        assert.ok(err.message.includes(`line ${line}`))
        assert.ok(!err.message.includes(ROOT.slice(10, 30)))
        return true
      })
    }
  })

  void it('formats and reparses', () => {
    const aliases = new Map([['tahoe', ROOT], ['ünï', WORK]])
    const formatted = formatAliases(aliases)
    assert.equal(formatted, `tahoe: ${ROOT}\nünï: ${WORK}\n`)
    assert.deepEqual(parseAliases(formatted), aliases)
  })

  void it('adds an alias, keeping the rest of the file, and refuses duplicates and bad input', () => {
    const added = addAlias('# keep me\ntahoe: ' + ROOT, 'work', WORK)
    assert.equal(added, `# keep me\ntahoe: ${ROOT}\nwork: ${WORK}\n`)
    assert.throws(() => addAlias(added, 'work', WORK), AliasError)
    for (const name of ['', 'a:b', 'a b', 'a/b', '#x']) assert.throws(() => addAlias('', name, WORK), AliasError)
    // Only directory read or write caps can be aliases.
    for (const cap of [CAPS.chk, CAPS.ssk, 'x-future:abc', 'URI:DIR2:broken']) {
      assert.throws(() => addAlias('', 'x', cap), (err: unknown) => err instanceof AliasError && !err.message.includes(cap.slice(5)))
    }
  })

  void it('replaces an alias in place, or appends it, and removes it', () => {
    const file = `# top\ntahoe: ${ROOT}\nwork: ${WORK}\n# bottom\nwork: ${CAPS.dirLit}\n`
    assert.equal(setAlias(file, 'work', CAPS.dirChk), `# top\ntahoe: ${ROOT}\nwork: ${CAPS.dirChk}\n# bottom\n`)
    assert.equal(setAlias('tahoe: ' + ROOT, 'new', WORK), `tahoe: ${ROOT}\nnew: ${WORK}\n`)
    assert.equal(removeAlias(file, 'work'), `# top\ntahoe: ${ROOT}\n# bottom\n`)
    assert.equal(aliasCap(` ro.${WORK} `, 'x'), WORK)
  })
})

void describe('[ALIAS:]path', () => {
  const aliases = parseAliases(`tahoe: ${ROOT}\nwork: ${WORK}\nphotos: ${CAPS.dirChk}\n`)

  const remote = (rootCap: string, path: string, segments: string[], alias?: string): TahoePath => ({
    kind: 'remote', rootCap, ...(alias === undefined ? {} : { alias }), path, segments, trailingSlash: path.endsWith('/')
  })

  void it('resolves aliases and the default alias', () => {
    assert.deepEqual(parseTahoePath('work:docs/a.txt', aliases), remote(WORK, 'docs/a.txt', ['docs', 'a.txt'], 'work'))
    assert.deepEqual(parseTahoePath('docs/a.txt', aliases), remote(ROOT, 'docs/a.txt', ['docs', 'a.txt'], 'tahoe'))
    assert.deepEqual(parseTahoePath('work:', aliases), remote(WORK, '', [], 'work'))
    assert.deepEqual(parseTahoePath('  work:x  ', aliases), remote(WORK, 'x', ['x'], 'work'))
    assert.deepEqual(parseTahoePath('', aliases), remote(ROOT, '', [], 'tahoe'))
  })

  void it('ignores empty segments and ".", refuses "..", and keeps the trailing slash', () => {
    const parsed = parseTahoePath('work://a/./b//', aliases)
    assert.deepEqual(parsed, { kind: 'remote', rootCap: WORK, alias: 'work', path: '//a/./b//', segments: ['a', 'b'], trailingSlash: true })
    assert.throws(() => parseTahoePath('work:a/../b', aliases), PathSyntaxError)
  })

  void it('normalizes non-ASCII names to NFC', () => {
    const parsed = parseTahoePath('work:Cafe\u0301/\u{1F600}.txt', aliases)
    assert.deepEqual(parsed.kind === 'remote' && parsed.segments, ['Caf\u00e9', '\u{1F600}.txt'])
    assert.deepEqual(pathSegments('\u65e5\u672c/\u8a9e'), ['\u65e5\u672c', '\u8a9e'])
    assert.throws(() => pathSegments('bad\uDC00'), PathSyntaxError)
  })

  void it('takes a cap in place of an alias, with the path after the first slash or after :./', () => {
    assert.deepEqual(parseTahoePath(CAPS.dir2, aliases), remote(CAPS.dir2, '', []))
    assert.deepEqual(parseTahoePath(`${CAPS.dir2}/sub/file`, aliases), remote(CAPS.dir2, 'sub/file', ['sub', 'file']))
    assert.deepEqual(parseTahoePath(`${CAPS.dir2}:./sub/file`, aliases), remote(CAPS.dir2, 'sub/file', ['sub', 'file']))
    assert.deepEqual(parseTahoePath(`ro.${WORK}/x`, aliases), remote(WORK, 'x', ['x']))
    assert.deepEqual(parseTahoePath(CAPS.chk, aliases), remote(CAPS.chk, '', []))
    // A cap wins even for cp, where other colon-free text would be local.
    assert.deepEqual(parseTahoePath(CAPS.lit, aliases, { defaultAlias: null }), remote(CAPS.lit, '', []))
  })

  void it('refuses a malformed cap, or a path below a file cap, without quoting the cap', () => {
    const broken = 'URI:DIR2:abc:def'
    assert.throws(() => parseTahoePath(`${broken}/x`, aliases), (err: unknown) => err instanceof PathSyntaxError && !err.message.includes('abc:def'))
    assert.throws(() => parseTahoePath(`${CAPS.chk}/x`, aliases), PathSyntaxError)
  })

  void it('reads local paths for cp: no alias, or a slash before the colon', () => {
    const cp = { defaultAlias: null }
    for (const path of ['./a:b', '/tmp/x:1', '~/notes.txt', 'plain.txt', 'dir/file']) {
      assert.deepEqual(parseTahoePath(path, aliases, cp), { kind: 'local', path })
    }
    assert.deepEqual(parseTahoePath('work:x', aliases, cp), remote(WORK, 'x', ['x'], 'work'))
    assert.deepEqual(parseTahoePath('C:\\dir\\f', aliases, { ...cp, windowsDriveLetters: true }), { kind: 'local', path: 'C:\\dir\\f' })
    assert.throws(() => parseTahoePath('C:\\dir\\f', aliases, cp), UnknownAliasError)
    assert.throws(() => parseTahoePath('  ', aliases, cp), PathSyntaxError)
  })

  void it('without an alias, a slash before the colon means the default alias', () => {
    assert.deepEqual(parseTahoePath('foo/bar:7', aliases), remote(ROOT, 'foo/bar:7', ['foo', 'bar:7'], 'tahoe'))
  })

  void it('reports unknown aliases and a missing default alias', () => {
    assert.throws(() => parseTahoePath('nope:x', aliases), (err: unknown) => err instanceof UnknownAliasError && err.alias === 'nope')
    assert.throws(() => parseTahoePath('x', new Map()), (err: unknown) => err instanceof UnknownAliasError && err.alias === DEFAULT_ALIAS)
    assert.throws(() => parseTahoePath('bad:x', new Map([['bad', CAPS.chk]])), AliasError)
  })
})
