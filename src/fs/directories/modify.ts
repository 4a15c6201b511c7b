/**
 * Changing a mutable directory (Tahoe's `MutableFileNode.modify` as the
 * dirnode uses it): the mutable-file actor's modify hands over the body,
 * which is unpacked with the writekey, changed, and packed; the actor
 * publishes it against the map the body came with, so that a writer who got
 * in between is detected. On an UncoordinatedWriteError the whole cycle runs
 * again on fresh contents, after a growing, jittered pause, a bounded number
 * of times.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { UncoordinatedWriteError } from '../../actors/mutable/index.js'
import type { ActorLogger } from '../../actors/logger.js'
import { packDirectory, unpackDirectory, type DirEntry } from '../dirnode.js'
import type { WritableDirCap } from './caps.js'
import { RETRY_DELAY_FACTOR } from './constants.js'
import { type BodyReaders, checkBodySize } from './read.js'

/**
 * Changes the children (keyed by NFC name) in place. `firstAttempt` is
 * false on a retry, when an earlier attempt of the same change may already
 * have landed. Returns false when nothing needs writing.
 */
export type DirectoryChange = (children: Map<string, DirEntry>, firstAttempt: boolean) => boolean

export interface ModifyContext extends BodyReaders {
  maxAttempts: number
  retryDelayMs: number
  /** In [0, 1): spreads retries of colliding writers apart. */
  random: () => number
  log: ActorLogger
}

/** The pause before retry number `retry` (1-based): delay × factor^(retry-1), times a factor in [0.5, 1.5). */
export function retryDelay (ctx: Pick<ModifyContext, 'retryDelayMs' | 'random'>, retry: number): number {
  return ctx.retryDelayMs * RETRY_DELAY_FACTOR ** (retry - 1) * (0.5 + ctx.random())
}

async function modifyOnce (ctx: ModifyContext, cap: WritableDirCap, change: DirectoryChange, firstAttempt: boolean, signal?: AbortSignal): Promise<void> {
  const writekey = cap.file.writekey
  await ctx.mutable.modify(cap.file, (data, { retry }) => {
    const { entries, problems } = unpackDirectory(data, { writekey })
    const children = new Map(entries.map(entry => [entry.name, entry]))
    if (!change(children, firstAttempt && !retry)) return undefined
    const dropped = problems.filter(problem => !problem.listed && problem.reason !== 'duplicate-name')
    if (dropped.length > 0) {
      // As in Tahoe, a child that cannot be read is not written back.
      ctx.log.error('rewriting a directory without %d unreadable children', dropped.length)
    }
    return packDirectory([...children.values()], { writekey })
  }, { retry: !firstAttempt, checkSize: size => { checkBodySize(size, ctx.maxDirectorySize) }, signal })
}

/** Applies `change` to the directory, retrying on UncoordinatedWriteError up to ctx.maxAttempts attempts in all. */
export async function modifyDirectory (ctx: ModifyContext, cap: WritableDirCap, change: DirectoryChange, signal?: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await modifyOnce(ctx, cap, change, attempt === 1, signal)
      return
    } catch (err: unknown) {
      if (!(err instanceof UncoordinatedWriteError) || attempt >= ctx.maxAttempts) throw err
      const pause = retryDelay(ctx, attempt)
      ctx.log('directory change met another writer (attempt %d of %d); retrying in %d ms', attempt, ctx.maxAttempts, Math.round(pause))
      await sleep(pause, undefined, { signal })
    }
  }
}
