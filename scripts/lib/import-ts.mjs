import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Imports a TypeScript module of the project from a plain Node script: Node
 * strips types but does not resolve the extensionless imports the code (written
 * for Vite) uses, so esbuild bundles it first. Dependencies stay external.
 */
export async function importTs(entry) {
	mkdirSync('node_modules/.cache', { recursive: true });
	const dir = mkdtempSync(resolve('node_modules/.cache/portal-import-'));
	const outfile = join(dir, 'module.mjs');
	try {
		await build({
			entryPoints: [resolve(entry)],
			outfile,
			bundle: true,
			platform: 'node',
			format: 'esm',
			packages: 'external',
			logLevel: 'error',
		});
		return await import(pathToFileURL(outfile).href);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
