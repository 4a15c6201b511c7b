/**
 * Caps: the strings that carry authority over a file or directory
 * (`URI:CHK:…`, `URI:SSK:…`, `URI:DIR2:…`). Parsing, formatting and what
 * each cap implies; the pieces live in `caps/`.
 */
export * from './caps/types.js'
export { parseCap, parseKnownCap } from './caps/parse.js'
export { formatCap } from './caps/format.js'
export { readCap, verifyCap, storageIndexOf, isMutable, isReadOnly, isDirectory, isWriteCap } from './caps/derive.js'
export { mutableWriteCapForKey, type MutableFormat } from './caps/from-key.js'
