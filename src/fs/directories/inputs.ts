/**
 * Children as callers give them (a name → child map or object, or a list
 * of DirEntry-like records; a child as one cap or a cap pair, with
 * optional metadata) turned into checked links: names refused as Tahoe's
 * front ends refuse them, caps put in canonical form, metadata checked to
 * be an object. Problems surface here, before anything is read or sent.
 */
import { checkNewChildName, resolveChildCaps, type Metadata } from '../dirnode.js'
import { DirChildError, MustBeDeepImmutableError } from '../errors.js'
import { capPairOf, type ChildCapPair } from './caps.js'
import type { Link } from './edits.js'

/** A child to link: its caps and, optionally, its metadata. */
export interface NewChild extends ChildCapPair {
  metadata?: Metadata
}

/** A name → child table (a child may be a single cap), or a list of named children such as DirEntry[]. */
export type ChildrenInput =
  | ReadonlyMap<string, NewChild | string>
  | Readonly<Record<string, NewChild | string>>
  | ReadonlyArray<NewChild & { name: string }>

function quoted (name: string): string {
  return JSON.stringify(name)
}

function checkMetadata (name: string, metadata: unknown): Metadata | undefined {
  if (metadata === undefined) return undefined
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new DirChildError(name, `child ${quoted(name)}: metadata must be a JSON object`)
  }
  return metadata as Metadata
}

/**
 * The link for a child under an already checked name. `metadata` given
 * here wins over the child's own. In an immutable directory
 * (`deepImmutable`) a mutable child is MustBeDeepImmutableError.
 */
export function linkOf (name: string, child: NewChild | string, deepImmutable: boolean, metadata?: Metadata): Link {
  if (typeof child !== 'string' && (typeof child !== 'object' || child === null)) {
    throw new DirChildError(name, `child ${quoted(name)}: expected a cap or a { writeCap, readCap } pair`)
  }
  const pair = typeof child === 'string' ? capPairOf(name, child) : child
  const caps = resolveChildCaps(pair.writeCap, pair.readCap, deepImmutable)
  if (!caps.ok) {
    const message = `child ${quoted(name)}: ${caps.message}`
    throw caps.reason === 'not-immutable' ? new MustBeDeepImmutableError(name, message) : new DirChildError(name, message)
  }
  const link: Link = { name }
  if (caps.writeCap !== undefined) link.writeCap = caps.writeCap
  if (caps.readCap !== undefined) link.readCap = caps.readCap
  const given = checkMetadata(name, metadata ?? (typeof child === 'string' ? undefined : child.metadata))
  if (given !== undefined) link.metadata = given
  return link
}

function namedChildren (input: ChildrenInput): Array<[string, NewChild | string]> {
  if (input instanceof Map) return [...(input as ReadonlyMap<string, NewChild | string>)]
  if (Array.isArray(input)) return (input as ReadonlyArray<NewChild & { name: string }>).map(child => [child.name, child])
  return Object.entries(input as Readonly<Record<string, NewChild | string>>)
}

/** Checked links for every child; two names equal after NFC are refused. */
export function childLinks (input: ChildrenInput, deepImmutable: boolean): Link[] {
  const links = new Map<string, Link>()
  for (const [rawName, child] of namedChildren(input)) {
    if (typeof rawName !== 'string') throw new DirChildError(String(rawName), 'a child name must be a string')
    const name = checkNewChildName(rawName)
    if (links.has(name)) throw new DirChildError(name, `two children are named ${quoted(name)} (after NFC normalization)`)
    links.set(name, linkOf(name, child, deepImmutable))
  }
  return [...links.values()]
}
