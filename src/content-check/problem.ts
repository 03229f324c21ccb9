/** What the content check reads and what it reports. */
import type { CollectionName } from '../schemas/collections';

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
	/** The registry name of its collection. */
	collection: CollectionName;
	/** Path relative to the project root, with forward slashes. */
	file: string;
	text: string;
}

/** An uploaded file: where it is and how big. */
export interface UploadedFile {
	file: string;
	bytes: number;
	/** The first bytes of a picture, to tell what it holds whatever its name. */
	head?: Uint8Array | undefined;
}

/** What `checkContent` reads. */
export interface ContentSources {
	files: readonly SourceFile[];
	uploads: readonly UploadedFile[];
	/** Files in a collection's folder that its pattern does not take, with that pattern. */
	unread?: readonly { file: string; pattern: string }[];
	localityIds: readonly string[];
}

/** "content/news/x.md:4: title: không được để trống". */
export function formatProblem(problem: ContentProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** An error in a file, at a field. */
export function fieldError(file: string, line: number | undefined, path: readonly PropertyKey[], message: string): ContentProblem {
	return { severity: 'error', file, line, field: path.length > 0 ? path.join('.') : undefined, message };
}
