import { isPrintPage, routes } from '../lib/routes';
import { checkBuiltSite, pageFacts, type PageFacts, type SiteProblem } from '../lib/site-check';

/** Print versions repeat their page's title on purpose; the 404 page may share the home description. */
const mayRepeat = (path: string) => isPrintPage(path) || path === routes.notFound;

/** The site check being fed: pages go in as they are read, `problems` runs the checks over all of them. */
export interface SiteChecker {
	/** Adds one built page (`file` relative to dist/, its HTML); keeps only what the checks need. */
	add: (file: string, html: string) => void;
	/** Every problem of the pages added, given every file of the build. */
	problems: (files: readonly string[]) => SiteProblem[];
}

/** A site check of the site served at `site` (the CMS is left out: Decap builds its own page). */
export function siteChecker(site: string): SiteChecker {
	const pages: PageFacts[] = [];
	return {
		add(file, html) {
			if (file.startsWith('admin/')) return;
			pages.push(pageFacts({ path: `/${file.replace(/(^|\/)index\.html$/u, '$1')}`, html }));
		},
		problems: (files) => checkBuiltSite(pages, { origin: new URL(site).origin, files: new Set(files), mayRepeat }),
	};
}

/** The problems as one error, for the build log. */
export function siteCheckError(problems: readonly SiteProblem[]): Error {
	return new Error(
		`Bản dựng có ${problems.length} lỗi:\n${problems.map((problem) => `  - ${problem.page}: ${problem.message}`).join('\n')}`,
	);
}
