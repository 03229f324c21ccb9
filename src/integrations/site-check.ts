import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isPrintPage, routes } from '../lib/routes';
import { checkBuiltSite, pageFacts, type SiteProblem } from '../lib/site-check';
import { filesUnder } from './files';

/** Print versions repeat their page's title on purpose; the 404 page may share the home description. */
const mayRepeat = (path: string) => isPrintPage(path) || path === routes.notFound;

/**
 * Checks the built site in `dir` (the CMS is left out: Decap builds its own
 * page). Reads the pages asynchronously, so the search index, built by another
 * process meanwhile, is not held up, and keeps only what the checks need.
 */
export async function checkBuiltFolder(dir: string, site: string): Promise<SiteProblem[]> {
	const files = filesUnder(dir);
	const pages = [];
	for (const file of files.filter((name) => name.endsWith('.html') && !name.startsWith('admin/'))) {
		pages.push(pageFacts({ path: `/${file.replace(/(^|\/)index\.html$/u, '$1')}`, html: await readFile(join(dir, file), 'utf8') }));
	}
	return checkBuiltSite(pages, { origin: new URL(site).origin, files: new Set(files), mayRepeat });
}

/** The problems as one error, for the build log. */
export function siteCheckError(problems: readonly SiteProblem[]): Error {
	return new Error(
		`Bản dựng có ${problems.length} lỗi:\n${problems.map((problem) => `  - ${problem.page}: ${problem.message}`).join('\n')}`,
	);
}
