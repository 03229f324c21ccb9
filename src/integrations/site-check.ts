import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltSite, type SiteProblem } from '../lib/site-check';

/** Print versions repeat their page's title on purpose; the 404 page has no twin but may share the home description. */
const mayRepeat = (path: string) => /\/in\/$/u.test(path) || path === '/404.html';

/** Checks the built site in `dir` (the CMS is left out: Decap builds its own page). */
export function checkBuiltFolder(dir: string, site: string): SiteProblem[] {
	const files = globSync('**/*', { cwd: dir, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length).replace(/^[\\/]/u, '').split('\\').join('/'));
	const pages = files
		.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
		.map((file) => ({ path: `/${file.replace(/(^|\/)index\.html$/u, '$1')}`, html: readFileSync(join(dir, file), 'utf8') }));
	return checkBuiltSite(pages, { origin: new URL(site).origin, files: new Set(files), mayRepeat });
}

/**
 * Fails the build when a link or an anchor leads nowhere, a link to another
 * site lacks rel="noopener", something loads from another origin, or two pages
 * share a title or a description. Runs after the search index is written.
 */
export function siteCheckIntegration(): AstroIntegration {
	let site = 'http://localhost/';
	return {
		name: 'portal:site-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.site) site = config.site;
			},
			'astro:build:done': ({ dir, logger }) => {
				const problems = checkBuiltFolder(fileURLToPath(dir), site);
				if (problems.length > 0) {
					throw new Error(`Bản dựng có ${problems.length} lỗi:\n${problems.map((problem) => `  - ${problem.page}: ${problem.message}`).join('\n')}`);
				}
				logger.info('Mọi liên kết, mốc, tiêu đề và mô tả đều hợp lệ.');
			},
		},
	};
}
