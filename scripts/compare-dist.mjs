#!/usr/bin/env node
/**
 * `node scripts/compare-dist.mjs A B`: are two builds the same site? Lists files only in
 * one of them and files whose text differs once whitespace and the policy hashes (which
 * follow every change of an inline script or style) are set aside. A refactor is checked
 * this way: build before and after with the same PORTAL_NOW, then compare.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readdirSync } from 'node:fs';

function filesUnder(root, dir = root) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path)];
	});
}

const TEXT = /\.(?:html|xml|txt|csv|json|ics|css|js|yml|svg|webmanifest)$/u;

/**
 * Text with runs of whitespace made one space, whitespace between two tags dropped, and policy
 * hashes blanked. A space lost or gained inside a sentence ("mỗi tuần, 26 tuần" against
 * "mỗi tuần,26tuần", as Astro's JSX-style compression does to a line break) still counts.
 */
function comparable(text) {
	return text
		.replace(/'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/gu, "'sha'")
		.replace(/\s+/gu, ' ')
		.replace(/> </gu, '><');
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
	console.error('Cách dùng: node scripts/compare-dist.mjs <dist-cũ> <dist-mới>');
	process.exit(2);
}
const left = new Set(filesUnder(a));
const right = new Set(filesUnder(b));
const onlyLeft = [...left].filter((file) => !right.has(file)).sort();
const onlyRight = [...right].filter((file) => !left.has(file)).sort();
const changed = [...left]
	.filter((file) => right.has(file))
	.filter((file) => {
		const x = readFileSync(join(a, file));
		const y = readFileSync(join(b, file));
		if (x.equals(y)) return false;
		return !TEXT.test(file) || comparable(x.toString('utf8')) !== comparable(y.toString('utf8'));
	})
	.sort();
for (const file of onlyLeft) console.log(`- ${file}`);
for (const file of onlyRight) console.log(`+ ${file}`);
for (const file of changed) console.log(`~ ${file}`);
console.log(
	`${left.size} / ${right.size} tệp; chỉ ở bản cũ ${onlyLeft.length}, chỉ ở bản mới ${onlyRight.length}, khác nội dung ${changed.length}.`,
);
process.exit(onlyLeft.length + onlyRight.length + changed.length === 0 ? 0 : 1);
