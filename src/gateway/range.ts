/**
 * One HTTP byte range (`Range: bytes=a-b`, `bytes=a-`, `bytes=-n`), as
 * Tahoe's web API supports it. Several ranges in one header are refused.
 */
import { HttpError } from './http.js'

export interface ParsedRange {
  start: number
  /** One past the last byte. */
  end: number
}

const RANGE = /^bytes=(\d*)-(\d*)$/

/** The range asked for, or undefined for the whole file; HttpError 400 or 416 otherwise. */
export function parseRange (header: string | undefined, size: number): ParsedRange | undefined {
  if (header === undefined) return undefined
  const match = RANGE.exec(header.trim())
  if (match === null) throw new HttpError(400, `malformed Range header (expected one range, bytes=START-END)`)
  const [, first = '', last = ''] = match
  if (first === '' && last === '') throw new HttpError(400, 'malformed Range header: no positions')
  if (first.length > 15 || last.length > 15) throw new HttpError(400, 'malformed Range header: position too large')
  let start: number
  let end: number
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0) throw new HttpError(416, `range not satisfiable: empty suffix of a ${size}-byte file`)
    start = Math.max(0, size - suffix)
    end = size
  } else {
    start = Number(first)
    end = last === '' ? size : Math.min(size, Number(last) + 1)
    if (last !== '' && Number(last) < start) throw new HttpError(400, 'malformed Range header: end before start')
  }
  if (start >= size) throw new HttpError(416, `range not satisfiable: the file has ${size} bytes`)
  return { start, end }
}
