/**
 * Directories (dirnodes): the serialized body Tahoe stores in a mutable or
 * immutable file (spec g), link metadata rules, and the web API's JSON
 * view of a listing (spec m.3). Pure code; the pieces live in `dirnode/`.
 */
export type {
  DirEntry, DirProblem, DirProblemReason, Metadata, PackOptions, UnpackOptions, UnpackedDirectory
} from './dirnode/types.js'
export { packDirectory } from './dirnode/pack.js'
export { unpackDirectory } from './dirnode/unpack.js'
export { compareCodePoints, normalizeChildName, childNameProblem, checkNewChildName } from './dirnode/names.js'
export { resolveChildCaps, storedReadCap, type ChildCaps } from './dirnode/child-caps.js'
export {
  updateMetadata, diminish, applyNoWrite, isNoWrite, pythonTruthy, TAHOE_METADATA_KEY, LEGACY_CTIME_KEY, NO_WRITE_KEY
} from './dirnode/metadata.js'
export {
  childJson, dirJson, fileJson, type ChildJson, type ChildJsonOptions, type DirJson, type DirJsonInfo, type FileFormat,
  type FileJsonOptions, type NodeJsonInfo, type NodeType
} from './dirnode/json.js'
export { dirnodeOptionsForCap } from './dirnode/for-cap.js'
export { DirnodeFormatError, DirChildError, MustBeDeepImmutableError, MetadataError } from './errors.js'
