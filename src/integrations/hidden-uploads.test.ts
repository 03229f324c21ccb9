import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { removeHiddenUploads } from './hidden-uploads';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

test('dotfiles and dot-folders under the materials folder leave dist/, the rest stays', () => {
	dist = mkdtempSync(join(tmpdir(), 'portal-hidden-'));
	for (const path of [
		'tai-lieu/.trang.html',
		'tai-lieu/.cu/to-roi.pdf',
		'tai-lieu/to-roi.pdf',
		'tai-lieu/nam/.x.txt',
		'.well-known/security.txt',
	]) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), 'x');
	}
	expect(removeHiddenUploads(dist)).toEqual(['tai-lieu/.cu', 'tai-lieu/.trang.html', 'tai-lieu/nam/.x.txt']);
	expect(existsSync(join(dist, 'tai-lieu/.trang.html'))).toBe(false);
	expect(existsSync(join(dist, 'tai-lieu/.cu'))).toBe(false);
	expect(existsSync(join(dist, 'tai-lieu/nam/.x.txt'))).toBe(false);
	expect(existsSync(join(dist, 'tai-lieu/to-roi.pdf'))).toBe(true);
	// Outside the upload folders, a dot-name is the project's own (security.txt).
	expect(existsSync(join(dist, '.well-known/security.txt'))).toBe(true);
});

test('no materials folder, nothing to remove', () => {
	dist = mkdtempSync(join(tmpdir(), 'portal-hidden-'));
	expect(removeHiddenUploads(dist)).toEqual([]);
});
