/**
 * Characters that never belong in published text: C0/C1 controls (except tab,
 * newline, carriage return), zero-width spaces, directional overrides that can
 * disguise text ("trojan source") and a byte-order mark inside the text.
 * U+200D (zero-width joiner) is allowed: emoji sequences need it.
 */
export const CONTROL_CHARACTERS_PATTERN =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** A control character found in a text, with its 1-based line and column. */
export interface ControlCharacterHit {
	line: number;
	column: number;
	codePoint: string;
}

/** Lists every control character in `text`, with where it stands. */
export function findControlCharacters(text: string): ControlCharacterHit[] {
	const hits: ControlCharacterHit[] = [];
	const lines = text.split('\n');
	lines.forEach((line, index) => {
		for (const match of line.matchAll(CONTROL_CHARACTERS_PATTERN)) {
			const code = match[0].codePointAt(0) ?? 0;
			hits.push({
				line: index + 1,
				column: (match.index ?? 0) + 1,
				codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
			});
		}
	});
	return hits;
}

/** True when `text` holds no control character. */
export function hasNoControlCharacters(text: string): boolean {
	return findControlCharacters(text).length === 0;
}

/** Normalises pasted text to NFC, so "ệ" typed as e + two marks equals the composed letter. */
export function toNfc(text: string): string {
	return text.normalize('NFC');
}

/** 1-based line numbers of the lines that change under NFC normalisation. */
export function findNonNfcLines(text: string): number[] {
	return text.split('\n').flatMap((line, index) => (line === line.normalize('NFC') ? [] : [index + 1]));
}
