/**
 * Reading what directory requests carry (spec m.3): small bodies (a cap,
 * or JSON children as Tahoe's webapi writes them), child names from URL
 * segments and query arguments, and the `replace=` / `format=` arguments.
 */
import type { MutableFormat } from '../encoding/caps.js'
import type { NewChild, ReplacePolicy } from '../fs/directories/index.js'
import { HttpError } from './http.js'

/** The largest body a directory request may carry (children JSON, a cap). */
export const MAX_DIRECTORY_REQUEST_BODY = 16 * 1024 * 1024

function isRecord (value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function optionalString (value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new HttpError(400, `${what} must be a string`)
  return value
}

/**
 * Children as Tahoe's `mkdir-with-children` and `set-children` take them:
 * `{ NAME: [TYPE, { rw_uri, ro_uri, metadata }] }`.
 */
export function parseChildrenJson (body: Buffer): Map<string, NewChild> {
  let value: unknown
  try {
    value = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
  } catch {
    throw new HttpError(400, 'the body is not valid JSON')
  }
  if (!isRecord(value)) throw new HttpError(400, 'the children must be a JSON object of name → [type, {ro_uri, rw_uri, metadata}]')
  const children = new Map<string, NewChild>()
  for (const [name, spec] of Object.entries(value)) {
    const what = `child ${JSON.stringify(name)}`
    if (!Array.isArray(spec) || spec.length !== 2 || typeof spec[0] !== 'string' || !isRecord(spec[1])) {
      throw new HttpError(400, `${what} must be [type, {ro_uri, rw_uri, metadata}]`)
    }
    const details = spec[1]
    const writeCap = optionalString(details.rw_uri, `${what}: rw_uri`)
    const readCap = optionalString(details.ro_uri, `${what}: ro_uri`)
    if (writeCap === undefined && readCap === undefined) throw new HttpError(400, `${what} has neither rw_uri nor ro_uri`)
    const child: NewChild = {}
    if (writeCap !== undefined) child.writeCap = writeCap
    if (readCap !== undefined) child.readCap = readCap
    if (details.metadata !== undefined) {
      if (!isRecord(details.metadata)) throw new HttpError(400, `${what}: metadata must be a JSON object`)
      child.metadata = details.metadata
    }
    children.set(name, child)
  }
  return children
}

/** Decodes a URL path segment (UTF-8 percent escapes) into a child name. */
export function decodeSegment (segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new HttpError(400, 'a path segment has a bad URL escape')
  }
}

export function requiredArg (url: URL, name: string): string {
  const value = url.searchParams.get(name)
  if (value === null || value === '') throw new HttpError(400, `this request needs ${name}=`)
  return value
}

/** `replace=` (and `overwrite=`): true (default), false, or only-files. */
export function replaceArg (value: string | null): ReplacePolicy {
  if (value === null || value === '') return true
  const lower = value.toLowerCase()
  if (lower === 'only-files') return 'only-files'
  if (['true', 't', '1', 'on', 'yes'].includes(lower)) return true
  if (['false', 'f', '0', 'off', 'no'].includes(lower)) return false
  throw new HttpError(400, `replace= must be true, false or only-files, not ${JSON.stringify(value)}`)
}

/** `format=` of a new mutable directory (SDMF unless given). */
export function dirFormatArg (value: string | null): MutableFormat | undefined {
  if (value === null || value === '') return undefined
  const upper = value.toUpperCase()
  if (upper === 'SDMF') return 'sdmf'
  if (upper === 'MDMF') return 'mdmf'
  throw new HttpError(400, `format= of a directory must be SDMF or MDMF, not ${JSON.stringify(value)}`)
}

/** `format=` of a file uploaded into a directory: CHK unless given (or `mutable=true`, SDMF). */
export function fileFormatArg (value: string | null, mutable: boolean): 'CHK' | 'SDMF' | 'MDMF' {
  const format = (value ?? (mutable ? 'SDMF' : 'CHK')).toUpperCase()
  if (format !== 'CHK' && format !== 'SDMF' && format !== 'MDMF') throw new HttpError(400, `unknown format=${format}; expected CHK, SDMF or MDMF`)
  return format
}
