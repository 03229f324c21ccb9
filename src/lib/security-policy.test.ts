import { describe, expect, test } from 'vitest';
import {
	adminHeaderPolicy,
	adminPolicy,
	cmsOrigins,
	DOCUMENT_HEADERS,
	FILE_POLICY,
	PAGE_DIRECTIVES,
	PAGE_HEADER_POLICY,
	RESOURCE_HEADERS,
	SEARCH_SCRIPT_SOURCES,
} from './security-policy';

describe('public pages', () => {
	test('allow nothing from elsewhere and no unsafe keyword', () => {
		const all = PAGE_DIRECTIVES.join('; ');
		expect(all).not.toMatch(/unsafe|https?:|\*/u);
		expect(PAGE_DIRECTIVES).toContain("object-src 'none'");
	});

	test('only the search page adds wasm-unsafe-eval, and only that', () => {
		expect(SEARCH_SCRIPT_SOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(PAGE_DIRECTIVES.join(' ')).not.toContain('wasm');
	});

	test('the header policy stands alone: every fetch directive, and what the meta cannot carry', () => {
		const header = PAGE_HEADER_POLICY.join('; ');
		for (const directive of ['default-src', 'script-src', 'style-src', 'img-src', 'base-uri', 'frame-ancestors', 'form-action'])
			expect(header).toMatch(new RegExp(`(^|; )${directive} `, 'u'));
		expect(PAGE_HEADER_POLICY).toContain("object-src 'none'");
		expect(PAGE_HEADER_POLICY).toContain("frame-ancestors 'none'");
		// At least what the search page's meta needs: the meta narrows inline code to its hashes.
		expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'");
		expect(header).not.toMatch(/https?:|\*|'unsafe-eval'/u);
	});

	test('files that are not pages run nothing, in a sandbox', () => {
		expect(FILE_POLICY[0]).toBe("default-src 'none'");
		expect(FILE_POLICY).toContain("script-src 'none'");
		expect(FILE_POLICY.at(-1)).toBe('sandbox');
	});

	test('HSTS has a value, without includeSubDomains or preload; no obsolete permission', () => {
		expect(RESOURCE_HEADERS['Strict-Transport-Security']).toBe('max-age=31536000');
		expect(DOCUMENT_HEADERS['Permissions-Policy']).not.toMatch(/interest-cohort|document-domain|vibrate/u);
		expect(RESOURCE_HEADERS['Cross-Origin-Resource-Policy']).toBe('same-origin');
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

test('the admin header policy allows what its meta does, for any HTTPS backend', () => {
	const header = adminHeaderPolicy().join('; ');
	expect(header).toContain("script-src 'self' 'unsafe-eval' 'unsafe-inline'");
	expect(header).toContain("connect-src 'self' blob: https:");
	expect(header).toContain("frame-ancestors 'none'");
	expect(header).toContain("object-src 'none'");
});
