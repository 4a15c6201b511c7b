/**
 * `lafs debug ssk-cap --private-key PEMFILE [--format sdmf|mdmf]`: the write
 * cap of the mutable file signed by that RSA key. A mutable cap depends on
 * the key alone, so nothing is uploaded and no node is needed.
 */
import { readFile } from 'node:fs/promises'
import { type Command, type CliIo, parseCommandArgs, UsageError, EXIT_OK } from '../command.js'
import { RsaPrivateKey } from '../../crypto/rsa.js'
import { formatCap, mutableWriteCapForKey, type MutableFormat } from '../../encoding/caps.js'

const DEFAULT_FORMAT: MutableFormat = 'sdmf'
const FORMATS: readonly MutableFormat[] = ['sdmf', 'mdmf']

function isFormat (text: string): text is MutableFormat {
  return (FORMATS as readonly string[]).includes(text)
}

export const debugSskCap: Command = {
  path: ['debug', 'ssk-cap'],
  usage: 'debug ssk-cap --private-key PEMFILE [--format sdmf|mdmf]',
  summary: 'print the mutable write cap (URI:SSK or URI:MDMF) of the file signed by an RSA-2048 PEM key',
  async run (args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs({
      args,
      allowPositionals: false,
      options: {
        'private-key': { type: 'string' },
        format: { type: 'string' }
      }
    })
    const { values } = parsed
    const path = values['private-key']
    if (path === undefined || path === '') throw new UsageError('--private-key PEMFILE is required')
    const format = values.format ?? DEFAULT_FORMAT
    if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`)

    const key = RsaPrivateKey.fromPem(await readFile(path))
    io.stdout.write(formatCap(mutableWriteCapForKey(key, format)) + '\n')
    return EXIT_OK
  }
}
