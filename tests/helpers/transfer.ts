import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileForPath } from './dist';

/** File types a server compresses on the fly; Pagefind's own files are compressed already. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|svg|xml|txt|csv|ics|wasm|pagefind)$|\/$/u;

/** Bytes a request for a site path costs on the wire with gzip (level 6, as nginx). */
export function transferSize(path: string, dist?: string): number {
	const file = dist ? fileForPath(path).replace(/^.*?\/dist\//u, `${dist}/`) : fileForPath(path);
	const body = readFileSync(file);
	return COMPRESSIBLE.test(path) ? gzipSync(body, { level: 6 }).length : body.length;
}
