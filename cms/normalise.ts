import { CONTROL_CHARACTERS_PATTERN } from '../src/lib/text';

/**
 * Cleans what an editor saves: every string NFC, hidden control characters
 * removed, through nested lists and objects. Other values are kept as they are.
 */
export function normaliseText<T>(value: T): T {
	if (typeof value === 'string') return value.normalize('NFC').replace(CONTROL_CHARACTERS_PATTERN, '') as T;
	if (Array.isArray(value)) return value.map((item) => normaliseText(item)) as T;
	if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normaliseText(item)])) as T;
	}
	return value;
}
