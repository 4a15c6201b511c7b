/** The software version, as announced to the grid and shown by the web API. */
import { readFileSync } from 'node:fs'

function packageVersion (): string {
  // dist/src/node/version.js -> package.json at the root of the package.
  const text = readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')
  const parsed = JSON.parse(text) as { version?: unknown }
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0'
}

export const LAFS_VERSION = packageVersion()
/** The version string announcements carry, e.g. `lafs/0.1.0`. */
export const LAFS_VERSION_STRING = `lafs/${LAFS_VERSION}`
