/**
 * The announcement sequence number. It must only grow, across restarts too,
 * or the grid ignores the node's announcements until its old entry expires.
 * The node supplies a store kept in the node directory.
 */

export interface SeqnumStore {
  /** The last number handed out (0 when none ever was). */
  load: () => Promise<number>
  /** Records `seqnum` durably before it is published. */
  save: (seqnum: number) => Promise<void>
}

export function memorySeqnumStore (initial = 0): SeqnumStore {
  let value = initial
  return {
    load: () => Promise.resolve(value),
    save: (seqnum) => {
      value = seqnum
      return Promise.resolve()
    }
  }
}

/**
 * The next sequence number: one more than the last, and never less than
 * the current time in milliseconds, so that the sequence still grows if the
 * stored number is lost (a node directory restored from an old backup).
 */
export function nextSeqnum (last: number, now: number): number {
  return Math.max(last + 1, now)
}
