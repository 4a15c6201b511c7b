/**
 * `lafs debug dump-cap CAP [--json]`: every field of a cap and what follows
 * from it (storage index, read cap, verify cap), as `name: value` lines or
 * one JSON object. Prints key material: meant for the cap's own holder.
 */
import { type Command, type CliIo, parseCommandArgs, UsageError, EXIT_OK } from '../command.js'
import { base32Encode } from '../../crypto/base32.js'
import { mutableReadkey } from '../../crypto/mutable-keys.js'
import {
  formatCap, isDirectory, isMutable, isReadOnly, parseCap, readCap, storageIndexOf, verifyCap,
  type Cap, type FileCap
} from '../../encoding/caps.js'

type Value = string | number | boolean

/** The cap's own fields, for a file cap or the file cap inside a directory cap. */
function fileFields (cap: FileCap): Array<[string, Value]> {
  switch (cap.kind) {
    case 'chk':
      return [['key', base32Encode(cap.key)], ['ueb_hash', base32Encode(cap.uebHash)], ['k', cap.k], ['n', cap.n], ['size', cap.size]]
    case 'chk-verifier':
      return [['ueb_hash', base32Encode(cap.uebHash)], ['k', cap.k], ['n', cap.n], ['size', cap.size]]
    case 'lit':
      return [['size', cap.data.length], ['data', base32Encode(cap.data)]]
    case 'ssk':
    case 'mdmf':
      return [['key', base32Encode(cap.writekey)], ['readkey', base32Encode(mutableReadkey(cap.writekey))], ['fingerprint', base32Encode(cap.fingerprint)]]
    case 'ssk-ro':
    case 'mdmf-ro':
      return [['key', base32Encode(cap.readkey)], ['fingerprint', base32Encode(cap.fingerprint)]]
    case 'ssk-verifier':
    case 'mdmf-verifier':
      return [['fingerprint', base32Encode(cap.fingerprint)]]
  }
}

/** Every field of `cap`, in display order. */
export function describeCap (cap: Cap): Array<[string, Value]> {
  const fields: Array<[string, Value]> = [
    ['kind', cap.kind],
    ['directory', isDirectory(cap)],
    ['mutable', isMutable(cap)],
    ['read_only', isReadOnly(cap)]
  ]
  if (cap.kind === 'unknown') return fields
  fields.push(...fileFields(isDirectory(cap) ? cap.file : cap))
  const si = storageIndexOf(cap)
  if (si !== undefined) fields.push(['storage_index', base32Encode(si)])
  fields.push(['read_cap', formatCap(readCap(cap))])
  const verify = verifyCap(cap)
  if (verify !== undefined) fields.push(['verify_cap', formatCap(verify)])
  return fields
}

function dumpCap (args: string[], io: CliIo): number {
  const parsed = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } })
  const { values, positionals } = parsed
  if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError('expected exactly one CAP')
  const fields = describeCap(parseCap(positionals[0]))
  if (values.json === true) {
    io.stdout.write(JSON.stringify(Object.fromEntries(fields)) + '\n')
  } else {
    io.stdout.write(fields.map(([name, value]) => `${name}: ${String(value)}\n`).join(''))
  }
  return EXIT_OK
}

export const debugDumpCap: Command = {
  path: ['debug', 'dump-cap'],
  usage: 'debug dump-cap CAP [--json]',
  summary: 'print every field of a cap, with its storage index, read cap and verify cap',
  // Pure computation; the promise only fits the Command shape (a throw becomes a rejection).
  run: (args, io) => Promise.resolve().then(() => dumpCap(args, io))
}
