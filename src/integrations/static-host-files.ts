import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { staticHostHeaders, staticHostRedirects } from '../lib/deploy-config';

/** Writes `_headers` and `_redirects` into the build, for static hosts that read them. */
export function staticHostFilesIntegration(): AstroIntegration {
	return {
		name: 'portal:static-host-files',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL('_headers', dir), staticHostHeaders());
				writeFileSync(new URL('_redirects', dir), staticHostRedirects());
			},
		},
	};
}
