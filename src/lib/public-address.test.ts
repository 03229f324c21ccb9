import { expect, test } from 'vitest';
import { isLoopbackHost, publicAddress, publicUrl } from './public-address';

test.each([
	['localhost', true],
	['LOCALHOST', true],
	['cms.localhost', true],
	['127.0.0.1', true],
	['127.10.0.3', true],
	['[::1]', true],
	['0.0.0.0', true],
	['so-yte.quangninh.gov.vn', false],
	['10.0.0.5', false],
	['localhost.vn', false],
])('isLoopbackHost(%s) is %s', (host, expected) => {
	expect(isLoopbackHost(host)).toBe(expected);
});

test.each([
	[undefined, undefined],
	['http://localhost:4321', undefined],
	['http://127.0.0.1:8080/', undefined],
	['ftp://example.gov.vn', undefined],
	['không phải địa chỉ', undefined],
	['https://cong.example.gov.vn', 'https://cong.example.gov.vn/'],
	['https://example.gov.vn/cong-thong-tin/', 'https://example.gov.vn/cong-thong-tin/'],
])('publicAddress(%s) is %s', (url, expected) => {
	expect(publicAddress(url)).toBe(expected);
});

test('publicUrl resolves a path on the public address, and is absent without one', () => {
	expect(publicUrl('/chien-dich/a/', 'https://cong.example.gov.vn/')).toBe('https://cong.example.gov.vn/chien-dich/a/');
	expect(publicUrl('/chien-dich/a/', undefined)).toBeUndefined();
});
