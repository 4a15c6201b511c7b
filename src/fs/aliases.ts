/**
 * The aliases file, `NODEDIR/private/aliases` (spec n.2; Tahoe's
 * `scripts/common.py get_aliases` and `tahoe_add_alias.py`): UTF-8, one
 * `name: CAP` per line, split at the first ':'; blank lines and lines
 * starting with '#' are ignored; a later line for the same name wins.
 * These functions take and return the file's text; reading and writing
 * the file is the caller's job. Caps never appear in error messages.
 */
import { CapFormatError, formatCap, isDirectory, parseKnownCap, type KnownCap } from '../encoding/caps.js'
import { AliasError, AliasFileError } from './errors.js'

/** The alias a path without `ALIAS:` uses. */
export const DEFAULT_ALIAS = 'tahoe'
const COMMENT = '#'
const SEPARATOR = ':'
const BYTE_ORDER_MARK = '\uFEFF'
const WHITESPACE = /\s/u

export type Aliases = ReadonlyMap<string, string>

/** Why a name cannot be an alias: it would not survive the file format or `ALIAS:path` parsing. */
export function aliasNameProblem (name: string): string | undefined {
  if (name.length === 0) return 'an alias name cannot be empty'
  if (name.includes(SEPARATOR)) return "an alias name cannot contain ':'"
  if (WHITESPACE.test(name)) return 'an alias name cannot contain spaces or other whitespace'
  if (name.includes('/')) return "an alias name cannot contain '/' (ALIAS:path would read it as a local path)"
  if (name.startsWith(COMMENT)) return "an alias name cannot start with '#' (the line would be a comment)"
  return undefined
}

export function checkAliasName (name: string): void {
  const problem = aliasNameProblem(name)
  if (problem !== undefined) throw new AliasError(problem)
}

/**
 * The canonical text of a cap an alias may hold: a directory read or write
 * cap (Tahoe's `from_string_dirnode`). `alias` names it in errors.
 */
export function aliasCap (capText: string, alias: string): string {
  let cap: KnownCap
  try {
    cap = parseKnownCap(capText.trim())
  } catch (err: unknown) {
    if (err instanceof CapFormatError) throw new AliasError(`alias ${JSON.stringify(alias)} does not hold a valid cap: ${err.message}`, { cause: err })
    throw err
  }
  if (!isDirectory(cap) || cap.kind.endsWith('-verifier')) {
    throw new AliasError(`alias ${JSON.stringify(alias)} must name a directory (a URI:DIR2 read or write cap)`)
  }
  return formatCap(cap)
}

interface AliasLine { name: string, cap: string }

/** One line: a comment or blank (undefined), or `name: cap`. `number` is 1-based, for messages. */
function parseLine (raw: string, number: number): AliasLine | undefined {
  const line = raw.trim()
  if (line === '' || line.startsWith(COMMENT)) return undefined
  const colon = line.indexOf(SEPARATOR)
  if (colon < 0) throw new AliasFileError(number, "expected 'name: cap' but there is no ':'")
  // Tahoe keeps spaces before the ':' in the name, which makes the alias unusable; we drop them.
  const name = line.slice(0, colon).trimEnd()
  const cap = line.slice(colon + 1).trim()
  const problem = aliasNameProblem(name)
  if (problem !== undefined) throw new AliasFileError(number, problem)
  if (cap === '') throw new AliasFileError(number, `alias ${JSON.stringify(name)} has no cap after the ':'`)
  return { name, cap }
}

function lines (text: string): string[] {
  return (text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text).split('\n')
}

export interface ParseAliasesOptions {
  /** The contents of `private/root_dir.cap`, which Tahoe uses as `tahoe:` unless the file sets it. */
  rootDirCap?: string
}

/** The aliases in a file's text, name → cap text (as written, trimmed; check with aliasCap before use). */
export function parseAliases (text: string, options: ParseAliasesOptions = {}): Map<string, string> {
  const aliases = new Map<string, string>()
  const root = options.rootDirCap?.trim()
  if (root !== undefined && root !== '') aliases.set(DEFAULT_ALIAS, root)
  lines(text).forEach((raw, index) => {
    const parsed = parseLine(raw, index + 1)
    if (parsed !== undefined) aliases.set(parsed.name, parsed.cap)
  })
  return aliases
}

/** A file's text holding exactly these aliases, one `name: cap` line each. */
export function formatAliases (aliases: Aliases): string {
  let out = ''
  for (const [name, cap] of aliases) {
    checkAliasName(name)
    out += `${name}: ${cap.trim()}\n`
  }
  return out
}

function withLine (text: string, name: string, cap: string): string {
  const separator = text === '' || text.endsWith('\n') ? '' : '\n'
  return `${text}${separator}${name}: ${cap}\n`
}

/**
 * Appends `name: cap` to the file's text, keeping everything else as it
 * is (as `tahoe add-alias` does). Refuses a bad name, a cap that is not a
 * directory cap, or a name already present.
 */
export function addAlias (text: string, name: string, cap: string): string {
  checkAliasName(name)
  const canonical = aliasCap(cap, name)
  if (parseAliases(text).has(name)) throw new AliasError(`alias ${JSON.stringify(name)} already exists`)
  return withLine(text, name, canonical)
}

/**
 * Sets `name` to `cap`: its first line is rewritten in place (later lines
 * for the same name are removed), or a line is appended. Comments and the
 * other lines are kept.
 */
export function setAlias (text: string, name: string, cap: string): string {
  checkAliasName(name)
  const canonical = aliasCap(cap, name)
  const kept: string[] = []
  let replaced = false
  const all = lines(text)
  all.forEach((raw, index) => {
    const parsed = parseLine(raw, index + 1)
    if (parsed?.name !== name) kept.push(raw)
    else if (!replaced) {
      kept.push(`${name}: ${canonical}`)
      replaced = true
    }
  })
  const rebuilt = kept.join('\n')
  return replaced ? rebuilt : withLine(rebuilt, name, canonical)
}

/** Removes every line for `name`; the text is unchanged if there is none. */
export function removeAlias (text: string, name: string): string {
  const all = lines(text)
  return all.filter((raw, index) => parseLine(raw, index + 1)?.name !== name).join('\n')
}
