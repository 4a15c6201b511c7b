import type { OperationHandler } from './types.js'

/** get_version: the server's limits and behaviour flags (spec h.1). */
export const getVersion: OperationHandler<'getVersion'> = async (_body, { storage, signal }) => {
  const version = await storage.getVersion({ signal })
  return {
    maximumImmutableShareSize: version.maximumImmutableShareSize,
    maximumMutableShareSize: version.maximumMutableShareSize,
    availableSpace: version.availableSpace,
    toleratesImmutableReadOverrun: version.toleratesImmutableReadOverrun,
    deleteMutableSharesWithZeroLengthWritev: version.deleteMutableSharesWithZeroLengthWritev,
    fillsHolesWithZeroBytes: version.fillsHolesWithZeroBytes,
    preventsReadPastEndOfShareData: version.preventsReadPastEndOfShareData,
    applicationVersion: version.applicationVersion
  }
}
