/** A Content-Type from a file name's extension, for `GET /uri/$CAP?filename=`. */

const TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  csv: 'text/csv',
  md: 'text/markdown',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  tar: 'application/x-tar',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
  webm: 'video/webm'
}

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream'

export function contentTypeFor (filename: string | undefined): string {
  const extension = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  return (extension !== undefined ? TYPES[extension] : undefined) ?? DEFAULT_CONTENT_TYPE
}
