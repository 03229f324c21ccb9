import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Decap's own serializer: what Decap writes to a file when an editor saves. */
export interface DecapFormat {
	toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => string;
	fromFile: (content: string) => Record<string, unknown>;
}

/**
 * Loads Decap's format module (decap-cms-core/dist/esm/formats/formats.js),
 * bundled for Node, and returns its formatter for a collection format, so
 * tests save entries exactly as the CMS does, never with YAML written by hand.
 */
export async function decapFormat(format: 'yaml' | 'yaml-frontmatter'): Promise<DecapFormat> {
	const out = join(mkdtempSync(join(tmpdir(), 'decap-formats-')), 'formats.mjs');
	const result = await build({
		entryPoints: [resolve('node_modules/decap-cms-core/dist/esm/formats/formats.js')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		write: false,
		logLevel: 'error',
		banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
	});
	writeFileSync(out, result.outputFiles[0]!.text);
	const { resolveFormat } = (await import(pathToFileURL(out).href)) as {
		resolveFormat: (collection: unknown, entry: unknown) => DecapFormat;
	};
	const { fromJS } = await import('immutable');
	return resolveFormat(fromJS({ format }), {});
}

/** A running decap-server over a folder, on 127.0.0.1. */
export interface DecapServer {
	url: string;
	stop: () => Promise<void>;
}

/**
 * Starts decap-server on 127.0.0.1 and a given port over `root`: in its
 * file-system mode (`npm run cms`), or its git mode over a git repository
 * (`npm run cms -- --workflow`), where drafts are branches.
 */
export async function startDecapServer(root: string, port: number, mode: 'fs' | 'git' = 'fs'): Promise<DecapServer> {
	const child: ChildProcess = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
		cwd: root,
		env: { ...process.env, BIND_HOST: '127.0.0.1', PORT: String(port), MODE: mode, GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'info' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	await new Promise<void>((ready, fail) => {
		const timer = setTimeout(() => fail(new Error('decap-server không khởi động')), 20_000);
		const watch = (chunk: Buffer) => {
			if (chunk.toString().includes('listening')) {
				clearTimeout(timer);
				ready();
			}
		};
		child.stdout?.on('data', watch);
		child.stderr?.on('data', watch);
		child.once('exit', (code) => fail(new Error(`decap-server dừng (mã ${code})`)));
	});
	return {
		url: `http://127.0.0.1:${port}/api/v1`,
		stop: () =>
			new Promise((done) => {
				child.once('exit', () => done());
				child.kill('SIGTERM');
			}),
	};
}
