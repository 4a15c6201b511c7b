/**
 * The CLI's `[ALIAS:]path` arguments (spec n.2; Tahoe's
 * `scripts/common.py get_alias`).
 *
 * - An argument starting with a cap (`URI:`, `ro.URI:`, `imm.URI:`) uses
 *   that cap as its root. Since caps contain ':', the path after it starts
 *   at the first '/' (`URI:DIR2:…/sub/file`), or after `:./` (the older
 *   `URI:DIR2:…:./sub/file`).
 * - Otherwise the text before the first ':' is an alias, unless it holds
 *   a '/': then there is no alias (`./a:b`, `/tmp/x:1`, `~/y:2`).
 * - With no alias, the default alias (`tahoe`) is used, or, for commands
 *   that also take local paths (`cp`), the argument is a local path.
 *
 * Remote paths are split into child names: empty segments and '.' are
 * ignored, '..' is refused (a directory has no parent link), names are
 * NFC-normalized as directories store them.
 */
import { CapFormatError, formatCap, isDirectory, parseCap, type Cap } from '../encoding/caps.js'
import { aliasCap, DEFAULT_ALIAS, type Aliases } from './aliases.js'
import { PathSyntaxError, UnknownAliasError } from './errors.js'
import { hasCapPrefix } from './cap-prefix.js'

export { hasCapPrefix } from './cap-prefix.js'
/** The old separator between a cap and a path inside it. */
const LEGACY_CAP_PATH_SEPARATOR = ':./'
const SEPARATOR = '/'
const CURRENT = '.'
const PARENT = '..'
/** A drive letter is one character before the ':' (`C:\dir`). */
const DRIVE_LETTER_COLON = 1

export interface LocalPath {
  kind: 'local'
  /** The argument as given (after trimming spaces); `~` is the caller's to expand. */
  path: string
}

export interface RemotePath {
  kind: 'remote'
  /** The root's cap: canonical text for known kinds. */
  rootCap: string
  /** The alias used, if the root came from one (the default alias included). */
  alias?: string
  /** The path text after the alias or cap, as given. */
  path: string
  /** The child names to walk from the root. */
  segments: string[]
  /** The path ends in '/' (`cp` refuses that for a file). */
  trailingSlash: boolean
}

export type TahoePath = LocalPath | RemotePath

export interface ParsePathOptions {
  /**
   * The alias for an argument that names none; `null` makes such an
   * argument a local path, as `cp` does.
   * @default DEFAULT_ALIAS
   */
  defaultAlias?: string | null
  /**
   * With `defaultAlias: null`, read `C:…` as a Windows drive path, not alias `C`.
   * @default false
   */
  windowsDriveLetters?: boolean
}


/** The child names of a remote path. */
export function pathSegments (path: string): string[] {
  const segments: string[] = []
  for (const segment of path.split(SEPARATOR)) {
    if (segment === '' || segment === CURRENT) continue
    if (segment === PARENT) throw new PathSyntaxError("'..' cannot be used in a remote path: a directory has no parent link")
    if (!segment.isWellFormed()) throw new PathSyntaxError('a path segment is not valid Unicode (it has an unpaired surrogate)')
    segments.push(segment.normalize('NFC'))
  }
  return segments
}

function remote (rootCap: string, path: string, alias: string | undefined): RemotePath {
  return {
    kind: 'remote',
    rootCap,
    ...(alias === undefined ? {} : { alias }),
    path,
    segments: pathSegments(path),
    trailingSlash: path.endsWith(SEPARATOR)
  }
}

function fromCap (text: string): RemotePath {
  let capText = text
  let path = ''
  const legacy = text.indexOf(LEGACY_CAP_PATH_SEPARATOR)
  const slash = text.indexOf(SEPARATOR)
  if (legacy >= 0) {
    capText = text.slice(0, legacy)
    path = text.slice(legacy + LEGACY_CAP_PATH_SEPARATOR.length)
  } else if (slash >= 0) {
    capText = text.slice(0, slash)
    path = text.slice(slash + 1)
  }
  let cap: Cap
  try {
    cap = parseCap(capText)
  } catch (err: unknown) {
    if (err instanceof CapFormatError) throw new PathSyntaxError(`the cap at the start of the path is malformed: ${err.message}`, { cause: err })
    throw err
  }
  const result = remote(cap.kind === 'unknown' ? capText : formatCap(cap), path, undefined)
  if (result.segments.length > 0 && cap.kind !== 'unknown' &&
      (!isDirectory(cap) || cap.kind.endsWith('-verifier'))) {
    throw new PathSyntaxError('a path continues after a cap that is not a directory read or write cap')
  }
  return result
}

function withoutAlias (text: string, aliases: Aliases, defaultAlias: string | null): TahoePath {
  if (defaultAlias === null) {
    if (text === '') throw new PathSyntaxError('an empty local path names nothing')
    return { kind: 'local', path: text }
  }
  const cap = aliases.get(defaultAlias)
  if (cap === undefined) {
    throw new UnknownAliasError(defaultAlias,
      `no alias given, and the default alias ${JSON.stringify(defaultAlias)} does not exist (create it with create-alias)`)
  }
  return remote(aliasCap(cap, defaultAlias), text, defaultAlias)
}

/** Splits a command-line argument into its root (alias or cap) and path, or marks it local. */
export function parseTahoePath (argument: string, aliases: Aliases, options: ParsePathOptions = {}): TahoePath {
  const defaultAlias = options.defaultAlias === undefined ? DEFAULT_ALIAS : options.defaultAlias
  // Tahoe strips spaces (only spaces) from both ends.
  const text = argument.replace(/^ +| +$/g, '')
  if (hasCapPrefix(text)) return fromCap(text)
  const colon = text.indexOf(':')
  if (colon < 0) return withoutAlias(text, aliases, defaultAlias)
  if (colon === DRIVE_LETTER_COLON && defaultAlias === null && options.windowsDriveLetters === true) {
    return { kind: 'local', path: text }
  }
  const alias = text.slice(0, colon)
  if (alias.includes(SEPARATOR)) return withoutAlias(text, aliases, defaultAlias)
  const cap = aliases.get(alias)
  if (cap === undefined) {
    throw new UnknownAliasError(alias, `unknown alias ${JSON.stringify(alias)} (create it with create-alias or add-alias)`)
  }
  return remote(aliasCap(cap, alias), text.slice(colon + 1), alias)
}
