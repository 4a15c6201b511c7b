/**
 * Gossip validation of storage announcements: accept (deliver and forward),
 * ignore (drop quietly: stale or out of date, not the sender's fault) or
 * reject (drop and penalise the sender: forged or malformed). An accepted
 * announcement is applied to the table in the same step, so two messages from
 * one server cannot both pass the sequence-number check.
 */
import type { PeerId } from '@libp2p/interface'
import {
  AnnouncementFormatError, AnnouncementSignatureError, decodeAnnouncement, verifyAnnouncement,
  type DecodedAnnouncement, type VerifiedAnnouncement
} from '../../protocol/announce.js'
import type { ConnectionState, ServerTable } from './table.js'

export type ValidationResult = 'accept' | 'ignore' | 'reject'

export const VALIDATION_REASONS = {
  /** accept: a server not in the table. */
  added: 'accept',
  /** accept: a higher sequence number from a known server. */
  updated: 'accept',
  /** ignore: the sequence number is not higher than the one held. */
  'not-newer': 'ignore',
  /** ignore: a server not in the table, which is full. */
  'table-full': 'ignore',
  /** ignore: the announcement was made longer ago than the TTL. */
  expired: 'ignore',
  /** ignore: the announcement is dated further ahead than the allowed clock skew. */
  'from-the-future': 'ignore',
  /** reject: bytes that do not decode, or a field out of bounds. */
  malformed: 'reject',
  /** reject: the signature does not verify with the announced key. */
  'bad-signature': 'reject',
  /** reject: the gossip message is unsigned, or its author is not the announced peer. */
  'wrong-author': 'reject'
} as const satisfies Record<string, ValidationResult>

export type ValidationReason = keyof typeof VALIDATION_REASONS

export interface Validation {
  result: ValidationResult
  reason: ValidationReason
  /** Set once the signature has verified. */
  verified?: VerifiedAnnouncement
}

export interface ValidationLimits {
  /** How long an announcement (and a table entry) lives without news, in ms. */
  ttl: number
  /** How far in the future an announcement may be dated, in ms. */
  maxClockSkew: number
}

function outcome (reason: ValidationReason, verified?: VerifiedAnnouncement): Validation {
  const result = VALIDATION_REASONS[reason]
  return verified === undefined ? { result, reason } : { result, reason, verified }
}

/**
 * Validates the data of one gossip message written by `author` (undefined
 * for an unsigned message) and, when it is accepted, puts it in the table
 * with the connection state `connection`. The cheap checks come first, so
 * that the many duplicates and stale copies gossip delivers never cost a
 * signature check: dropping them on unverified claims is safe, as only an
 * announcement whose signature verifies can change the table.
 */
export async function validateAnnouncement (
  data: Uint8Array,
  author: PeerId | undefined,
  table: ServerTable,
  now: number,
  limits: ValidationLimits,
  connection: ConnectionState
): Promise<Validation> {
  let decoded: DecodedAnnouncement
  try {
    decoded = decodeAnnouncement(data)
  } catch (err: unknown) {
    if (err instanceof AnnouncementFormatError) return outcome('malformed')
    throw err
  }
  if (author === undefined || !author.equals(decoded.peerId)) return outcome('wrong-author')
  const { timestamp, seqnum } = decoded.announcement
  if (timestamp < now - limits.ttl) return outcome('expired')
  if (timestamp > now + limits.maxClockSkew) return outcome('from-the-future')
  const held = table.get(decoded.peerId)
  if (held !== undefined && held.announcement.seqnum >= seqnum) return outcome('not-newer')
  if (held === undefined && table.size >= table.maxServers) return outcome('table-full')
  let verified: VerifiedAnnouncement
  try {
    verified = await verifyAnnouncement(decoded)
  } catch (err: unknown) {
    if (err instanceof AnnouncementSignatureError) return outcome('bad-signature')
    throw err
  }
  // The table is checked again: another message may have been applied while the signature was checked.
  return outcome(table.offer(verified, now, connection), verified)
}

/** Counts of validation outcomes, as shown under `announcements` in `GET /?t=json`. */
export interface AnnouncementStats {
  accepted: number
  ignored: number
  rejected: number
  reasons: Partial<Record<ValidationReason, number>>
}

export class StatsCounter {
  private readonly counts: AnnouncementStats = { accepted: 0, ignored: 0, rejected: 0, reasons: {} }

  record (validation: Validation): void {
    if (validation.result === 'accept') this.counts.accepted++
    else if (validation.result === 'ignore') this.counts.ignored++
    else this.counts.rejected++
    this.counts.reasons[validation.reason] = (this.counts.reasons[validation.reason] ?? 0) + 1
  }

  snapshot (): AnnouncementStats {
    return { ...this.counts, reasons: { ...this.counts.reasons } }
  }
}
