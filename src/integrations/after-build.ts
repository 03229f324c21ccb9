import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeHiddenUploads } from './hidden-uploads';
import { buildSearchIndex } from './pagefind';
import { pruneOriginals } from './prune-originals';
import { checkBuiltFolder, siteCheckError } from './site-check';
import { writeServiceWorker } from './service-worker';
import { writeStaticHostFiles } from './static-host-files';

/**
 * What happens to dist/ once Astro has written the pages: hidden uploads and unused image
 * originals are removed, the static-host files and the service worker written, then the search index
 * is built while the site check runs (Pagefind works in its own process, so
 * the two overlap). Any failure fails the build.
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
				const [, problems] = await Promise.all([buildSearchIndex(dir, logger), checkBuiltFolder(fileURLToPath(dir), site)]);
				if (problems.length > 0) throw siteCheckError(problems);
				logger.info('Mọi liên kết, mốc, tiêu đề và mô tả đều hợp lệ.');
			},
		},
	};
}
