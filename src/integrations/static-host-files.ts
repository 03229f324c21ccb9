import { writeFileSync } from 'node:fs';
import { staticHostHeaders, staticHostRedirects } from '../lib/deploy-config';

/** Writes `_headers` and `_redirects` into the build, for static hosts that read them. */
export function writeStaticHostFiles(dir: URL): void {
	writeFileSync(new URL('_headers', dir), staticHostHeaders());
	writeFileSync(new URL('_redirects', dir), staticHostRedirects());
}
