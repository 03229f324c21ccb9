import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lastModified, pageModified, pathOfPage } from '../lib/sitemap-dates';
import { filesUnder } from './files';

/** Enough of a page to hold its head's meta elements. */
const HEAD_BYTES = 16 * 1024;

function head(file: string): string {
	const buffer = Buffer.alloc(HEAD_BYTES);
	const handle = openSync(file, 'r');
	try {
		return buffer.toString('utf8', 0, readSync(handle, buffer, 0, HEAD_BYTES, 0));
	} finally {
		closeSync(handle);
	}
}

/**
 * A `serialize` for @astrojs/sitemap that sets each entry's `lastmod` from the dates the
 * built pages state (src/lib/sitemap-dates.ts), and the integration that tells it where
 * the build wrote them (`outDir`, whatever `--outDir` says). The pages are read once, on
 * the first entry.
 */
export function sitemapLastmod() {
	let dist: string | undefined;
	let lookup: ((path: string) => string | undefined) | undefined;
	const integration: AstroIntegration = {
		name: 'portal:sitemap-dates',
		hooks: {
			'astro:config:done': ({ config }) => {
				dist = fileURLToPath(config.outDir);
			},
		},
	};
	const serialize = <Item extends { url: string; lastmod?: string | undefined }>(item: Item): Item => {
		const root = dist;
		if (!root) throw new Error('portal:sitemap-dates phải đứng trong danh sách integrations của astro.config.mjs');
		lookup ??= lastModified(
			new Map(
				filesUnder(root)
					.filter((file) => file.endsWith('.html'))
					.map((file) => [pathOfPage(file), pageModified(head(join(root, file)))]),
			),
		);
		const lastmod = lookup(new URL(item.url).pathname);
		return lastmod ? { ...item, lastmod } : item;
	};
	return { integration, serialize };
}
