/**
 * What a file was on disk: size, modification and change time (nanoseconds),
 * inode. The output manifest and the source stamps both keep one to tell,
 * without reading a file, that it is still the one they saw: any write moves
 * the change time, which no tool can set back.
 */
import type { BigIntStats } from 'node:fs'

/** A file's stamp, as strings (JSON keeps them exactly). */
export interface FileStamp {
  size: string
  mtime: string
  ctime: string
  ino: string
}

/** The stamp of a file from its bigint stat. */
export function fileStamp(info: BigIntStats): FileStamp {
  return { size: String(info.size), mtime: String(info.mtimeNs), ctime: String(info.ctimeNs), ino: String(info.ino) }
}

/** Whether `info` is the file `was` was taken of, unchanged. */
export function sameStamp(was: FileStamp, info: BigIntStats): boolean {
  return was.size === String(info.size) && was.mtime === String(info.mtimeNs) && was.ctime === String(info.ctimeNs) && was.ino === String(info.ino)
}
