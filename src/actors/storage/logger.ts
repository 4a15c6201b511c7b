/** The storage actor's logger is the common actor logger. */
export { silentLogger, type ActorLogger as StorageLogger } from '../logger.js'
