import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeHiddenUploads } from './hidden-uploads';
import { buildSearchIndex } from './pagefind';
import { pruneOriginals } from './prune-originals';
import { checkBuiltFolder, siteCheckError } from './site-check';
import { writeServiceWorker } from './service-worker';
import { writeStaticHostFiles } from './static-host-files';

/**
 * What happens to dist/ once Astro has written the pages: hidden uploads are removed and
 * Pagefind starts reading the pages at once, in its own process, while Astro finishes and
 * the sitemap is written; unused image originals are removed, the static-host files and the
 * service worker written (none of which changes an HTML page, all Pagefind reads); then the
 * search index is written while the site check runs. Any failure fails the build.
 */
export function afterBuildIntegration(): AstroIntegration {
	let site = 'http://localhost/';
	let indexing: Promise<number> | undefined;
	let folderReady = () => {};
	return {
		name: 'portal:after-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
			},
			'astro:build:generated': ({ dir, logger }) => {
				const hidden = removeHiddenUploads(fileURLToPath(dir));
				if (hidden.length > 0) logger.warn(`Không đăng ${hidden.length} tệp ẩn: ${hidden.join(', ')}.`);
				indexing = buildSearchIndex(dir, logger, new Promise((resolve) => (folderReady = resolve)));
				// Awaited in astro:build:done; a failure before then must not end the process unreported.
				indexing.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				pruneOriginals(dir, logger);
				writeStaticHostFiles(dir);
				const offline = writeServiceWorker(fileURLToPath(dir));
				logger.info(`Đọc ngoại tuyến: ${offline.files.length} tệp, phiên bản ${offline.version}.`);
				folderReady();
				const [, problems] = await Promise.all([
					indexing ?? Promise.reject(new Error('Astro không báo xong các trang (astro:build:generated).')),
					checkBuiltFolder(fileURLToPath(dir), site),
				]);
				if (problems.length > 0) throw siteCheckError(problems);
				logger.info('Mọi liên kết, mốc, tiêu đề và mô tả đều hợp lệ.');
			},
		},
	};
}
