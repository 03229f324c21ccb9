import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where builds are written before they are moved into place (ignored by git). */
const STAGING = '.tmp';
const PREFIX = 'dist-dang-dung-';

/**
 * A build is all or nothing: Astro writes into a staging folder
 * (`.tmp/dist-dang-dung-<pid>/`) and only a build that exits 0, after every
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
				// Folders of builds that were killed: their process is gone, nobody else writes there.
				if (existsSync(staging))
					for (const name of readdirSync(staging).filter((entry) => entry.startsWith(PREFIX)))
						rmSync(join(staging, name), { recursive: true, force: true });
				const build = join(staging, `${PREFIX}${process.pid}`);
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
