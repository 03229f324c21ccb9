import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A build that fails leaves no `dist/` behind: neither the pages written before
 * the error nor a previous build's, so nothing half-built can be deployed.
 * Listed first, so it is armed before any other step can fail.
 */
export function allOrNothingIntegration(): AstroIntegration {
	return {
		name: 'portal:all-or-nothing',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				const outDir = fileURLToPath(config.outDir);
				process.once('exit', (code) => {
					if (code !== 0) rmSync(outDir, { recursive: true, force: true });
				});
			},
		},
	};
}
