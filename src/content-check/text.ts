/** Rules on the text of every file, before its data is read: hidden characters, NFC, names, and PDF damage in plan texts. */
import { posix } from 'node:path';
import { SLUG_PATTERN } from '../schemas/fields';
import { findExtractionDamage, type ExtractionFinding } from '../lib/syllables';
import { findControlCharacters, findNonNfcLines } from '../lib/text';
import type { ParsedFile } from './parse';
import type { ContentProblem } from './problem';

/**
 * The largest content file the build takes, in bytes of UTF-8. The longest real text is
 * the Lai Châu 2025 plan (28 KB, 168 lines); a provincial plan with its appendices or a
 * decree runs to a few hundred KB. 512 KB leaves that headroom, and keeps one pasted
 * runaway (a 100,000-line body is 8 MB) from holding the build for minutes.
 */
export const MAX_TEXT_BYTES = 512 * 1024;

/** A file over `MAX_TEXT_BYTES`, refused before anything else reads it. */
export function sizeProblem(file: string, text: string): ContentProblem | undefined {
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes <= MAX_TEXT_BYTES) return undefined;
	const kb = (size: number) => `${Math.ceil(size / 1024).toLocaleString('vi-VN')} KB`;
	return {
		severity: 'error',
		file,
		message: `tệp dài ${kb(bytes)}, quá giới hạn ${kb(MAX_TEXT_BYTES)} của một bài: hãy chia nhỏ, hoặc đăng văn bản dài dưới dạng tệp tài liệu`,
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

/** An entry id is its page's address: lower-case ASCII words and hyphens, directly in the collection folder. */
export function entryIdProblems(file: string, id: string): ContentProblem[] {
	if (SLUG_PATTERN.test(id)) return [];
	return [
		{
			severity: 'error',
			file,
			message:
				'tên tệp phải là chữ thường không dấu, chữ số và gạch ngang (ví dụ 2025-06-01-hop-bao.md), đặt ngay trong thư mục của mục, không trong thư mục con: tên tệp là địa chỉ của trang',
		},
	];
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

/** A Markdown picture, `![words](address)`: its address. */
const BODY_PICTURE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/gu;

/**
 * Pictures typed into a Markdown body at a relative address: Astro resolves them while it
 * loads the file, and one that is missing stops the build naming only the picture. Web and
 * site-absolute addresses are left alone (a body picture shows as its words only).
 */
export function bodyPictureProblems(parsed: ParsedFile, uploads: ReadonlySet<string>): ContentProblem[] {
	return parsed.body.split('\n').flatMap((text, index) =>
		[...text.matchAll(BODY_PICTURE)]
			.map((match) => match[1]!)
			.filter((address) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/iu.test(address))
			.map((address) => posix.join(posix.dirname(parsed.file), decodeURI(address)))
			.filter((picture) => !uploads.has(picture))
			.map((picture): ContentProblem => ({
				severity: 'error',
				file: parsed.file,
				line: parsed.bodyLine + index,
				message: `ảnh trong thân bài không có tệp ${picture}: hãy tải ảnh lên content/media/ hoặc bỏ ảnh khỏi thân bài`,
			})),
	);
}
