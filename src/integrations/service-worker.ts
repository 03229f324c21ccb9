import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlinePages, pageAssets, serviceWorkerScript } from '../lib/offline';
import { routes } from '../lib/routes';
import { filesUnder } from './files';

/** The file of the built site behind a site path (`/ho-tro/` → `ho-tro/index.html`). */
const fileOf = (dir: string, path: string) => join(dir, path.endsWith('/') ? `${path}index.html` : path);

/**
 * Writes `/sw.js` into the built site `dir`: the pages kept for reading offline with the
 * files they need, and a version that is a hash of all of them, so that the worker, and
 * with it every saved copy, is replaced when one of them changes and only then.
 * Returns what it keeps.
 */
export function writeServiceWorker(dir: string): { version: string; files: string[] } {
	const paths = filesUnder(dir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.replace(/(^|\/)index\.html$/u, '$1')}`);
	const pages = offlinePages(paths);
	if (!pages.includes(routes.help) || !pages.includes(routes.offline))
		throw new Error('Thiếu trang hỗ trợ hoặc trang đọc ngoại tuyến trong bản dựng.');
	const files = [...new Set([...pages, ...pages.flatMap((page) => pageAssets(readFileSync(fileOf(dir, page), 'utf8')))])].sort();
	const hash = createHash('sha256');
	for (const file of files) hash.update(`${file}\n`).update(readFileSync(fileOf(dir, file)));
	const version = hash.digest('hex').slice(0, 16);
	writeFileSync(fileOf(dir, routes.serviceWorker), serviceWorkerScript(version, files));
	return { version, files };
}
