/**
 * Every public URL of the site, built here and nowhere else. Each route names the file under
 * `src/pages/` (or the build step) that serves it, and `routes.test.ts` fails when that file is
 * renamed. A shape changed here changes a published address: add a redirect (`deploy-config.ts`).
 */

const plans = '/ke-hoach/';
const legal = '/van-ban/';
const campaigns = '/chien-dich/';
const news = '/tin-tuc/';
const tags = `${news}chu-de/`;
const datasets = '/so-lieu/';
const help = '/ho-tro/';
const agencies = '/co-quan/';
const admin = '/admin/';
const materials = '/tai-lieu/';
/** The last segment of a print page. */
const print = 'in/';

export const routes = {
	/** Home page (`index.astro`). */
	home: '/',
	/** The page nginx and static hosts serve for an unknown address (`404.astro`). */
	notFound: '/404.html',
	/** A static page of `content/pages/` without a route of its own (`[page].astro`). */
	staticPage: (id: string) => `/${id}/`,
	/** About the portal and who runs it (`gioi-thieu.astro`). */
	about: '/gioi-thieu/',
	/** Accessibility statement (`tuyen-bo-tiep-can.astro`). */
	accessibility: '/tuyen-bo-tiep-can/',
	/** The editors' guide, a static page of `content/pages/` (`[page].astro`). */
	editorGuide: '/huong-dan-bien-tap/',
	/** Search, with its state in the query string (`tim-kiem/index.astro`). */
	search: '/tim-kiem/',
	/** Where a reader opts in to keep help, the campaign sheets and the plans for reading offline (`doc-ngoai-tuyen.astro`). */
	offline: '/doc-ngoai-tuyen/',
	/** The service worker that keeps them, written after the build (`src/integrations/service-worker.ts`). */
	serviceWorker: '/sw.js',

	/** List of plans (`ke-hoach/index.astro`). */
	plans,
	/** A plan with its full text (`ke-hoach/[id]/index.astro`). */
	plan: (id: string) => `${plans}${id}/`,
	/** A plan's source text as received, byte for byte (`ke-hoach/[id]/van-ban-goc.txt.ts`). */
	planSource: (id: string) => `${plans}${id}/van-ban-goc.txt`,
	/** Plans of one year (`ke-hoach/nam/[year].astro`). */
	plansOfYear: (year: number) => `${plans}nam/${year}/`,
	/** Plans of one locality (`ke-hoach/dia-ban/[locality].astro`). */
	plansOfLocality: (locality: string) => `${plans}dia-ban/${locality}/`,

	/** List of the documents the plans rest on or cite (`van-ban/index.astro`). */
	legalDocuments: legal,
	/** One cited document (`van-ban/[id].astro`). */
	legalDocument: (id: string) => `${legal}${id}/`,

	/** Duties by agency, every agency (`co-quan/index.astro`). */
	agencies,
	/** One agency's duties; `slug` is the agency name slugified (`co-quan/[locality]/[agency].astro`). */
	agency: (locality: string, slug: string) => `${agencies}${locality}/${slug}/`,

	/** List of campaigns (`chien-dich/index.astro`). */
	campaigns,
	/** Every campaign in one calendar file (`chien-dich/lich.ics.ts`). */
	campaignsCalendar: `${campaigns}lich.ics`,
	/** A campaign (`chien-dich/[id]/index.astro`). */
	campaign: (id: string) => `${campaigns}${id}/`,
	/** A campaign's A4 print page (`chien-dich/[id]/in.astro`). */
	campaignPrint: (id: string) => `${campaigns}${id}/${print}`,
	/** A campaign as a yearly calendar event (`chien-dich/[id].ics.ts`). */
	campaignCalendar: (id: string) => `${campaigns}${id}.ics`,
	/** A campaign's loudspeaker script (`chien-dich/[id]/loa-truyen-thanh.txt.ts`). */
	campaignScript: (id: string) => `${campaigns}${id}/loa-truyen-thanh.txt`,

	/** List of news, page 1 (`tin-tuc/index.astro`; later pages by `pageHref`). */
	news,
	/** A news item (`tin-tuc/[id]/index.astro`). */
	newsItem: (id: string) => `${news}${id}/`,
	/** Every news topic (`tin-tuc/chu-de/index.astro`). */
	tags,
	/** News of one topic, page 1; `slug` is the tag slugified (`tin-tuc/chu-de/[tag]/index.astro`). */
	tag: (slug: string) => `${tags}${slug}/`,
	/** RSS feed of the latest news (`rss.xml.ts`). */
	feed: '/rss.xml',

	/** Every dataset (`so-lieu/index.astro`). */
	datasets,
	/** One target's dataset, id `<plan>-<target>` (`so-lieu/[id]/index.astro`). */
	dataset: (id: string) => `${datasets}${id}/`,
	/** A dataset as CSV (`so-lieu/[id].csv.ts`). */
	datasetCsv: (id: string) => `${datasets}${id}.csv`,
	/** A dataset as JSON (`so-lieu/[id].json.ts`). */
	datasetJson: (id: string) => `${datasets}${id}.json`,
	/** A dataset as a spreadsheet (`so-lieu/[id].xlsx.ts`). */
	datasetXlsx: (id: string) => `${datasets}${id}.xlsx`,
	/** Every dataset described for open-data portals, DCAT as JSON-LD (`so-lieu/danh-muc.jsonld.ts`). */
	dataCatalogue: `${datasets}danh-muc.jsonld`,
	/** Every data file in one archive (`so-lieu/[archive].zip.ts`). */
	allData: `${datasets}tat-ca.zip`,
	/** The portal's weekly news cadence (`so-lieu/nhip-dang-tin/index.astro`). */
	cadence: `${datasets}nhip-dang-tin/`,
	/** The cadence as CSV (`so-lieu/nhip-dang-tin.csv.ts`). */
	cadenceCsv: `${datasets}nhip-dang-tin.csv`,
	/** The cadence as JSON (`so-lieu/nhip-dang-tin.json.ts`). */
	cadenceJson: `${datasets}nhip-dang-tin.json`,
	/** The cadence as a spreadsheet (`so-lieu/nhip-dang-tin.xlsx.ts`). */
	cadenceXlsx: `${datasets}nhip-dang-tin.xlsx`,

	/** Where to get help (`ho-tro/index.astro`). */
	help,
	/** Help in one locality (`ho-tro/dia-ban/[locality].astro`). */
	helpInLocality: (locality: string) => `${help}dia-ban/${locality}/`,

	/** Entry page for people who use drugs and their families (`danh-cho/nguoi-dan/index.astro`). */
	forFamilies: '/danh-cho/nguoi-dan/',
	/** Entry page for schools (`danh-cho/nha-truong/index.astro`). */
	forSchools: '/danh-cho/nha-truong/',
	/** Entry page for officials (`danh-cho/can-bo/index.astro`). */
	forOfficials: '/danh-cho/can-bo/',

	/** The CMS (`admin/index.astro`). */
	admin,
	/** Decap's configuration, generated from the content model (`admin/config.yml.ts`). */
	adminConfig: `${admin}config.yml`,
	/** Rules for crawlers (`robots.txt.ts`). */
	robots: '/robots.txt',
	/** The sitemap index, written by `@astrojs/sitemap` (`astro.config.mjs`). */
	sitemap: '/sitemap-index.xml',
	/** The site's icon (`public/favicon.svg`). */
	favicon: '/favicon.svg',
	/** Where campaign materials editors upload into `public/tai-lieu/` are published, as they are. */
	materials,
	/** One uploaded campaign material. */
	material: (file: string) => `${materials}${file}`,
} as const;

/**
 * The search index's script, written by Pagefind after the build (`src/integrations/pagefind.ts`).
 * Outside `routes` so that the search page's script, which loads it, bundles this string alone.
 */
export const pagefindScript = '/pagefind/pagefind.js';

/** The ids of the indexed pages ordered by date, beside the index (`dateOrder`, src/lib/search-query.ts). */
export const searchDateOrder = '/pagefind/thu-tu-ngay.json';

/**
 * "Is it live yet?": the rebuild's record, written by `deploy/rebuild.mjs` outside the release
 * and served by the shipped nginx server block (`deploy/nginx/example-server.conf`), not by the
 * build; the admin page reads it (`cms/status.ts`).
 */
export const buildStatusPath = `${admin}trang-thai.json`;

/** Page `n` of a list by the page-N rule, page 1 included. */
const numberedPage = (base: string, n: number) => `${base}trang/${n}/`;

/** The URL of page `n` of a list whose first page is `base` (`/tin-tuc/` → `/tin-tuc/trang/2/`). */
export function pageHref(base: string, n: number): string {
	return n <= 1 ? base : numberedPage(base, n);
}

/** Where page 1 would be by the page-N rule (`/tin-tuc/trang/1/`): it is redirected to the list. */
export const firstPageAlias = (base: string): string => numberedPage(base, 1);

/** A print page, which repeats its page's title and stays out of the sitemap. */
export const isPrintPage = (path: string): boolean => path.endsWith(`/${print}`);

/** What a page is, by its address: the type a search result shows. */
export type PageKind = 'plan' | 'legal' | 'news' | 'campaign' | 'data' | 'help' | 'agency' | 'page';

/** Segments under a list that are lists themselves, not items (`/ke-hoach/nam/2025/`). */
const LIST_SEGMENTS = new Set(['nam', 'dia-ban', 'chu-de', 'trang']);

/**
 * The kind of the page at `path`: an item under a section's list is of that section's kind
 * (a plan, a document, a news item…), help and the families' entry page are help, and
 * every list and other page is a page.
 */
export function pageKind(path: string): PageKind {
	if (path.startsWith(help) || path === routes.forFamilies) return 'help';
	const item = (section: string) => {
		if (!path.startsWith(section) || path === section) return false;
		return !LIST_SEGMENTS.has(path.slice(section.length).split('/')[0] ?? '');
	};
	if (item(plans)) return 'plan';
	if (item(legal)) return 'legal';
	if (item(news)) return 'news';
	if (item(campaigns)) return 'campaign';
	if (item(datasets)) return 'data';
	if (path.startsWith(agencies) && path !== agencies) return 'agency';
	return 'page';
}

/** A section of a page: its URL with the section's anchor (`/ke-hoach/x/#muc-2`). */
export const anchorHref = (path: string, anchor: string): string => `${path}#${anchor}`;
