/**
 * `lafs debug chk-cap FILE`: the cap Tahoe-LAFS would give FILE, computed
 * locally in two streaming passes (convergent key, then encode), with
 * memory bounded by the segment size. No network, no node directory.
 */
import { stat } from 'node:fs/promises'
import { type Command, type CliIo, parseCommandArgs, UsageError, EXIT_OK } from '../command.js'
import { base32Decode, base32Problem } from '../../crypto/base32.js'
import { computeImmutableCap } from '../../io/immutable-cap.js'
import { DEFAULT_MAX_SEGMENT_SIZE } from '../../encoding/segmentation.js'

const DEFAULT_NEEDED = 3
const DEFAULT_TOTAL = 10

function parseCount (name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, not '${text}'`)
  const value = Number(text)
  if (value < 1 || value > max) throw new UsageError(`--${name} must be between 1 and ${max}`)
  return value
}

export const debugChkCap: Command = {
  path: ['debug', 'chk-cap'],
  usage: 'debug chk-cap FILE [--convergence-secret B32] [--needed K] [--total N] [--max-segment-size BYTES]',
  summary: 'print the immutable cap Tahoe-LAFS would give FILE (the convergence secret defaults to empty)',
  async run (args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: true,
      options: {
        'convergence-secret': { type: 'string' },
        needed: { type: 'string' },
        total: { type: 'string' },
        'max-segment-size': { type: 'string' }
      }
    })
    const { values, positionals } = parsed
    if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError('expected exactly one FILE')
    const secretText = values['convergence-secret'] ?? ''
    const problem = base32Problem(secretText)
    if (problem !== undefined) throw new UsageError(`--convergence-secret is not Tahoe base32: ${problem}`)
    const k = parseCount('needed', values.needed, DEFAULT_NEEDED, 256)
    const n = parseCount('total', values.total, DEFAULT_TOTAL, 256)
    if (k > n) throw new UsageError(`--needed (${k}) cannot exceed --total (${n})`)
    const maxSegmentSize = parseCount('max-segment-size', values['max-segment-size'], DEFAULT_MAX_SEGMENT_SIZE, Number.MAX_SAFE_INTEGER)

    const path = positionals[0]
    const info = await stat(path)
    if (!info.isFile()) throw new UsageError(`${path} is not a regular file`)
    const cap = await computeImmutableCap(path, {
      size: info.size,
      convergenceSecret: base32Decode(secretText),
      k,
      n,
      maxSegmentSize
    })
    io.stdout.write(cap + '\n')
    return EXIT_OK
  }
}
