/**
 * The content check: reads every content file as an editor wrote it and says what would
 * publish wrongly, naming the file, the line and the field, before Astro renders a page.
 * Per file: its text, its name, its YAML, its collection's schema (references must name
 * existing entries); then the rules that span files (`rules/`), then the uploads. Every
 * problem of the content is reported in one run. No I/O: the caller passes the files in.
 */
import { COLLECTIONS, collectionSchemas, standaloneTools, type CollectionName, type DataCollectionName } from '../schemas/collections';
import { entryId, type CheckContext, type CheckedEntry } from './context';
import { parseContentFile, validate } from './parse';
import type { ContentProblem, ContentSources } from './problem';
import { mdxSubsetProblems } from '../integrations/mdx-subset';
import { CROSS_FILE_RULES } from './rules';
import { bodyPictureProblems, entryIdProblems, extractionProblems, sizeProblem, textProblems } from './text';
import { uploadProblems } from './uploads';

export { formatProblem, type ContentProblem, type ContentSources } from './problem';

/**
 * Checks every content file and upload; errors stop the build, warnings are printed.
 * `parse` is `parseContentFile` or one that keeps its results between builds (`./parse-cache`).
 */
export function checkContent(sources: ContentSources, parse: typeof parseContentFile = parseContentFile): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids = new Map<CollectionName, Set<string>>();
	for (const source of sources.files) {
		const set = ids.get(source.collection) ?? new Set<string>();
		set.add(entryId(source.collection, source.file));
		ids.set(source.collection, set);
	}
	const idsOf = (collection: string) => ids.get(collection as CollectionName) ?? new Set<string>();
	const schemas = collectionSchemas(standaloneTools(sources.localityIds, idsOf));
	const valid = new Map<DataCollectionName, CheckedEntry<DataCollectionName>[]>();
	const planTexts = new Map<string, string>();

	const uploadFiles = new Set(sources.uploads.map((upload) => upload.file));
	for (const source of sources.files) {
		const oversize = sizeProblem(source.file, source.text);
		if (oversize) {
			problems.push(oversize);
			continue;
		}
		problems.push(...textProblems(source.file, source.text));
		const id = entryId(source.collection, source.file);
		problems.push(...entryIdProblems(source.file, id));
		const parsed = parse(source.file, source.text);
		problems.push(...parsed.problems);
		if (source.collection === 'planTexts') {
			planTexts.set(id, parsed.body);
			problems.push(...extractionProblems(parsed));
			// The same subset the MDX pipeline enforces (one definition), listed with every other problem.
			for (const refusal of mdxSubsetProblems(parsed.body))
				problems.push({
					severity: 'error',
					file: source.file,
					line: refusal.line === undefined ? undefined : parsed.bodyLine + refusal.line - 1,
					message: refusal.message,
				});
			continue;
		}
		const collection = source.collection;
		const [comment] = parsed.commentLines;
		if (comment !== undefined && COLLECTIONS[collection].cms)
			problems.push({
				severity: 'warning',
				file: source.file,
				line: comment,
				message:
					'chú thích (#) sẽ mất khi tệp được lưu qua trang quản trị: điều người sửa cần biết ghi vào gợi ý của trường trong src/schemas/',
			});
		if (collection === 'news' || collection === 'pages') problems.push(...bodyPictureProblems(parsed, uploadFiles));
		const result = validate(parsed, schemas[collection]);
		problems.push(...result.problems);
		if (result.data === undefined) continue;
		const list = valid.get(collection) ?? [];
		list.push({ id, file: source.file, data: result.data, lineOf: parsed.lineOf });
		valid.set(collection, list);
	}

	const heads = new Map(sources.uploads.map((upload) => [upload.file, upload.head]));
	const context: CheckContext = {
		idsOf,
		entries: <K extends DataCollectionName>(collection: K) => (valid.get(collection) ?? []) as CheckedEntry<K>[],
		uploads: uploadFiles,
		uploadHead: (file) => heads.get(file),
		planText: (id) => planTexts.get(id),
		schemaOf: (collection) => schemas[collection],
	};
	for (const rule of CROSS_FILE_RULES) problems.push(...rule(context));
	for (const { file, pattern } of sources.unread ?? [])
		problems.push({
			severity: 'error',
			file,
			message: `không bộ nội dung nào đọc tệp này nên nó không được đăng (thư mục chỉ nhận ${pattern})`,
		});
	for (const upload of sources.uploads) problems.push(...uploadProblems(upload));
	return problems;
}
