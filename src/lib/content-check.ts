/**
 * The content check: reads every content file as an editor wrote it and says
 * what would publish wrongly, naming the file, the line and the field, before
 * Astro renders a page. It reads YAML as YAML 1.2, where `2026-02-30` stays a
 * string and fails as a date (a YAML 1.1 reader turns it into 2 March). No I/O:
 * the caller passes the files in.
 */
import { posix } from 'node:path';
import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { COLLECTION_FILES, collectionSchemas, standaloneTools, type CollectionName } from '../schemas/collections';
import { SLUG_PATTERN } from '../schemas/fields';
import { MAX_UPLOAD_BYTES, UPLOAD_FOLDERS } from '../schemas/uploads';
import { joinIndicatorFiles, type Observation } from './indicators';
import { findExtractionDamage, type ExtractionFinding } from './syllables';
import { findControlCharacters, findNonNfcLines } from './text';

/** Something wrong in a content file. Errors stop the build; warnings are printed. */
export interface ContentProblem {
	severity: 'error' | 'warning';
	/** Path relative to the project root. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
	/** The field, as a dotted path ("editions.0.materials.1.file"). */
	field?: string | undefined;
	message: string;
}

/** A content file as read from disk. */
export interface SourceFile {
	collection: CollectionName;
	/** Path relative to the project root, with forward slashes. */
	file: string;
	text: string;
}

/** An uploaded file: where it is and how big. */
export interface UploadedFile {
	file: string;
	bytes: number;
}

/** "content/news/x.md:4: title: không được để trống". */
export function formatProblem(problem: ContentProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** A content file with its data parsed: a YAML file, or the front matter of a Markdown or MDX file. */
export interface ParsedFile {
	file: string;
	/** The parsed data; undefined when the YAML is broken. */
	data: unknown;
	/** The Markdown after the front matter (empty for YAML files). */
	body: string;
	/** 1-based line of the body's first line. */
	bodyLine: number;
	/** The line of a field, or of its nearest parent that exists. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	problems: ContentProblem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/u;

function lineCount(text: string): number {
	return text.split('\n').length - 1;
}

/** Parses a content file, keeping where each field stands. */
export function parseContentFile(file: string, text: string): ParsedFile {
	const isYaml = /\.ya?ml$/u.test(file);
	const frontMatter = isYaml ? undefined : FRONT_MATTER.exec(text);
	const yamlText = isYaml ? text : (frontMatter?.[1] ?? '');
	const lineOffset = frontMatter ? 1 : 0;
	const body = isYaml ? '' : frontMatter ? text.slice(frontMatter[0].length) : text;
	const bodyLine = frontMatter ? lineCount(frontMatter[0]) + 1 : 1;
	const lineCounter = new LineCounter();
	const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
	const problems: ContentProblem[] = document.errors.map((error) => ({
		severity: 'error',
		file,
		line: error.linePos ? error.linePos[0].line + lineOffset : undefined,
		message: `YAML không hợp lệ: ${error.message.split('\n')[0]}`,
	}));
	// The line of the deepest key (or list item) on the path that exists.
	const lineOf = (path: readonly PropertyKey[]) => {
		const lineAt = (node: { range?: [number, number, number] | null | undefined } | null | undefined) =>
			node?.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined;
		let node: unknown = document.contents;
		let line = lineAt(document.contents as Parameters<typeof lineAt>[0]);
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
				if (!pair) break;
				line = lineAt(pair.key as Parameters<typeof lineAt>[0]) ?? line;
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
				node = node.items[segment];
				line = lineAt(node as Parameters<typeof lineAt>[0]) ?? line;
			} else break;
		}
		return line;
	};
	return { file, data: problems.length > 0 ? undefined : (document.toJS() ?? {}), body, bodyLine, lineOf, problems };
}

const viLocale = z.locales.vi().localeError;

/** Vietnamese messages, and "chưa điền" for a required field left out. */
const vietnameseErrors: z.core.$ZodErrorMap = (issue) =>
	issue.code === 'invalid_type' && issue.input === undefined ? 'bắt buộc, chưa điền' : viLocale(issue);

/** Validates parsed data against a schema; returns the output, or the problems with their lines. */
export function validate<T extends z.ZodType>(parsed: ParsedFile, schema: T): { data?: z.output<T>; problems: ContentProblem[] } {
	if (parsed.data === undefined) return { problems: [] };
	const result = schema.safeParse(parsed.data, { error: vietnameseErrors });
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: result.error.issues.map((issue) => ({
			severity: 'error',
			file: parsed.file,
			line: parsed.lineOf(issue.path),
			field: issue.path.join('.') || undefined,
			message: issue.message,
		})),
	};
}

/** Hidden control characters are errors; text not in NFC is normalised on the way out, so only a warning. */
export function textProblems(file: string, text: string): ContentProblem[] {
	const controls = findControlCharacters(text).map((hit): ContentProblem => ({
		severity: 'error',
		file,
		line: hit.line,
		message: `ký tự điều khiển ẩn ${hit.codePoint} ở cột ${hit.column} (thường do dán từ PDF hoặc Word): hãy xoá và gõ lại`,
	}));
	const decomposed = findNonNfcLines(text).map((line): ContentProblem => ({
		severity: 'warning',
		file,
		line,
		message: 'chữ có dấu ở dạng tổ hợp (NFD); bản đăng dùng dạng dựng sẵn (NFC). Nên lưu tệp ở dạng NFC.',
	}));
	return [...controls, ...decomposed];
}

/**
 * The prose of an MDX plan text, line for line: JSX tags, link targets and
 * Markdown marks become spaces and escapes ("1\\.") their character, so a
 * finding keeps its line number.
 */
export function proseOfMdx(body: string): string {
	return body
		.split('\n')
		.map((line) =>
			line
				.replace(/<[^>]*>/gu, ' ')
				.replace(/\]\([^)]*\)/gu, ' ')
				.replace(/^\s*(?:#{1,6}|[-*+]|\d+\.)\s/u, ' ')
				.replace(/[*_`|[\]]/gu, ' ')
				.replace(/\\(\p{P}|\p{S})/gu, '$1'),
		)
		.join('\n');
}

const EXTRACTION_MESSAGES: Record<ExtractionFinding['reason'], (token: string) => string> = {
	'not-a-syllable': (token) => `"${token}" không phải một âm tiết tiếng Việt: có thể mất chữ khi chép từ PDF`,
	'unknown-abbreviation': (token) =>
		`"${token}" là chữ viết tắt chưa biết: kiểm tra với văn bản gốc, hoặc thêm vào danh sách chữ viết tắt (src/lib/syllables.ts)`,
	'letters-and-digits': (token) => `"${token}": chữ dính liền số, thường do mất dấu cách hoặc mất chữ khi chép từ PDF`,
	'stray-number': (token) => `số "${token}" lạc giữa câu: có thể là số trang của bản PDF`,
	'suspect-syllable': (token) => `"${token}" thường là phần còn lại của một chữ bị mất ký tự ("biu" của "biểu", "hung" của "huống")`,
};

/** Broken extraction in a plan's full text, by line. */
export function extractionProblems(parsed: ParsedFile): ContentProblem[] {
	return findExtractionDamage(proseOfMdx(parsed.body)).map((finding) => ({
		severity: 'error',
		file: parsed.file,
		line: parsed.bodyLine + finding.line - 1,
		message: EXTRACTION_MESSAGES[finding.reason](finding.token),
	}));
}

/** The entry id Astro gives a file: its path inside the collection folder, without extension. */
export function entryId(collection: CollectionName, file: string): string {
	return file.slice(COLLECTION_FILES[collection].base.length + 1).replace(/\.[^./]+$/u, '');
}

/** Uploads in the wrong format or over the size limit. */
export function uploadProblems(upload: UploadedFile): ContentProblem[] {
	const rule = Object.values(UPLOAD_FOLDERS).find((candidate) => upload.file.startsWith(`${candidate.folder}/`));
	if (!rule) return [];
	const problems: ContentProblem[] = [];
	const extension = upload.file.split('.').pop()?.toLowerCase() ?? '';
	if (!(rule.extensions as readonly string[]).includes(extension)) {
		const heic = extension === 'heic' || extension === 'heif' ? ' Ảnh HEIC của iPhone hãy chuyển sang JPEG rồi tải lại.' : '';
		problems.push({
			severity: 'error',
			file: upload.file,
			message: `định dạng .${extension} không được nhận ở ${rule.folder}/ (nhận: ${rule.extensions.join(', ')}).${heic}`,
		});
	}
	if (upload.bytes > MAX_UPLOAD_BYTES) {
		const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
		problems.push({
			severity: 'error',
			file: upload.file,
			message: `tệp ${mb(upload.bytes)} MB, vượt giới hạn ${mb(MAX_UPLOAD_BYTES)} MB: hãy nén hoặc thu nhỏ rồi tải lại`,
		});
	}
	return problems;
}

/** What `checkContent` reads. */
export interface ContentSources {
	files: readonly SourceFile[];
	uploads: readonly UploadedFile[];
	localityIds: readonly string[];
}

/** Shapes of validated data the cross-file checks read. */
interface PlanData {
	year: number;
	targets: { id: string; kind: 'count' | 'percent' | 'ratio' }[];
}
interface IndicatorData {
	plan: string;
	target: string;
	observations: Observation[];
}
interface NewsData {
	image?: { src: string } | undefined;
}
interface CampaignData {
	materials: { file: string }[];
}

/**
 * Checks every content file and upload: text, YAML, the schema of its
 * collection (references must point to existing entries), file names, and the
 * rules that span files (a plan and its full text, ids shared by plans and
 * documents, results against targets, pictures and materials that exist).
 */
export function checkContent(sources: ContentSources): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids = new Map<string, Set<string>>();
	for (const source of sources.files) {
		const set = ids.get(source.collection) ?? new Set<string>();
		set.add(entryId(source.collection, source.file));
		ids.set(source.collection, set);
	}
	const idsOf = (collection: string) => ids.get(collection) ?? new Set<string>();
	const schemas = collectionSchemas(standaloneTools(sources.localityIds, idsOf));
	const uploaded = new Set(sources.uploads.map((upload) => upload.file));
	const valid = new Map<string, { parsed: ParsedFile; data: unknown }>();

	for (const source of sources.files) {
		problems.push(...textProblems(source.file, source.text));
		const id = entryId(source.collection, source.file);
		if (!SLUG_PATTERN.test(id)) {
			problems.push({
				severity: 'error',
				file: source.file,
				message:
					'tên tệp phải là chữ thường không dấu, chữ số và gạch ngang (ví dụ 2025-06-01-hop-bao.md), đặt ngay trong thư mục của mục, không trong thư mục con: tên tệp là địa chỉ của trang',
			});
		}
		const parsed = parseContentFile(source.file, source.text);
		problems.push(...parsed.problems);
		if (source.collection === 'planTexts') {
			problems.push(...extractionProblems(parsed));
			if (!idsOf('plans').has(id))
				problems.push({
					severity: 'error',
					file: source.file,
					message: `không có kế hoạch ${COLLECTION_FILES.plans.base}/${id}.yaml tương ứng`,
				});
			continue;
		}
		const result = validate(parsed, schemas[source.collection]);
		problems.push(...result.problems);
		if (result.data !== undefined) valid.set(source.file, { parsed, data: result.data });
	}

	for (const id of idsOf('plans')) {
		if (!idsOf('planTexts').has(id))
			problems.push({
				severity: 'error',
				file: `${COLLECTION_FILES.plans.base}/${id}.yaml`,
				message: `thiếu toàn văn ${COLLECTION_FILES.planTexts.base}/${id}.mdx`,
			});
		if (idsOf('legal').has(id)) {
			problems.push({
				severity: 'error',
				file: `${COLLECTION_FILES.legal.base}/${id}.yaml`,
				message: `mã "${id}" trùng với kế hoạch ${COLLECTION_FILES.plans.base}/${id}.yaml: mỗi văn bản cần một mã riêng`,
			});
		}
	}

	const entries = (collection: CollectionName) =>
		sources.files
			.filter((source) => source.collection === collection && valid.has(source.file))
			.map((source) => ({ id: entryId(collection, source.file), ...valid.get(source.file)! }));

	const plans = entries('plans').map(({ id, data }) => ({ id, ...(data as PlanData) }));
	const indicatorFiles = entries('indicators').map(({ parsed, data }) => ({ file: parsed.file, ...(data as IndicatorData) }));
	const { issues } = joinIndicatorFiles(indicatorFiles, plans, idsOf('legal'));
	for (const issue of issues) {
		const parsed = valid.get(issue.file)?.parsed;
		problems.push({
			severity: 'error',
			file: issue.file,
			line: parsed?.lineOf(issue.path),
			field: issue.path.join('.'),
			message: issue.message,
		});
	}

	for (const { parsed, data } of entries('news')) {
		const src = (data as NewsData).image?.src;
		const picture = src && posix.join(posix.dirname(parsed.file), src);
		if (picture && !uploaded.has(picture)) {
			problems.push({
				severity: 'error',
				file: parsed.file,
				line: parsed.lineOf(['image', 'src']),
				field: 'image.src',
				message: `không có tệp ảnh ${picture}`,
			});
		}
	}
	const { materials } = UPLOAD_FOLDERS;
	for (const { parsed, data } of entries('campaigns')) {
		(data as CampaignData).materials.forEach((material, index) => {
			const path = ['materials', index, 'file'];
			const file = `${materials.folder}${material.file.slice(materials.url.length)}`;
			if (!uploaded.has(file)) {
				problems.push({
					severity: 'error',
					file: parsed.file,
					line: parsed.lineOf(path),
					field: path.join('.'),
					message: `không có tệp ${file}`,
				});
			}
		});
	}

	for (const upload of sources.uploads) problems.push(...uploadProblems(upload));
	return problems;
}
