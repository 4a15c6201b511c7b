/**
 * Child names: stored NFC-normalized and sorted by code point (spec g.1).
 * Tahoe's directory layer stores any string; its web and CLI layers refuse
 * an empty name or one with '/' when adding a child. checkNewChildName is
 * that gate; names already in a directory are read and kept as they are.
 */
import { DirChildError } from '../errors.js'

const PATH_SEPARATOR = '/'

/** Unicode code-point order (Python's str order); plain `<` compares UTF-16 units and misorders astral characters. */
export function compareCodePoints (a: string, b: string): number {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  for (;;) {
    const x = left.next()
    const y = right.next()
    if (x.done === true) return y.done === true ? 0 : -1
    if (y.done === true) return 1
    const diff = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0)
    if (diff !== 0) return diff
  }
}

/** The stored form of a name. Throws DirChildError for text with an unpaired surrogate, which UTF-8 cannot carry. */
export function normalizeChildName (name: string): string {
  if (!name.isWellFormed()) throw new DirChildError(name, 'a child name must be valid Unicode (it has an unpaired surrogate)')
  return name.normalize('NFC')
}

/** Why a name cannot be given to a new link, or undefined if it can. */
export function childNameProblem (name: string): string | undefined {
  if (name.length === 0) return 'a child name cannot be empty'
  if (name.includes(PATH_SEPARATOR)) return "a child name cannot contain '/'"
  if (!name.isWellFormed()) return 'a child name must be valid Unicode (it has an unpaired surrogate)'
  return undefined
}

/** Normalizes a name for a new link, refusing the ones Tahoe's front ends refuse. */
export function checkNewChildName (name: string): string {
  const problem = childNameProblem(name)
  if (problem !== undefined) throw new DirChildError(name, problem)
  return name.normalize('NFC')
}
