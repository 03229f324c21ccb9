import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where builds are written before they are moved into place (ignored by git). */
const STAGING = '.tmp';
/**
 * One fixed name, not one per process: Astro's incremental build counts the output folder
 * in its config digest, so a new name every build would re-render every page.
 */
const BUILD = 'dist-dang-dung';

/**
 * A build is all or nothing: Astro writes into a staging folder
 * (`.tmp/dist-dang-dung/`) and only a build that exits 0, after every
 * check, is moved into place as `dist/`. A failed build removes its staging
 * folder and leaves no `dist/` (nothing half-built can be deployed); a build
 * killed by a signal or a crash never touches `dist/` at all, and the next
 * build clears what it left. Listed first, so it is armed before any other
 * step can fail.
 */
export function allOrNothingIntegration(): AstroIntegration {
	return {
		name: 'portal:all-or-nothing',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const outDir = fileURLToPath(config.outDir).replace(/[/\\]$/u, '');
				const staging = join(fileURLToPath(config.root), STAGING);
				const build = join(staging, BUILD);
				// What a killed build left (one build at a time writes in a checkout).
				for (const left of [build, `${build}-cu`]) rmSync(left, { recursive: true, force: true });
				mkdirSync(build, { recursive: true });
				// A URL, as Astro holds it once the config is resolved.
				updateConfig({ outDir: pathToFileURL(`${build}/`) });
				process.once('exit', (code) => {
					if (code !== 0) {
						rmSync(build, { recursive: true, force: true });
						rmSync(outDir, { recursive: true, force: true });
						return;
					}
					// Two renames: the old build is out of the way before the new one takes its name.
					const previous = `${build}-cu`;
					mkdirSync(dirname(outDir), { recursive: true });
					if (existsSync(outDir)) renameSync(outDir, previous);
					renameSync(build, outDir);
					rmSync(previous, { recursive: true, force: true });
				});
			},
		},
	};
}
