/**
 * JSON text as Python's `json.dumps(value)` writes it with default options,
 * which is how Tahoe serializes directory-entry metadata (spec g.1):
 * `", "` and `": "` separators, every character outside printable ASCII
 * escaped as `\uXXXX`, keys in insertion order, floats in Python's `repr`.
 * Readers only parse the JSON, so this matters for byte-identical bodies,
 * not for interoperability.
 *
 * Where JavaScript cannot tell what Python had: a safe integer is written
 * as an int (`5`, not `5.0`), and keys that look like array indexes come
 * first, because that is the order JavaScript objects keep them in.
 */
import { MetadataError } from './errors.js'

/** Deeper nesting than this is refused rather than risking the stack on a cycle. */
export const MAX_JSON_DEPTH = 100

/** Python's repr switches to exponent notation below 1e-4 and from 1e16 on. */
const MIN_FIXED_EXPONENT = -4
const MAX_FIXED_EXPONENT = 15

/** Printable ASCII without '"' or '\\': written as it is. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f'
}

/** Python's `ensure_ascii` string: anything outside space..'~' becomes an escape (UTF-16 units, as Python). */
export function pythonJsonString (text: string): string {
  // Most names and keys are printable ASCII with nothing to escape.
  if (PLAIN_ASCII.test(text)) return `"${text}"`
  let out = '"'
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const char = text.charAt(i)
    const short = SHORT_ESCAPES[char]
    if (short !== undefined) out += short
    else if (unit >= 0x20 && unit <= 0x7e) out += char
    else out += '\\u' + unit.toString(16).padStart(4, '0')
  }
  return out + '"'
}

/** Python's `repr(float)`: the shortest round-trip digits, laid out by Python's rules. */
export function pythonFloatRepr (value: number): string {
  if (!Number.isFinite(value)) throw new MetadataError('metadata numbers must be finite (JSON has no NaN or Infinity)')
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  // In Python's fixed range, a number with a fraction prints the same
  // shortest round-trip digits in both languages (timestamps, mostly).
  const magnitude = Math.abs(value)
  if (magnitude >= 1e-4 && magnitude < 1e16) {
    const text = String(value)
    if (text.includes('.') && !text.includes('e')) return text
  }
  const sign = value < 0 ? '-' : ''
  // toExponential() without an argument gives the shortest digits that round-trip, like Python's repr.
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e')
  const digits = mantissa.replace('.', '')
  const exponent = Number(exponentText)
  if (exponent < MIN_FIXED_EXPONENT || exponent > MAX_FIXED_EXPONENT) {
    const fraction = digits.length > 1 ? '.' + digits.slice(1) : ''
    const expSign = exponent < 0 ? '-' : '+'
    return `${sign}${digits.charAt(0)}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0')
  const fraction = digits.slice(exponent + 1)
  return `${sign}${whole}.${fraction === '' ? '0' : fraction}`
}

function pythonNumber (value: number): string {
  return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : pythonFloatRepr(value)
}

function isPlainObject (value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function dump (value: unknown, depth: number): string | undefined {
  if (depth > MAX_JSON_DEPTH) throw new MetadataError(`metadata is nested deeper than ${MAX_JSON_DEPTH} levels (or is cyclic)`)
  switch (typeof value) {
    case 'string': return pythonJsonString(value)
    case 'number': return pythonNumber(value)
    case 'bigint': return value.toString()
    case 'boolean': return value ? 'true' : 'false'
    case 'undefined': return undefined
    case 'object': {
      if (value === null) return 'null'
      if (Array.isArray(value)) {
        return '[' + value.map(item => dump(item, depth + 1) ?? 'null').join(', ') + ']'
      }
      if (!isPlainObject(value)) throw new MetadataError('metadata must hold only JSON values (plain objects, arrays, strings, numbers, booleans, null)')
      const members: string[] = []
      for (const [key, item] of Object.entries(value)) {
        const text = dump(item, depth + 1)
        if (text !== undefined) members.push(`${pythonJsonString(key)}: ${text}`)
      }
      return '{' + members.join(', ') + '}'
    }
    default:
      throw new MetadataError(`metadata cannot hold a ${typeof value}`)
  }
}

/** `json.dumps(value)`; throws MetadataError for values JSON cannot carry. Undefined members are left out, as JSON.stringify does. */
export function pythonJsonDumps (value: unknown): string {
  const text = dump(value, 0)
  if (text === undefined) throw new MetadataError('metadata cannot be undefined')
  return text
}
