import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where a fixture's Astro cache lives (astro.config.mjs: outside node_modules, which fixtures share). */
export const CACHE_FOLDER = '.cache/astro';

// Astro colours its log even into a pipe.
const ANSI = /\u001b\[[0-9;]*m/gu;
// One line per page: `├─ /tin-tuc/x/index.html (+12ms)`, or `(cached)` / `(restored)` for a copy.
// With four pages in flight a rendered page's line is finished later, so another line's
// time stamp can follow its path at once; a copied page's line is written in one go.
const PAGE = /├─ (\/\S*?)(?=\d\d:\d\d:\d\d |\s|$)/gu;
const COPIED = /├─ (\/\S*?) \((?:cached|restored)\)/gu;

/** The output files an `astro build` rendered, as opposed to copied from its incremental cache. */
export function renderedFiles(output: string): Set<string> {
	const plain = output.replace(ANSI, '');
	const copied = new Set([...plain.matchAll(COPIED)].map((match) => match[1]!));
	return new Set([...plain.matchAll(PAGE)].map((match) => match[1]!).filter((file) => !copied.has(file)));
}

/** The output files of every page that had a `cacheKey` in the last build, from Astro's manifest. */
export function keyedFiles(root: string): Set<string> {
	const manifest = JSON.parse(readFileSync(join(root, CACHE_FOLDER, 'incremental-build.json'), 'utf8')) as {
		routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
	};
	return new Set(Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((path) => `/${path.outputFile}`)));
}

/** Every file of a folder with the SHA-256 of its bytes, by path from the folder. */
export function fileDigests(dir: string): Map<string, string> {
	const digests = new Map<string, string>();
	if (!existsSync(dir)) return digests;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		digests.set(`/${relative(dir, file)}`, createHash('sha256').update(readFileSync(file)).digest('hex'));
	}
	return digests;
}

/** Paths whose digest differs between two folders, or that only one of them has. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): Set<string> {
	return new Set([...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)));
}
