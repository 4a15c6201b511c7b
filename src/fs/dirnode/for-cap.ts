/**
 * How a directory cap decides the way its body is read and written:
 * a write cap brings the writekey, a read cap brings none, an immutable
 * directory is deep-immutable, and a verify cap cannot read at all.
 */
import { ParameterError } from '../../errors.js'
import type { DirCap } from '../../encoding/caps.js'
import type { UnpackOptions } from './types.js'

export function dirnodeOptionsForCap (cap: DirCap): UnpackOptions {
  switch (cap.kind) {
    case 'dir2':
    case 'dir2-mdmf':
      return { writekey: cap.file.writekey }
    case 'dir2-ro':
    case 'dir2-mdmf-ro':
      return {}
    case 'dir2-chk':
    case 'dir2-lit':
      return { deepImmutable: true }
    case 'dir2-verifier':
    case 'dir2-mdmf-verifier':
    case 'dir2-chk-verifier':
      throw new ParameterError('a directory verify cap cannot read the directory')
  }
}
