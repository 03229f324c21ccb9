import { describe, expect, test } from 'vitest';
import { adminPolicy, cmsOrigins, HEADER_POLICY, PAGE_DIRECTIVES, SEARCH_SCRIPT_SOURCES } from './security-policy';

describe('public pages', () => {
	test('allow nothing from elsewhere and no unsafe keyword', () => {
		const all = [...PAGE_DIRECTIVES, ...HEADER_POLICY].join('; ');
		expect(all).not.toMatch(/unsafe|https?:|\*/u);
		expect(PAGE_DIRECTIVES).toContain("object-src 'none'");
	});

	test('only the search page adds wasm-unsafe-eval, and only that', () => {
		expect(SEARCH_SCRIPT_SOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(PAGE_DIRECTIVES.join(' ')).not.toContain('wasm');
	});

	test('the header carries what a meta tag cannot, and never script-src or style-src', () => {
		expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
		expect(HEADER_POLICY.join(' ')).not.toMatch(/script-src|style-src|default-src/u);
	});
});

describe('the CMS', () => {
	test.each([
		[undefined, undefined, []],
		[{ base_url: 'https://gitlab.com', api_root: 'https://gitlab.com/api/v4' }, undefined, ['https://gitlab.com']],
		[{ api_root: 'https://git.example.gov.vn/api/v1' }, undefined, ['https://git.example.gov.vn']],
		[
			{ base_url: 'https://oauth.example.org', api_root: 'https://api.github.com' },
			'http://127.0.0.1:8081/api/v1',
			['http://127.0.0.1:8081', 'https://api.github.com', 'https://oauth.example.org'],
		],
	])('%j reaches %j', (backend, local, expected) => {
		expect(cmsOrigins(backend, local)).toEqual(expected);
	});

	test('admin policy opens only what Decap needs, to the backend only', () => {
		const policy = adminPolicy(['https://gitlab.com']);
		expect(policy.styleSources).toContain("'unsafe-inline'");
		expect(policy.directives).toContain("connect-src 'self' blob: https://gitlab.com");
		expect(policy.directives.join(';')).not.toContain('*');
	});
});
