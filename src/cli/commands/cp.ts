/**
 * `lafs cp [-r] FROM... TO`: copies between local files and the grid, in
 * either direction. Arguments with an alias or a cap are grid paths;
 * others are local. With several sources, or a directory, TO is a
 * directory. Grid-to-grid copies link the same caps (nothing is
 * re-uploaded). Ends with a report of the files and bytes copied.
 */
import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { type Command, type CliIo, UsageError, EXIT_OK } from '../command.js'
import { parseFileStoreArgs } from '../file-store-options.js'
import { capOfInfo, cpPath, gridContext, nodeInfo, nodeJson, pathOf, requestText, splitLast, type GridContext, type NodeInfo } from '../grid-client.js'
import { ProgressBar } from '../progress.js'
import { NodeHttpError } from '../node-client.js'
import type { LocalPath, RemotePath, TahoePath } from '../../fs/paths.js'
import { downloadFile, downloadTree, uploadFile, uploadTree, type Transfer } from './cp-transfer.js'

async function localKind (path: string): Promise<'file' | 'directory' | 'missing' | 'other'> {
  try {
    const info = await stat(path)
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other'
  } catch (err: unknown) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    throw err
  }
}

async function remoteInfo (context: GridContext, path: RemotePath): Promise<NodeInfo | undefined> {
  const json = await nodeJson(context.base, pathOf(path, { t: 'json' }))
  return json === undefined ? undefined : nodeInfo(json)
}

function sourceName (source: TahoePath): string {
  if (source.kind === 'local') return basename(source.path.replace(/\/+$/, ''))
  const name = source.segments[source.segments.length - 1]
  if (name === undefined) throw new UsageError('a source that is a whole alias or cap needs a target that names the copy')
  return name
}

function child (path: RemotePath, name: string): RemotePath {
  return { ...path, segments: [...path.segments, name], trailingSlash: false }
}

async function toGrid (transfer: Transfer, context: GridContext, source: LocalPath | RemotePath, target: RemotePath, recursive: boolean): Promise<void> {
  if (source.kind === 'remote') {
    const cap = await requestText(context.base, 'GET', pathOf(source, { t: 'uri' }))
    await requestText(context.base, 'PUT', pathOf(target, { t: 'uri' }), cap)
    transfer.files++
    return
  }
  const kind = await localKind(source.path)
  if (kind === 'file') {
    await uploadFile(transfer, source.path, pathOf(target))
  } else if (kind === 'directory') {
    if (!recursive) throw new UsageError(`${source.path} is a directory (use -r)`)
    const cap = await uploadTree(transfer, source.path)
    await requestText(context.base, 'PUT', pathOf(target, { t: 'uri' }), cap)
  } else {
    throw new UsageError(`${source.path} is ${kind === 'missing' ? 'missing' : 'not a file or directory'}`)
  }
}

async function toLocal (transfer: Transfer, context: GridContext, source: RemotePath, target: string, recursive: boolean): Promise<void> {
  const info = await remoteInfo(context, source)
  if (info === undefined) throw new NodeHttpError(404, `nothing at the source ${source.path}`)
  const cap = capOfInfo(info)
  if (info.type === 'dirnode') {
    if (!recursive) throw new UsageError(`${source.alias ?? 'the cap'}:${source.path} is a directory (use -r)`)
    await downloadTree(transfer, info, target)
  } else if (info.type === 'filenode' && cap !== undefined) {
    await downloadFile(transfer, cap, target)
  } else {
    throw new UsageError('the source is neither a file nor a directory this node can read')
  }
}

/** Whether the target is (or must be) a directory the sources go into. */
async function targetIsDirectory (context: GridContext, target: TahoePath, many: boolean): Promise<boolean> {
  if (target.kind === 'local') {
    const kind = await localKind(target.path)
    return kind === 'directory' || (kind === 'missing' && many)
  }
  if (target.segments.length === 0 || target.trailingSlash) return true
  const info = await remoteInfo(context, target)
  return info === undefined ? many : info.type === 'dirnode'
}

export const cp: Command = {
  path: ['cp'],
  usage: 'cp [-d NODEDIR | -u URL] [-r] FROM... TO',
  summary: 'copy files (and with -r, directories) between local paths and the grid',
  async run (args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFileStoreArgs(args, { recursive: { type: 'boolean', short: 'r' } })
    if (positionals.length < 2) throw new UsageError('expected at least one FROM and a TO')
    const context = await gridContext(values, io)
    const paths = positionals.map(argument => cpPath(argument, context.aliases))
    const target = paths.pop() as TahoePath
    const recursive = values.recursive === true
    const many = paths.length > 1
    const intoDirectory = await targetIsDirectory(context, target, many)
    if (many && !intoDirectory) throw new UsageError('with several sources, TO must be a directory')
    const transfer: Transfer = { base: context.base, progress: new ProgressBar(io.stderr, io.isTTY, 'copying'), files: 0, bytes: 0 }
    try {
      for (const source of paths) {
        const name = intoDirectory ? sourceName(source) : ''
        if (target.kind === 'remote') {
          const to = intoDirectory ? child(target, name) : target
          splitLast(to, 'cp')
          await toGrid(transfer, context, source, to, recursive)
        } else {
          if (source.kind === 'local') throw new UsageError('one of FROM and TO must be on the grid (use an ALIAS: or a cap)')
          await toLocal(transfer, context, source, intoDirectory ? join(target.path, name) : target.path, recursive)
        }
      }
    } finally {
      transfer.progress.done()
    }
    io.stdout.write(`Success: copied ${transfer.files} files, ${transfer.bytes} bytes\n`)
    return EXIT_OK
  }
}
