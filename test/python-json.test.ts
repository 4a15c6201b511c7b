/**
 * pythonJsonDumps against Python itself: python3 writes the same random
 * values with json.dumps (floats of every magnitude, strings with escapes);
 * skipped, with a message, where there is no python3.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { pythonFloatRepr, pythonJsonDumps } from '../src/fs/python-json.js'

const PYTHON_DUMPS = 'import json, sys\nfor line in sys.stdin:\n    print(json.dumps(json.loads(line)))\n'

/** JSON that Python reads back with the same types: a float too large to be a safe integer keeps its exponent, so stays a float. */
function jsonForPython (value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => typeof item === 'number' && Number.isInteger(item) && !Number.isSafeInteger(item) ? `@float:${item.toExponential()}@` : item)
    .replace(/"@float:([^@]+)@"/g, '$1')
}

function pythonDumps (values: unknown[]): string[] | undefined {
  const result = spawnSync('python3', ['-c', PYTHON_DUMPS], { input: values.map(jsonForPython).join('\n') + '\n', encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trimEnd().split('\n') : undefined
}

function randomFloat (): number {
  // Mantissa and exponent at random, so that both of Python's layouts and every digit count come up.
  const exponent = Math.floor(Math.random() * 44) - 22
  return (Math.random() - 0.5) * 10 ** exponent
}

function randomText (): string {
  const alphabet = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\u0001', '\u007f', 'é', '€', '😀', '/']
  return Array.from({ length: 1 + (randomBytes(1)[0] ?? 0) % 12 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('')
}

describe('Python-compatible JSON', () => {
  it('writes floats as Python\'s repr does, in and out of the fixed range', () => {
    const cases: Array<[number, string]> = [
      [1246663897.427566, '1246663897.427566'], [0.0001, '0.0001'], [0.00001, '1e-05'], [1e16, '1e+16'],
      [9999999999999998, '9999999999999998.0'], [123.5, '123.5'], [-0, '-0.0'], [0.1 + 0.2, '0.30000000000000004']
    ]
    for (const [value, repr] of cases) assert.equal(pythonFloatRepr(value), repr, String(value))
  })

  it('matches python3\'s json.dumps on random metadata', (t) => {
    const values = Array.from({ length: 500 }, () => ({
      [randomText()]: randomFloat(),
      tahoe: { linkcrtime: randomFloat(), linkmotime: Math.random() * 2e9 },
      text: randomText(),
      list: [randomFloat(), Math.floor(Math.random() * 1e6), true, null]
    }))
    const expected = pythonDumps(values)
    if (expected === undefined) {
      t.skip('python3 is not available here')
      return
    }
    assert.deepEqual(values.map(value => pythonJsonDumps(value)), expected)
  })
})
