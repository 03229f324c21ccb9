import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { IMMUTABLE, nginxSiteConfig, POLICIES, RESPONSE_HEADERS, staticHostHeaders, staticHostRedirects } from './deploy-config';

/** The blocks of the nginx snippet, by selector, each with its lines. */
function locations(config: string): Map<string, string> {
	return new Map([...config.matchAll(/^location (.+?) \{\n([\s\S]*?)^\}/gmu)].map((match) => [match[1]!, match[2]!]));
}

describe('nginx', () => {
	const config = nginxSiteConfig();

	test('the shipped snippet is the generated one (run `npm run deploy-config` after changing the policy)', () => {
		expect(readFileSync('deploy/nginx/portal-site.conf', 'utf8')).toBe(config);
	});

	test('every block that sets a header repeats all security headers, since nginx does not inherit them', () => {
		const blocks = [...locations(config).values()].filter((block) => block.includes('add_header'));
		expect(blocks.length).toBeGreaterThanOrEqual(5);
		for (const block of blocks) {
			for (const name of [...Object.keys(RESPONSE_HEADERS), 'Content-Security-Policy'])
				expect(block).toMatch(new RegExp(`add_header ${name} ".+" always;`, 'u'));
		}
	});

	test('each kind of response has its policy: pages, materials, admin, other files', () => {
		const blocks = locations(config);
		const policyOf = (selector: string) => /add_header Content-Security-Policy "(.+)" always;/u.exec(blocks.get(selector) ?? '')?.[1];
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

	test('the service worker is revalidated and gets a policy of its own, same origin only', () => {
		const block = locations(config).get('= /sw.js');
		expect(block).toContain('Cache-Control "no-cache"');
		expect(block).toContain(`add_header Content-Security-Policy "${POLICIES.asset}" always;`);
		expect(POLICIES.asset).toMatch(/^default-src 'self'; /u);
	});
});

describe('static hosts', () => {
	test('_headers sends the same policy and headers on every path, caches only hashed folders, and revalidates the worker', () => {
		const headers = staticHostHeaders();
		const [all, ...rest] = headers.split(/\n(?=\/)/u);
		expect(all!.split('\n')[0]).toBe('/*');
		for (const [name, value] of Object.entries(RESPONSE_HEADERS)) expect(all).toContain(`  ${name}: ${value}`);
		expect(all).toContain(`  Content-Security-Policy: ${POLICIES.page}`);
		expect(all).not.toContain('Cache-Control');
		expect(rest.map((rule) => rule.split('\n')[0])).toEqual([
			'/_astro/*',
			'/pagefind/fragment/*',
			'/pagefind/index/*',
			'/tai-lieu/*',
			'/sw.js',
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
