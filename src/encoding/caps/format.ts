/**
 * Cap formatting: the inverse of parseCap. It checks what it is given, so
 * it never writes a cap that parseCap (or Tahoe) would refuse. Writers add
 * no extra fields, and `ro.`/`imm.` prefixes on known kinds are not kept.
 */
import { base32Encode } from '../../crypto/base32.js'
import { ParameterError } from '../../errors.js'
import { CAP_PREFIX, DIR_FILE_KIND, MAX_SHARES, type Cap, type FileCap } from './types.js'

const KEY_BYTES = 16
const HASH_BYTES = 32

function fixed (value: Uint8Array, bytes: number, name: string): string {
  if (value.length !== bytes) throw new ParameterError(`a cap's ${name} is ${bytes} bytes, not ${value.length}`)
  return base32Encode(value)
}

function counts (k: number, n: number, size: number): string {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 1 || k > n || n > MAX_SHARES) {
    throw new ParameterError(`a cap needs 1 <= k <= n <= ${MAX_SHARES} (k=${k}, n=${n})`)
  }
  if (!Number.isSafeInteger(size) || size < 0) throw new ParameterError(`a cap's size must be a non-negative integer, not ${size}`)
  return `${k}:${n}:${size}`
}

/** The fields of a file cap after its prefix. */
function fileBody (cap: FileCap): string {
  switch (cap.kind) {
    case 'chk':
      return `${fixed(cap.key, KEY_BYTES, 'key')}:${fixed(cap.uebHash, HASH_BYTES, 'UEB hash')}:${counts(cap.k, cap.n, cap.size)}`
    case 'chk-verifier':
      return `${fixed(cap.storageIndex, KEY_BYTES, 'storage index')}:${fixed(cap.uebHash, HASH_BYTES, 'UEB hash')}:${counts(cap.k, cap.n, cap.size)}`
    case 'lit':
      return base32Encode(cap.data)
    case 'ssk':
    case 'mdmf':
      return `${fixed(cap.writekey, KEY_BYTES, 'writekey')}:${fixed(cap.fingerprint, HASH_BYTES, 'fingerprint')}`
    case 'ssk-ro':
    case 'mdmf-ro':
      return `${fixed(cap.readkey, KEY_BYTES, 'readkey')}:${fixed(cap.fingerprint, HASH_BYTES, 'fingerprint')}`
    case 'ssk-verifier':
    case 'mdmf-verifier':
      return `${fixed(cap.storageIndex, KEY_BYTES, 'storage index')}:${fixed(cap.fingerprint, HASH_BYTES, 'fingerprint')}`
  }
}

export function formatCap (cap: Cap): string {
  if (cap.kind === 'unknown') return cap.text
  if ('file' in cap) {
    if (DIR_FILE_KIND[cap.kind] !== cap.file.kind) {
      throw new ParameterError(`a ${cap.kind} cap wraps a ${DIR_FILE_KIND[cap.kind]} cap, not a ${cap.file.kind} cap`)
    }
    return CAP_PREFIX[cap.kind] + fileBody(cap.file)
  }
  return CAP_PREFIX[cap.kind] + fileBody(cap)
}
