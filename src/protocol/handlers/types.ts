/**
 * What a handler of one operation receives and returns. A handler checks
 * every field of its body (throwing the StorageError the local server would
 * throw) before it calls the node's StorageServer, and builds the result
 * message; the dispatcher turns a throw into a status.
 */
import type { StorageServer } from '../../actors/storage/interface.js'
import type { OperationKind, RequestBody, ResponseResult } from '../storage-messages.js'

export interface HandlerContext {
  storage: StorageServer
  /** Fires when the stream dies or the protocol stops. */
  signal: AbortSignal
}

export type OperationHandler<K extends OperationKind> =
  (body: RequestBody<K>, context: HandlerContext) => Promise<ResponseResult<K>>

export type HandlerTable = { [K in OperationKind]: OperationHandler<K> }
