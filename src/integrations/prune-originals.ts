import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { unreferencedImages } from '../lib/assets';

const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);
const TEXT = new Set(['.html', '.xml', '.json', '.css', '.js', '.txt', '.webmanifest']);

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Deletes the built images that no page, feed or stylesheet refers to (the copied originals). */
export function pruneOriginals(dir: URL, logger: AstroIntegrationLogger): void {
	const root = fileURLToPath(dir);
	const assets = join(root, '_astro');
	const files = walk(root);
	const images = files.filter((file) => file.startsWith(assets) && IMAGE.has(extname(file).toLowerCase())).map((file) => file.slice(assets.length + 1));
	if (images.length === 0) return;
	const texts = files.filter((file) => TEXT.has(extname(file))).map((file) => readFileSync(file, 'utf8'));
	const unused = unreferencedImages(images, texts);
	for (const name of unused) rmSync(join(assets, name));
	logger.info(`${unused.length} ảnh gốc không dùng đã bị loại khỏi bản dựng (kích thước lớn, còn dữ liệu EXIF).`);
}
