import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadSiteConfig } from '../config/site';
import { checkContent, formatProblem, type ContentProblem, type ContentSources } from '../lib/content-check';
import { COLLECTION_FILES, type CollectionName } from '../schemas/collections';
import { UPLOAD_FOLDERS } from '../schemas/uploads';
import { filesUnder } from './files';

/** Reads every content file and upload of the project at `root`. */
export function readContentSources(root: string): ContentSources {
	const files = (Object.entries(COLLECTION_FILES) as [CollectionName, (typeof COLLECTION_FILES)[CollectionName]][]).flatMap(
		([collection, { base, pattern }]) =>
			globSync(pattern, { cwd: join(root, base) })
				.sort()
				.map((name) => {
					const file = `${base}/${name.split('\\').join('/')}`;
					return { collection, file, text: readFileSync(join(root, file), 'utf8') };
				}),
	);
	const uploads = Object.values(UPLOAD_FOLDERS).flatMap(({ folder }) =>
		filesUnder(join(root, folder))
			.filter((name) => !name.split('/').pop()!.startsWith('.'))
			.map((name) => `${folder}/${name}`)
			.map((file) => ({ file, bytes: statSync(join(root, file)).size })),
	);
	const localityIds = loadSiteConfig(root).localities.map((locality) => locality.id);
	return { files, uploads, localityIds };
}

/** Runs the content check over the project at `root`. */
export function checkContentFolder(root: string): ContentProblem[] {
	return checkContent(readContentSources(root));
}

/**
 * Runs the content check before anything is built. A build with errors stops
 * here, naming file, line and field; the dev server prints them and goes on,
 * so an editor can fix the file while it runs.
 */
export function contentCheckIntegration(): AstroIntegration {
	return {
		name: 'portal:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				const problems = checkContentFolder(fileURLToPath(config.root));
				for (const warning of problems.filter((problem) => problem.severity === 'warning')) logger.warn(formatProblem(warning));
				const errors = problems.filter((problem) => problem.severity === 'error');
				if (errors.length === 0) return;
				const report = `Nội dung có ${errors.length} lỗi, cần sửa trước khi đăng:\n${errors.map((error) => `  - ${formatProblem(error)}`).join('\n')}`;
				if (command === 'build') throw new Error(report);
				logger.error(report);
			},
		},
	};
}
