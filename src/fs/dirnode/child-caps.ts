/**
 * What a child's pair of caps amounts to, by Tahoe's rules for building a
 * node from a (write cap, read cap) pair (`nodemaker.create_from_cap` and
 * `unknown.UnknownNode`): the same rules apply when a child is stored and
 * when it is read back, so a directory round-trips.
 *
 * - The bigger cap (the write cap if there is one) decides. A known cap
 *   yields its own read cap; the other slot is ignored.
 * - A cap of an unknown kind is opaque. Its read form carries `ro.` (or
 *   `imm.` in an immutable directory) so nobody mistakes it for a write
 *   cap. An unprefixed unknown cap with no read cap beside it might grant
 *   write access and is refused.
 * - In an immutable directory nothing mutable or writable is allowed.
 */
import {
  ALLEGED_IMMUTABLE_PREFIX, ALLEGED_READONLY_PREFIX, CapFormatError, formatCap, isMutable, isReadOnly, parseCap,
  readCap, type Cap, type KnownCap
} from '../../encoding/caps.js'

export type ChildCapsFailure = 'bad-cap' | 'not-immutable'

export type ChildCaps =
  | { ok: true, writeCap?: string, readCap?: string }
  | { ok: false, reason: ChildCapsFailure, message: string }

function fail (reason: ChildCapsFailure, message: string): ChildCaps {
  return { ok: false, reason, message }
}

function hasAllegedPrefix (text: string): boolean {
  return text.startsWith(ALLEGED_READONLY_PREFIX) || text.startsWith(ALLEGED_IMMUTABLE_PREFIX)
}

function stripAllegedPrefix (text: string): string {
  if (text.startsWith(ALLEGED_IMMUTABLE_PREFIX)) return text.slice(ALLEGED_IMMUTABLE_PREFIX.length)
  if (text.startsWith(ALLEGED_READONLY_PREFIX)) return text.slice(ALLEGED_READONLY_PREFIX.length)
  return text
}

/** parseCap, with a malformed cap turned into a failure whose message names the slot, never the text. */
function parseSlot (text: string, slot: 'write' | 'read'): Cap | ChildCaps {
  try {
    return parseCap(text)
  } catch (err: unknown) {
    if (err instanceof CapFormatError) return fail('bad-cap', `the ${slot} cap is malformed: ${err.message}`)
    throw err
  }
}

function isFailure (value: Cap | ChildCaps): value is ChildCaps {
  return 'ok' in value
}

function fromKnown (cap: KnownCap, deepImmutable: boolean): ChildCaps {
  if (deepImmutable && isMutable(cap)) return fail('not-immutable', 'a mutable cap cannot be a child of an immutable directory')
  return {
    ok: true,
    ...(isReadOnly(cap) ? {} : { writeCap: formatCap(cap) }),
    readCap: formatCap(readCap(cap))
  }
}

function fromUnknown (write: string | undefined, read: string | undefined, deepImmutable: boolean): ChildCaps {
  let rw = write
  let ro = read
  if (rw !== undefined) {
    if (deepImmutable && !(rw.startsWith(ALLEGED_IMMUTABLE_PREFIX) && ro === undefined)) {
      return fail('not-immutable', 'a write cap of an unknown kind cannot be a child of an immutable directory')
    }
    if (ro === undefined) {
      if (!hasAllegedPrefix(rw)) {
        return fail('bad-cap', "a cap of an unknown kind without a read cap beside it (or a 'ro.' prefix) may grant write access")
      }
      // A single prefixed cap is a read cap given in the other slot.
      ro = rw
      rw = undefined
    } else if (ro.startsWith(ALLEGED_IMMUTABLE_PREFIX)) {
      return fail('bad-cap', "a read cap marked 'imm.' (immutable) cannot come with a write cap")
    }
  }
  if (ro === undefined) return { ok: true }
  const parsed = parseSlot(ro, 'read')
  if (isFailure(parsed)) return parsed
  if (parsed.kind !== 'unknown') {
    if (deepImmutable && isMutable(parsed)) return fail('not-immutable', 'a mutable cap cannot be a child of an immutable directory')
    if (!isReadOnly(parsed)) return fail('bad-cap', 'the read cap slot holds a write cap')
  }
  if (deepImmutable) return { ok: true, readCap: ALLEGED_IMMUTABLE_PREFIX + stripAllegedPrefix(ro) }
  return {
    ok: true,
    ...(rw === undefined ? {} : { writeCap: rw }),
    readCap: hasAllegedPrefix(ro) ? ro : ALLEGED_READONLY_PREFIX + ro
  }
}

/**
 * Resolves a child's caps. Empty strings count as absent. The result's
 * caps are canonical for known kinds (a known cap's `ro.`/`imm.` prefix
 * is dropped) and prefixed for unknown kinds.
 */
export function resolveChildCaps (write: string | undefined, read: string | undefined, deepImmutable: boolean): ChildCaps {
  // A pure function of its arguments, called for every child each time a
  // directory is unpacked and packed again: the last few thousand answers are kept.
  const key = JSON.stringify([deepImmutable, write ?? null, read ?? null])
  let caps = resolved.get(key)
  if (caps === undefined) {
    caps = Object.freeze(resolve(write, read, deepImmutable))
    if (resolved.size >= MAX_RESOLVED) resolved.clear()
    resolved.set(key, caps)
  }
  return caps
}

/** Answers of resolveChildCaps kept; when full, the memory starts afresh. */
const MAX_RESOLVED = 4096
const resolved = new Map<string, ChildCaps>()

function resolve (write: string | undefined, read: string | undefined, deepImmutable: boolean): ChildCaps {
  const rw = write === '' ? undefined : write
  const ro = read === '' ? undefined : read
  const big = rw ?? ro
  // Neither cap: an opaque child, e.g. a future write-only cap seen through a read-only directory.
  if (big === undefined) return { ok: true }
  const parsed = parseSlot(big, rw === undefined ? 'read' : 'write')
  if (isFailure(parsed)) return parsed
  if (parsed.kind !== 'unknown') return fromKnown(parsed, deepImmutable)
  return fromUnknown(rw, ro, deepImmutable)
}

/**
 * The text stored in an entry's ro_cap field (Tahoe's `strip_prefix_for_ro`):
 * `ro.` is implied by the field and dropped; `imm.` is implied only inside an
 * immutable directory, so a mutable directory keeps it.
 */
export function storedReadCap (readCapText: string, deepImmutable: boolean): string {
  if (readCapText.startsWith(ALLEGED_IMMUTABLE_PREFIX)) {
    return deepImmutable ? readCapText.slice(ALLEGED_IMMUTABLE_PREFIX.length) : readCapText
  }
  if (readCapText.startsWith(ALLEGED_READONLY_PREFIX)) return readCapText.slice(ALLEGED_READONLY_PREFIX.length)
  return readCapText
}
