import { readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isHiddenUpload } from '../content-check/uploads';
import { UPLOAD_FOLDERS } from '../schemas/uploads';

/**
 * Astro copies `public/` as it is, dotfiles included. A hidden file in the
 * materials folder skipped every look an editor gives the folder, so it is
 * never published: removed from `dist/` before the service worker, the search
 * index and the site check see the output. The content check warns about each.
 * Returns what was removed, as paths in `dist/`.
 */
export function removeHiddenUploads(dist: string): string[] {
	const folder = join(dist, UPLOAD_FOLDERS.materials.url);
	let entries;
	try {
		entries = readdirSync(folder, { recursive: true, withFileTypes: true });
	} catch {
		return [];
	}
	const removed = entries
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter(isHiddenUpload)
		// Only the outermost hidden name: removing a dot-folder removes what is in it.
		.filter((path) => path.split('/').findIndex((segment) => segment.startsWith('.')) === path.split('/').length - 1)
		.sort();
	for (const path of removed) rmSync(join(folder, path), { recursive: true, force: true });
	return removed.map((path) => `${UPLOAD_FOLDERS.materials.url.slice(1)}/${path}`);
}
