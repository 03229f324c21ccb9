import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from './files';
import { removeHiddenUploads } from './hidden-uploads';
import { openSearchIndex } from './pagefind';
import { pruneOriginals } from './prune-originals';
import { siteCheckError, siteChecker } from './site-check';
import { writeServiceWorker } from './service-worker';
import { writeStaticHostFiles } from './static-host-files';

/**
 * What happens to dist/ once Astro has written the pages: hidden uploads and unused image
 * originals are removed, the static-host files and the service worker written, then every
 * page is read once for both the search index and the site check: Pagefind parses each
 * page's extract in its own process while this one reads the next page and takes what the
 * check needs, and writes the index while the checks run. Any failure fails the build.
 */
export function afterBuildIntegration(): AstroIntegration {
	let site = 'http://localhost/';
	return {
		name: 'portal:after-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const hidden = removeHiddenUploads(fileURLToPath(dir));
				if (hidden.length > 0) logger.warn(`Không đăng ${hidden.length} tệp ẩn: ${hidden.join(', ')}.`);
				pruneOriginals(dir, logger);
				writeStaticHostFiles(dir);
				const offline = writeServiceWorker(fileURLToPath(dir));
				logger.info(`Đọc ngoại tuyến: ${offline.files.length} tệp, phiên bản ${offline.version}.`);
				const root = fileURLToPath(dir);
				const started = performance.now();
				const search = await openSearchIndex(dir, logger);
				try {
					const files = filesUnder(root);
					const checker = siteChecker(site);
					for (const file of files.filter((name) => name.endsWith('.html'))) {
						const html = await readFile(join(root, file), 'utf8');
						search.add(file, html);
						checker.add(file, html);
					}
					const read = performance.now();
					const [, problems] = await Promise.all([search.write(), Promise.resolve().then(() => checker.problems(files))]);
					if (problems.length > 0) throw siteCheckError(problems);
					logger.info(
						`Mọi liên kết, mốc, tiêu đề và mô tả đều hợp lệ (đọc các trang ${Math.round(read - started)} ms, ghi chỉ mục ${Math.round(performance.now() - read)} ms).`,
					);
				} finally {
					await search.close();
				}
			},
		},
	};
}
