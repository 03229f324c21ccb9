/**
 * Số hiệu of a Vietnamese document: serial, optional year, and the code of its
 * kind and issuer: "146/KH-UBND", "116/2021/NĐ-CP", "1452/QĐ-TTg",
 * "01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTUMTTQVN".
 */
export const DOCUMENT_NUMBER = /^\d+(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*$/u;

/** The parts of a số hiệu. */
export interface DocumentNumberParts {
	serial: number;
	year?: number;
	code: string;
}

/** Splits a số hiệu into serial, year and code; undefined when it is not one. */
export function parseDocumentNumber(value: string): DocumentNumberParts | undefined {
	if (!DOCUMENT_NUMBER.test(value)) return undefined;
	const parts = value.split('/');
	const serial = Number(parts[0]);
	if (parts.length === 3) return { serial, year: Number(parts[1]), code: parts[2] ?? '' };
	return { serial, code: parts[1] ?? '' };
}
