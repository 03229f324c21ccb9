import { zipSync } from 'fflate';

/**
 * A zip entry's time is a local date and time (MS-DOS format), and fflate stamps
 * `Date.now()` when none is given: a fixed local time keeps a rebuild byte-identical
 * in any time zone. The date means nothing; the files say their own dates.
 */
export const ZIP_ENTRY_TIME = new Date(2000, 0, 1);

/** A zip archive of the files, in the order given, with fixed entry times. */
export function zipFiles(files: Record<string, Uint8Array>): Uint8Array<ArrayBuffer> {
	// A copy on its own ArrayBuffer, the kind a Response body takes.
	return new Uint8Array(zipSync(files, { mtime: ZIP_ENTRY_TIME, level: 6 }));
}
