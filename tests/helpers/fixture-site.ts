import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Project files a fixture site needs besides its content. */
export const PROJECT_FILES = ['src', 'public', 'cms', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Writes (or, with `null`, deletes) files relative to `root`, making folders as needed. */
export function writeFiles(root: string, files: Record<string, string | Buffer | null>): void {
	for (const [path, contents] of Object.entries(files)) {
		const target = join(root, path);
		if (contents === null) {
			rmSync(target, { force: true, recursive: true });
			continue;
		}
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, contents);
	}
}

/** A throw-away copy of the project with its own content, built outside the real `dist/`. */
export interface FixtureSite {
	root: string;
	dist: string;
	/** Writes (or, with `null`, deletes) files relative to the fixture root. */
	write: (files: Record<string, string | Buffer | null>) => void;
	/** Runs `astro build`; never throws, returns the outcome and the whole output. */
	build: (env?: Record<string, string>) => { ok: boolean; output: string };
	remove: () => void;
}

/**
 * Copies the project (code, and the real content unless `emptyContent`) into a
 * temporary folder with `node_modules` linked, so a test can change content and
 * build without touching the repository. Fixture data never reaches the real site.
 */
export function createFixtureSite({ emptyContent = false }: { emptyContent?: boolean } = {}): FixtureSite {
	const root = mkdtempSync(join(tmpdir(), 'portal-fixture-'));
	for (const file of PROJECT_FILES) {
		if (existsSync(file)) cpSync(file, join(root, file), { recursive: true });
	}
	if (emptyContent) {
		mkdirSync(join(root, 'content'), { recursive: true });
		cpSync('content/site.yaml', join(root, 'content/site.yaml'));
	} else {
		cpSync('content', join(root, 'content'), { recursive: true });
	}
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	const site: FixtureSite = {
		root,
		dist: join(root, 'dist'),
		write: (files) => writeFiles(root, files),
		build(env = {}) {
			// The Node that runs the tests (24, from node_modules/.bin) runs Astro too.
			const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
				timeout: 300_000,
			});
			return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
		},
		remove() {
			rmSync(root, { recursive: true, force: true });
		},
	};
	return site;
}
