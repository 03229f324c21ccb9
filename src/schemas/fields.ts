import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN, parseInstant, parsePartialDate } from '../lib/dates';
import { DOCUMENT_NUMBER } from '../lib/document-number';
import { hasNoControlCharacters, toNfc } from '../lib/text';

/**
 * Field builders shared by the schemas. Each carries its rule once; the CMS
 * reads the same rules (pattern, required, enum) from the schemas through
 * `z.toJSONSchema`, and its labels from `.meta({ title, description })`.
 */

/** How the CMS should edit a field, when the type alone does not say. */
export interface CmsHint {
	widget?: 'text' | 'markdown' | 'image' | 'file' | 'relation' | 'date' | 'datetime' | 'hidden';
	/** For `relation`: the collection the value points into. */
	collection?: string;
}

/** Vietnamese label and hint for the CMS (and the reader of the schema). */
export function label(title: string, description?: string, cms?: CmsHint) {
	return { title, ...(description ? { description } : {}), ...(cms ? { cms } : {}) };
}

const CONTROL_MESSAGE = 'có ký tự điều khiển ẩn (thường do dán từ PDF hoặc Word): hãy gõ lại đoạn này';

/** Free text: refuses hidden control characters, stores NFC whatever the keyboard produced. */
export function text() {
	return z.string().refine(hasNoControlCharacters, CONTROL_MESSAGE).transform(toNfc);
}

/** Text that must not be empty, optionally with a length limit. */
export function requiredText({ max }: { max?: number } = {}) {
	const base = z.string().trim().min(1, 'không được để trống');
	const limited = max === undefined ? base : base.max(max, `tối đa ${max} ký tự`);
	return limited.refine(hasNoControlCharacters, CONTROL_MESSAGE).transform(toNfc);
}

/** Lower-case ASCII words joined by hyphens, as used in URLs and ids. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export function slug() {
	return z.string().regex(SLUG_PATTERN, 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: dao-tao-nghe)');
}

/** Số hiệu of a document (see `DOCUMENT_NUMBER`). */
export function documentNumber() {
	return z.string().regex(DOCUMENT_NUMBER, 'số hiệu phải có dạng 146/KH-UBND hoặc 116/2021/NĐ-CP');
}

/** Section anchor inside a document's text: "can-cu", "muc-2-4", "muc-ii-6". */
export const ANCHOR_PATTERN = /^(?:phan|muc|can-cu|noi-nhan|ky|dau)(?:-[a-z0-9]+)*$/u;

export function anchor() {
	return z.string().regex(ANCHOR_PATTERN, 'mốc trong văn bản phải có dạng muc-2-4, muc-ii-6 hoặc can-cu');
}

/**
 * A calendar date known to the day, the month or the year: "2022-05-20", "2025-02", "2008".
 * YAML reads an unquoted `2022-05-20` as a Date at UTC midnight; that is the same calendar day.
 */
export function partialDate() {
	return z
		.union([z.string(), z.date()])
		.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
		.pipe(
			z
				.string()
				.regex(PARTIAL_DATE_PATTERN, 'ngày phải viết NNNN-TT-NN, NNNN-TT hoặc NNNN (ví dụ 2022-05-20)')
				.refine((value) => parsePartialDate(value) !== undefined, 'ngày này không có trên lịch'),
		);
}

/** A calendar day (the day is required). */
export function calendarDate() {
	return partialDate().refine((value) => /^\d{4}-\d{2}-\d{2}$/u.test(value), 'cần đủ ngày, tháng, năm (NNNN-TT-NN)');
}

/**
 * A publication time: a date alone ("2022-05-20", midnight in Việt Nam) or a
 * date-time with its offset. A YAML Date at exactly UTC midnight is a date alone.
 */
export function instant() {
	return z.union([z.string(), z.date()]).transform((value, ctx) => {
		const isBareYamlDate =
			value instanceof Date && !Number.isNaN(value.getTime()) && value.toISOString().endsWith('T00:00:00.000Z');
		const parsed = parseInstant(isBareYamlDate ? value.toISOString().slice(0, 10) : value);
		if (!parsed) {
			ctx.addIssue({ code: 'custom', message: 'ngày giờ không hợp lệ: viết 2022-05-20 hoặc 2022-05-20T08:00:00+07:00' });
			return z.NEVER;
		}
		return parsed;
	});
}

/** A year the portal can hold. */
export function year() {
	return z.number().int().min(1945).max(2100);
}
