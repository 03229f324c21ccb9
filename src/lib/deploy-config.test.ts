import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	IMMUTABLE,
	nginxSiteConfig,
	PAGE_ONLY_HEADERS,
	POLICIES,
	RESPONSE_HEADERS,
	staticHostHeaders,
	staticHostRedirects,
	SUBRESOURCE_FOLDERS,
	WORKER_SCRIPTS,
} from './deploy-config';

/**
 * The blocks of the nginx snippet, nested ones too, by selector, each with its own lines
 * (a nested block's lines are its own, not its parent's); '' holds the server-level lines.
 */
function locations(config: string): Map<string, string> {
	const blocks = new Map<string, string>([['', '']]);
	const open: string[] = [''];
	for (const line of config.split('\n').map((text) => text.trim())) {
		const start = /^location (.+) \{$/u.exec(line);
		if (start) {
			open.push(start[1]!);
			blocks.set(start[1]!, '');
		} else if (line === '}') open.pop();
		else blocks.set(open.at(-1)!, `${blocks.get(open.at(-1)!)}${line}\n`);
	}
	return blocks;
}

const policyIn = (block: string | undefined) => /add_header Content-Security-Policy "(.+)" always;/u.exec(block ?? '')?.[1];

describe('nginx', () => {
	const config = nginxSiteConfig();

	test('the shipped snippet is the generated one (run `npm run deploy-config` after changing the policy)', () => {
		expect(readFileSync('deploy/nginx/portal-site.conf', 'utf8')).toBe(config);
	});

	test('every block that sets a header repeats the headers of every response, since nginx does not inherit them', () => {
		const blocks = [...locations(config).values()].filter((block) => block.includes('add_header'));
		expect(blocks.length).toBeGreaterThanOrEqual(10);
		for (const block of blocks) {
			for (const [name, value] of Object.entries(RESPONSE_HEADERS)) expect(block).toContain(`add_header ${name} "${value}" always;`);
		}
	});

	test('the document headers go with every document policy, and nowhere else', () => {
		const blocks = [...locations(config).entries()].filter(([, block]) => block.includes('add_header'));
		const documents = blocks.filter(([, block]) => policyIn(block) !== undefined && policyIn(block) !== POLICIES.worker);
		expect(documents.map(([selector]) => selector)).toEqual(expect.arrayContaining(['', '/', '^~ /tai-lieu/', '^~ /admin/']));
		for (const [selector, block] of blocks) {
			const isDocument = documents.some(([candidate]) => candidate === selector);
			for (const name of Object.keys(PAGE_ONLY_HEADERS))
				expect(block.includes(`add_header ${name} `), `${selector}: ${name}`).toBe(isDocument);
		}
	});

	test('what pages load from Astro and Pagefind carries no policy and no document header; other types there do', () => {
		const blocks = locations(config);
		for (const folder of SUBRESOURCE_FOLDERS) {
			// The outer block: whatever is not a known script, style, picture or index file there is treated as a document.
			expect(policyIn(blocks.get(`^~ ${folder}`)), folder).toBe(POLICIES.file);
		}
		const inner = [...blocks.entries()].filter(([selector]) => selector.startsWith('~ \\.(?:js|css|wasm'));
		expect(inner.length).toBe(1);
		expect(inner[0]![1]).not.toContain('Content-Security-Policy');
		for (const type of ['js', 'css', 'wasm', 'webp', 'pf_index', 'pf_fragment', 'pf_meta', 'pagefind'])
			expect(new RegExp(inner[0]![0].slice(2), 'u').test(`/pagefind/x.${type}`), type).toBe(true);
		for (const type of ['svg', 'html', 'xml', 'pdf'])
			expect(new RegExp(inner[0]![0].slice(2), 'u').test(`/_astro/x.${type}`), type).toBe(false);
		expect(config.match(/^ {4}location ~ \\\.\(\?:js\|css/gmu)).toHaveLength(SUBRESOURCE_FOLDERS.length);
	});

	test('each kind of response has its policy: pages, materials, admin, other files', () => {
		const blocks = locations(config);
		const policyOf = (selector: string) => policyIn(blocks.get(selector));
		expect(policyOf('/')).toBe(POLICIES.page);
		expect(policyOf('^~ /tai-lieu/')).toBe(POLICIES.file);
		expect(policyOf('^~ /admin/')).toBe(POLICIES.admin);
		expect(policyOf('~ \\.(?!html$)[^./]+$')).toBe(POLICIES.file);
		expect(blocks.get('= /admin/config.yml')).toContain('default_type text/yaml;');
	});

	test('caches hashed assets for a year, revalidates pages, types downloads, hides host files', () => {
		const blocks = locations(config);
		expect(blocks.get('^~ /_astro/')).toContain(`Cache-Control "${IMMUTABLE}"`);
		expect(blocks.get('/')).toContain('Cache-Control "no-cache"');
		expect(blocks.get('~ \\.csv$')).toContain('default_type text/csv;');
		expect(blocks.get('~ \\.ics$')).toContain('default_type text/calendar;');
		expect(blocks.get('~ ^/(?:_headers|_redirects)$')).toContain('return 404;');
		expect(config).toMatch(/^error_page 404 \/404\.html;$/mu);
		expect(config).toMatch(/^gzip on;$/mu);
	});

	test("the service worker (and Pagefind's) is revalidated and gets a policy of its own, same origin only", () => {
		expect(WORKER_SCRIPTS).toContain('/sw.js');
		for (const path of WORKER_SCRIPTS) {
			const block = locations(config).get(`= ${path}`);
			expect(block).toContain('Cache-Control "no-cache"');
			expect(block).toContain(`add_header Content-Security-Policy "${POLICIES.worker}" always;`);
		}
		expect(POLICIES.worker).toMatch(/^default-src 'self'; /u);
	});
});

describe('static hosts', () => {
	test('_headers sends the same policy and headers on every path, caches only hashed folders, and revalidates the worker', () => {
		const headers = staticHostHeaders();
		const [all, ...rest] = headers.split(/\n(?=\/)/u);
		expect(all!.split('\n')[0]).toBe('/*');
		for (const [name, value] of Object.entries({ ...RESPONSE_HEADERS, ...PAGE_ONLY_HEADERS })) expect(all).toContain(`  ${name}: ${value}`);
		expect(all).toContain(`  Content-Security-Policy: ${POLICIES.page}`);
		expect(all).not.toContain('Cache-Control');
		expect(rest.map((rule) => rule.split('\n')[0])).toEqual([
			'/_astro/*',
			'/pagefind/fragment/*',
			'/pagefind/index/*',
			'/tai-lieu/*',
			'/sw.js',
			'/pagefind/pagefind-worker.js',
			'/admin/*',
			'/admin/config.yml',
		]);
		const ruleFor = (path: string) => rest.find((rule) => rule.split('\n')[0] === path) ?? '';
		expect(ruleFor('/sw.js')).toContain("Content-Security-Policy: default-src 'self'");
	});

	test('_headers gives the admin and its YAML configuration the same rules as nginx', () => {
		const rules = new Map(
			staticHostHeaders()
				.split(/\n(?=\/)/u)
				.map((rule) => [rule.split('\n')[0]!, rule] as const),
		);
		expect(rules.get('/admin/*')).toContain(`  Content-Security-Policy: ${POLICIES.admin}\n`);
		expect(rules.get('/admin/config.yml')).toContain('  Content-Type: text/yaml; charset=utf-8\n');
		expect(rules.get('/admin/config.yml')).toContain(`  Content-Security-Policy: ${POLICIES.file}`);
		expect(locations(nginxSiteConfig()).get('= /admin/config.yml')).toContain('default_type text/yaml;');
	});

	test('_redirects uses permanent redirects', () => {
		const lines = staticHostRedirects().trimEnd().split('\n');
		expect(lines[0]).toBe('/tin-tuc/trang/1/ /tin-tuc/ 301');
		for (const line of lines) expect(line).toMatch(/^\/\S+ \/\S+ 301$/u);
	});
});
