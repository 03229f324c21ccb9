import {
	audiences,
	documentTypes,
	effectiveStatuses,
	licences,
	materialFormats,
	periodKinds,
	relationKinds,
	schoolLevels,
	serviceKinds,
	targetKinds,
} from '../src/schemas/vocabulary';

type Vocabulary = Record<string, string | { name: string } | { forward: string }>;

const known: Vocabulary[] = [
	audiences,
	documentTypes,
	effectiveStatuses,
	licences,
	materialFormats,
	periodKinds,
	relationKinds,
	schoolLevels,
	serviceKinds,
	targetKinds,
];

function labelOf(entry: Vocabulary[string]): string {
	if (typeof entry === 'string') return entry;
	return 'name' in entry ? entry.name : entry.forward;
}

/**
 * Vietnamese labels for the values of a select: from the vocabulary whose keys
 * are exactly these values, else from `extra` (e.g. locality names from the site config).
 */
export function optionLabels(values: readonly string[], extra: Record<string, string> = {}): Record<string, string> {
	const sorted = [...values].sort().join('|');
	const vocabulary = known.find((candidate) => Object.keys(candidate).sort().join('|') === sorted);
	return Object.fromEntries(values.map((value) => [value, vocabulary ? labelOf(vocabulary[value]!) : (extra[value] ?? value)]));
}
