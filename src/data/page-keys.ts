import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bytesDigest, pageDigest } from '../lib/cache-key';
import { vietnamDay } from '../lib/dates';
import { buildTime } from '../lib/publication';
import { COLLECTIONS } from '../schemas/collections';
import { UPLOAD_FOLDERS } from '../schemas/uploads';
import type { NewsCard, NewsEntry } from './news';

/**
 * The `cacheKey` of every dynamic route, for Astro's incremental build
 * (astro.config.mjs: `experimental.incrementalBuild`). Astro skips a page when
 * its code (its module graph) and its key are unchanged, so the key must change
 * whenever anything the page shows changes:
 *
 * - every page shows the site's identity, address, localities and the national
 *   lines (`content/site.yaml`, `content/national/`) in its header and footer;
 * - a news page, list or tag page shows news items, each keyed by what it shows
 *   of them, and nothing of the other news;
 * - every other page (plans, documents, campaigns, datasets, agencies…) reads
 *   the rest of the content and many of them the day (a campaign's next
 *   edition), so its key holds the digest of all content but news and the
 *   Việt Nam day, plus any news it shows.
 *
 * Content read outside Astro's module graph is therefore all in some key: every
 * file under content/ (news items through their entries, their pictures under
 * content/media through the picture's hashed file name) and the published
 * materials. Static pages have no key and Astro renders them on every build.
 */

const NEWS_FOLDER = COLLECTIONS.news.base;
const IMAGES_FOLDER = UPLOAD_FOLDERS.images.folder;

function filesUnder(folder: string, skip: readonly string[]): string[] {
	let entries;
	try {
		entries = readdirSync(folder, { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => !skip.some((folderToSkip) => file === folderToSkip || file.startsWith(`${folderToSkip}/`)))
		.sort();
}

let restPromise: string | undefined;

/** All content but the news items and their pictures, and the materials folder, as one digest (once per build). */
function restOfContent(): string {
	restPromise ??= (() => {
		const root = process.cwd();
		const files = [
			...filesUnder(join(root, 'content'), [join(root, NEWS_FOLDER), join(root, IMAGES_FOLDER)]),
			...filesUnder(join(root, UPLOAD_FOLDERS.materials.folder), []),
		];
		return bytesDigest(files.map((file) => ({ name: relative(root, file), bytes: readFileSync(file) })));
	})();
	return restPromise;
}

/** What a news page shows of its own item: every field and the body as written. */
function entryShown(entry: NewsEntry): unknown {
	return { id: entry.id, data: entry.data, body: entry.body };
}

/** A news item's page: the item, its related items, and the plans it links by name. */
export function newsItemKey(entry: NewsEntry, related: NewsCard[]): string {
	return pageDigest('news-item', restOfContent(), entryShown(entry), related);
}

/** A page of a news list (all news or one tag): the cards it shows and where its pagination leads. */
export function newsListKey(...shown: unknown[]): string {
	return pageDigest('news-list', restOfContent(), shown);
}

/** Every other dynamic page: all content but news, the day, and the news it shows, if any. */
export function contentPageKey(...newsShown: unknown[]): string {
	return pageDigest('content-page', restOfContent(), vietnamDay(buildTime()), newsShown);
}
