/**
 * The byte ranges already written to an open upload, kept as sorted,
 * disjoint, non-adjacent half-open intervals. Writes may come in any order;
 * a later write over a written range must carry the same bytes, so the
 * bucket asks which parts of a new write overlap earlier ones.
 */

export interface Range {
  start: number
  end: number
}

export class RangeSet {
  private readonly ranges: Range[] = []

  get count (): number {
    return this.ranges.length
  }

  /** Total bytes covered. */
  get covered (): number {
    let total = 0
    for (const range of this.ranges) total += range.end - range.start
    return total
  }

  /** Index of the first range whose end is after `position`. */
  private firstEndingAfter (position: number): number {
    let low = 0
    let high = this.ranges.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.ranges[middle]?.end ?? 0) <= position) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The parts of [start, end) that are already covered, in order. */
  overlaps (start: number, end: number): Range[] {
    const out: Range[] = []
    for (let i = this.firstEndingAfter(start); i < this.ranges.length; i++) {
      const range = this.ranges[i]
      if (range === undefined || range.start >= end) break
      out.push({ start: Math.max(start, range.start), end: Math.min(end, range.end) })
    }
    return out
  }

  /** How many ranges there would be after adding [start, end). */
  countAfterAdding (start: number, end: number): number {
    if (start >= end) return this.ranges.length
    const first = this.firstEndingAfter(start - 1)
    let last = first
    while (last < this.ranges.length && (this.ranges[last]?.start ?? Infinity) <= end) last++
    return this.ranges.length - (last - first) + 1
  }

  /** Marks [start, end) as written, merging with touching or overlapping ranges. */
  add (start: number, end: number): void {
    if (start >= end) return
    // Ranges ending at or after `start` may merge (touching counts).
    const first = this.firstEndingAfter(start - 1)
    let last = first
    let mergedStart = start
    let mergedEnd = end
    while (last < this.ranges.length) {
      const range = this.ranges[last]
      if (range === undefined || range.start > end) break
      mergedStart = Math.min(mergedStart, range.start)
      mergedEnd = Math.max(mergedEnd, range.end)
      last++
    }
    this.ranges.splice(first, last - first, { start: mergedStart, end: mergedEnd })
  }
}
