#!/usr/bin/env node
/**
 * Runs dependency-cruiser (`.dependency-cruiser.cjs`) over the project, `.astro` files
 * included. dependency-cruiser reads no Astro, so a throw-away copy of the code is cruised in
 * which each `X.astro` is replaced by `X.astro.ts` holding its front matter and its scripts:
 * an import of './X.astro' still resolves there (the resolver tries the `.ts` ending), and the
 * report names the `.astro` file. Exits non-zero on any violation.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CODE = ['src', 'cms', 'scripts', 'tests', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.dependency-cruiser.cjs'];
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/u;
const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gu;

const copy = mkdtempSync(join(tmpdir(), 'depcruise-'));
try {
	for (const path of CODE) cpSync(path, join(copy, path), { recursive: true, filter: (source) => !source.includes('scripts/bench/floor') });
	symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir');
	for (const file of globSync('{src,cms}/**/*.astro', { cwd: copy })) {
		const text = readFileSync(join(copy, file), 'utf8');
		const scripts = [...text.matchAll(SCRIPT)].map((match) => match[1]);
		writeFileSync(join(copy, `${file}.ts`), [FRONT_MATTER.exec(text)?.[1] ?? '', ...scripts].join('\n'));
		unlinkSync(join(copy, file));
	}
	const result = spawnSync(
		resolve('node_modules/.bin/depcruise'),
		['--config', '.dependency-cruiser.cjs', 'src', 'cms', 'scripts', 'tests', 'astro.config.mjs'],
		{
			cwd: copy,
			encoding: 'utf8',
		},
	);
	process.stdout.write(`${result.stdout ?? ''}${result.stderr ?? ''}`.replaceAll('.astro.ts', '.astro'));
	process.exitCode = result.status ?? 1;
} finally {
	rmSync(copy, { recursive: true, force: true });
}
