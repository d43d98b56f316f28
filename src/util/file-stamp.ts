/**
 * What a file was on disk: size, modification and change time (nanoseconds),
 * inode. The output manifest and the source stamps both keep one to tell,
 * without reading a file, that it is still the one they saw: any write moves
 * the change time, which no tool can set back.
 *
 * A stamp is one string, `size mtime ctime inode`: at 100,000 articles the
 * manifest and the source stamps hold 300,000 of them, and one string each
 * parses, compares and collects far faster than an object of four.
 */
import type { BigIntStats } from 'node:fs'

/** A file's stamp: `size mtimeNs ctimeNs ino`. */
export type FileStamp = string

/** The stamp of a file from its bigint stat. */
export function fileStamp(info: BigIntStats): FileStamp {
  return `${info.size} ${info.mtimeNs} ${info.ctimeNs} ${info.ino}`
}

/** Whether `info` is the file `was` was taken of, unchanged. */
export function sameStamp(was: FileStamp, info: BigIntStats): boolean {
  return was === fileStamp(info)
}

/** Whether `info` still has the size and modification time of `was` (its change time and inode may differ: it was linked or moved). */
export function sameContent(was: FileStamp, info: BigIntStats): boolean {
  return was.startsWith(`${info.size} ${info.mtimeNs} `)
}

/** A value and a stamp in one string, as the manifest and the source stamps keep them: `value stamp` (the value has no space). */
export function stamped(value: string, stamp: FileStamp): string {
  return `${value} ${stamp}`
}

/** The value and the stamp of a `stamped` string. */
export function unstamped(entry: string): [value: string, stamp: FileStamp] {
  const space = entry.indexOf(' ')
  return [entry.slice(0, space), entry.slice(space + 1)]
}
