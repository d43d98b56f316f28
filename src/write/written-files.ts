/**
 * The names a sink has written, so that a second write to one of them (two
 * outputs configured with one name, or a slug named like an output) is
 * refused, compared as a case-insensitive file system would.
 */
import { DatelineError } from '../util/diagnostic.js'

/** The files a sink has written: a second write to one of them is refused. */
export class WrittenFiles {
  private readonly keys = new Set<string>()

  has(target: string): boolean {
    return this.keys.has(target.normalize('NFC').toLowerCase())
  }

  claim(file: string, target: string): void {
    if (this.has(target)) throw new DatelineError(`two outputs would both be written to "${file}"; give one of them another name`, 2)
    this.keys.add(target.normalize('NFC').toLowerCase())
  }
}

