// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { loadSiteConfig, siteAddress } from './src/config/site.ts';
import { adminNoReloadPlugin } from './src/integrations/admin-no-reload.ts';
import { afterBuildIntegration } from './src/integrations/after-build.ts';
import { allOrNothingIntegration } from './src/integrations/all-or-nothing.ts';
import { contentCheckIntegration } from './src/integrations/content-check.ts';
import { sitemapLastmod } from './src/integrations/sitemap-dates.ts';
import { sectionAnchorsPlugin } from './src/integrations/section-anchors.ts';
import { mdxSubsetPlugin } from './src/integrations/mdx-subset.ts';
import { componentLayer } from './src/integrations/style-layers.ts';
import { printLinksPlugin } from './src/integrations/print-links.ts';
import { publicAddress } from './src/lib/public-address.ts';
import { isPrintPage, routes } from './src/lib/routes.ts';
import { PAGE_DIRECTIVES } from './src/lib/security-policy.ts';

const site = loadSiteConfig();
const sitemapDates = sitemapLastmod();

/**
 * Smart punctuation would change the plans' quotes and ellipses: texts are
 * published as written. Plan texts get stable section anchors (`#muc-2-4`), and
 * MDX is held to the subset a plan text needs before anything in it is evaluated
 * (src/integrations/mdx-subset.ts), in dev and build alike.
 */
const markdownProcessor = satteri({
	features: { smartPunctuation: false },
	mdastPlugins: [mdxSubsetPlugin],
	hastPlugins: [sectionAnchorsPlugin],
});

export default defineConfig({
	// Canonical links, the feed and the sitemap need an absolute address, configured or not.
	site: siteAddress(site),
	// Astro's cache (content store, incremental build manifest and page copies) lives outside
	// node_modules, which a reinstall wipes and which test copies of the project share by a link;
	// the rebuild keeps it between releases in PORTAL_CACHE_DIR (deploy/rebuild.mjs).
	cacheDir: process.env.PORTAL_CACHE_DIR ?? './.cache/astro',
	// A page with an unchanged `cacheKey` (src/data/page-keys.ts) and unchanged code is copied
	// from the last build instead of rendered: one new news item re-renders its page, its lists
	// and tags, and the pages without a key (home, feed, sitemap…), not the other 10,000 items.
	experimental: { incrementalBuild: true },
	trailingSlash: 'ignore',
	// One stylesheet for the whole site, as a file: one request, cached for every
	// later page, and no per-page style hashes in the policy.
	// Four pages in flight: writing one page's file overlaps rendering the next
	// (a 10,000-item site builds about a fifth faster; see npm run bench).
	build: { inlineStylesheets: 'never', concurrency: 4 },
	vite: {
		build: { cssCodeSplit: false },
		css: { postcss: { plugins: [componentLayer()] } },
		plugins: [printLinksPlugin(publicAddress(site.url)), adminNoReloadPlugin()],
		// Vite's pre-bundled dependencies (astro dev, npm run cms) beside Astro's cache, not in node_modules:
		// each checkout, and each test copy of the project (whose node_modules is a link), bundles its own.
		cacheDir: './.cache/vite',
	},
	// No code blocks to highlight, and Shiki's inline styles would break the policy.
	markdown: { processor: markdownProcessor, syntaxHighlight: false },
	// Hashes of each page's scripts and styles go into a <meta> policy; see src/lib/security-policy.ts.
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [...PAGE_DIRECTIVES],
			scriptDirective: { resources: ["'self'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	integrations: [
		allOrNothingIntegration(),
		contentCheckIntegration(),
		mdx({ processor: markdownProcessor, syntaxHighlight: false }),
		// Each entry's lastmod is the date its page states, or the newest of the site (content dates only).
		sitemap({
			filter: (page) => !page.includes(routes.admin) && !isPrintPage(page),
			serialize: sitemapDates.serialize,
		}),
		sitemapDates.integration,
		afterBuildIntegration(),
	],
});
