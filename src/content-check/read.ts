/** Reading a project's content from disk for the check (the only I/O of the check). */
import { closeSync, globSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { loadSiteConfig } from '../config/site';
import { filesUnder } from '../integrations/files';
import { PICTURE_HEAD_BYTES } from '../lib/picture-format';
import { COLLECTION_NAMES, COLLECTIONS } from '../schemas/collections';
import { UPLOAD_FOLDERS } from '../schemas/uploads';
import { checkContent } from './index';
import { keptParser, type KeptParse } from './parse-cache';
import type { ContentProblem, ContentSources } from './problem';

/** Reads every content file and upload of the project at `root`. */
export function readContentSources(root: string): ContentSources {
	const files = COLLECTION_NAMES.flatMap((collection) => {
		const { base, pattern } = COLLECTIONS[collection];
		return globSync(pattern, { cwd: join(root, base) })
			.sort()
			.map((name) => {
				const file = `${base}/${name.split('\\').join('/')}`;
				return { collection, file, text: readFileSync(join(root, file), 'utf8') };
			});
	});
	const uploads = Object.values(UPLOAD_FOLDERS).flatMap(({ folder }) =>
		// Dotfiles included: they are reported, and never published (src/integrations/hidden-uploads.ts).
		filesUnder(join(root, folder))
			.map((name) => `${folder}/${name}`)
			.map((file) => ({
				file,
				bytes: statSync(join(root, file)).size,
				head: folder === UPLOAD_FOLDERS.images.folder ? fileHead(join(root, file)) : undefined,
			})),
	);
	const read = new Set(files.map((source) => source.file));
	// A file no collection's pattern takes (".yml", ".mdx" news, ".MD") would otherwise vanish without a word;
	// only `.gitkeep`, git's way to keep an empty folder, is meant to be there unread.
	const unread = COLLECTION_NAMES.flatMap((collection) => {
		const { base, pattern } = COLLECTIONS[collection];
		return filesUnder(join(root, base))
			.map((name) => `${base}/${name}`)
			.filter((file) => !read.has(file) && !file.endsWith('/.gitkeep'))
			.map((file) => ({ file, pattern: `${base}/${pattern}` }));
	});
	const localityIds = loadSiteConfig(root).localities.map((locality) => locality.id);
	return { files, uploads, unread, localityIds };
}

function fileHead(path: string): Uint8Array {
	const head = new Uint8Array(PICTURE_HEAD_BYTES);
	const descriptor = openSync(path, 'r');
	try {
		return head.subarray(0, readSync(descriptor, head, 0, head.length, 0));
	} finally {
		closeSync(descriptor);
	}
}

/** The parses kept in `file`; none when it is missing or unreadable (a cache, never a source of truth). */
function readKeptParses(file: string): Map<string, KeptParse> {
	try {
		const kept: unknown = deserialize(readFileSync(file));
		return kept instanceof Map ? (kept as Map<string, KeptParse>) : new Map();
	} catch {
		return new Map();
	}
}

/**
 * Runs the content check over the project at `root`; with `cacheFile`, the YAML parses of
 * the last run are taken from it and this run's written back (`./parse-cache`).
 */
export function checkContentFolder(root: string, cacheFile?: string): ContentProblem[] {
	if (cacheFile === undefined) return checkContent(readContentSources(root));
	const next = new Map<string, KeptParse>();
	const problems = checkContent(readContentSources(root), keptParser(readKeptParses(cacheFile), next));
	// Written whole under a name of this process, then renamed: a build killed meanwhile, or a dev
	// server checking at the same time, leaves a whole file. A cache that cannot be written is no error.
	const written = `${cacheFile}.${process.pid}`;
	try {
		mkdirSync(dirname(cacheFile), { recursive: true });
		writeFileSync(written, serialize(next));
		renameSync(written, cacheFile);
	} catch {
		rmSync(written, { force: true });
	}
	return problems;
}
