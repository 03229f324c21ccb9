/**
 * Decap CMS fields derived from the content model: each zod schema becomes a
 * JSON Schema (`z.toJSONSchema`, input side) and each property a Decap field,
 * so required-ness, enums, patterns, list shapes and references cannot drift
 * from what the build accepts. Labels and hints come from `.meta()`.
 */
import { z } from 'astro/zod';
import type { CmsHint } from '../src/schemas/fields';
import { MAX_UPLOAD_BYTES } from '../src/schemas/uploads';
import { COLLECTIONS, type CollectionDefinition } from '../src/schemas/collections';
import { LOCALITIES_VOCABULARY } from '../src/schemas/fields';
import { VOCABULARIES, vocabularyLabel, type VocabularyName } from '../src/schemas/vocabulary';

/** The parts of JSON Schema the converter reads. */
export interface JsonSchema {
	type?: string | string[];
	title?: string;
	description?: string;
	enum?: unknown[];
	const?: unknown;
	pattern?: string;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	minItems?: number;
	maxItems?: number;
	default?: unknown;
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	anyOf?: JsonSchema[];
	allOf?: JsonSchema[];
	cms?: CmsHint;
	/** The vocabulary an enum takes its values from (see `choice()` in src/schemas/fields.ts). */
	vocabulary?: string;
}

/** A Decap field (the subset this portal uses). */
export interface DecapField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	options?: { label: string; value: string }[];
	multiple?: boolean;
	min?: number;
	max?: number;
	value_type?: 'int' | 'float';
	fields?: DecapField[];
	/** For `target`: the field of the same entry that names the plan. */
	plan_field?: string;
	field?: DecapField;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	format?: string;
	modes?: string[];
	buttons?: string[];
	editor_components?: string[];
	choose_url?: boolean;
	media_folder?: string;
	public_folder?: string | undefined;
	summary?: string;
	media_library?: { config: Record<string, unknown> };
	allow_add?: boolean;
	collapsed?: boolean;
	/** For a `group` (an optional object): the inner fields required once the group is filled (cms/widgets/group.ts). */
	complete?: string[];
}

const definitionOf = (collection: string): CollectionDefinition | undefined =>
	(COLLECTIONS as Record<string, CollectionDefinition>)[collection];

/** The field that names an entry of a collection in relation widgets, from the registry. */
function displayField(collection: string): string {
	return definitionOf(collection)?.displayField ?? 'title';
}

/** The JSON Schema of a zod schema, input side (what an editor types). */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
	return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Folds `allOf` and single-branch `anyOf` wrappers zod adds around refined or piped schemas. */
function unwrap(schema: JsonSchema): JsonSchema {
	if (schema.allOf && schema.allOf.length > 0) {
		return unwrap(schema.allOf.reduce<JsonSchema>((merged, part) => ({ ...merged, ...unwrap(part) }), { ...schema, allOf: undefined }));
	}
	return schema;
}

function typeOf(schema: JsonSchema): string | undefined {
	if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null');
	return schema.type;
}

/** Labels of the site's localities (ids → names), which are not a fixed vocabulary. */
export type ExtraLabels = Record<string, string>;

/** The options of a select: each value with the Vietnamese label its vocabulary gives. */
function options(values: readonly unknown[], vocabulary: string | undefined, localities: ExtraLabels) {
	const labels: Record<string, unknown> =
		vocabulary === LOCALITIES_VOCABULARY
			? localities
			: vocabulary && vocabulary in VOCABULARIES
				? VOCABULARIES[vocabulary as VocabularyName]
				: {};
	return values.map(String).map((value) => {
		const entry = labels[value] as Parameters<typeof vocabularyLabel>[0] | undefined;
		return { value, label: entry === undefined ? value : vocabularyLabel(entry) };
	});
}

/** Converts one property to a Decap field. */
export function toDecapField(name: string, raw: JsonSchema, required: boolean, extra: ExtraLabels = {}): DecapField {
	const schema = unwrap(raw);
	const hint = schema.cms ?? {};
	const base: DecapField = {
		name,
		label: schema.title ?? name,
		widget: 'string',
		...(schema.description ? { hint: schema.description } : {}),
		...(required ? {} : { required: false }),
		...(schema.default !== undefined ? { default: schema.default } : {}),
	};
	const type = typeOf(schema);

	switch (hint.widget) {
		case 'hidden':
			return { ...base, widget: 'hidden' };
		case 'relation': {
			const display = displayField(hint.collection ?? '');
			return {
				...base,
				widget: 'relation',
				collection: hint.collection ?? '',
				value_field: '{{slug}}',
				search_fields: [display, ...(definitionOf(hint.collection ?? '')?.searchFields ?? [])],
				display_fields: [display],
			};
		}
		case 'image':
			return withPattern(
				{ ...base, widget: 'image', choose_url: false, media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } } },
				schema,
				hint,
			);
		case 'file':
			return withPattern(
				{
					...base,
					widget: 'file',
					choose_url: false,
					...(hint.mediaFolder ? { media_folder: hint.mediaFolder, public_folder: hint.publicFolder } : {}),
					media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } },
				},
				schema,
				hint,
			);
		case 'date':
			// A date alone, stored as text, shown dd/mm/yyyy: the day an editor picks is the day published,
			// in any time zone and browser language (cms/widgets/day.ts).
			return { ...base, widget: 'day' };
		case 'target':
			// One of the targets of the plan chosen in the same entry, by its label (cms/widgets/target.ts).
			return withPattern({ ...base, widget: 'target', plan_field: 'plan' }, schema, hint);
		case 'markdown':
			return { ...base, widget: 'markdown', modes: ['raw'], editor_components: [] };
		case 'text':
			return withPattern({ ...base, widget: 'text' }, schema, hint);
		default:
			break;
	}

	if (schema.enum) return { ...base, widget: 'select', options: options(schema.enum, schema.vocabulary, extra) };
	if (schema.const !== undefined) return { ...base, widget: 'hidden', default: schema.const };
	if (type === 'boolean') return { ...base, widget: 'boolean', default: schema.default ?? false };
	if (type === 'number' || type === 'integer') {
		return {
			...base,
			widget: 'number',
			value_type: type === 'integer' ? 'int' : 'float',
			...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
			...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
		};
	}
	if (type === 'array' && schema.items) {
		const items = unwrap(schema.items);
		const bounds = {
			...(schema.minItems !== undefined ? { min: schema.minItems } : {}),
			...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
		};
		if (items.enum) return { ...base, widget: 'select', multiple: true, options: options(items.enum, items.vocabulary, extra), ...bounds };
		if (typeOf(items) === 'object' && items.properties) {
			return {
				...base,
				// A list of items starts empty: the editor opens each item with "Thêm …". Without a default Decap
				// pre-fills a new entry with one collapsed item made of the item's own defaults (createEmptyDraftData),
				// whose required fields then block the save (a new campaign came with a material and a school level
				// to fill, a new page with a section). zod drops `.default([])` from the JSON Schema when the items
				// transform (every text field does, to NFC), so the default is set here.
				default: schema.default ?? [],
				widget: 'list',
				collapsed: true,
				...(hint.summary ? { summary: hint.summary } : {}),
				fields: toDecapFields(items, extra),
				...bounds,
			};
		}
		// The item has no label of its own: Decap would show its key (`tags`), so it takes the list's.
		return {
			...base,
			widget: 'list',
			field: { ...toDecapField(name, items, true, extra), ...(items.title ? {} : { label: base.label }) },
			...bounds,
		};
	}
	if (type === 'object' && schema.properties) {
		if (required) return { ...base, widget: 'object', collapsed: false, fields: toDecapFields(schema, extra) };
		// Optional group: empty means absent, so no inner field is required by Decap; the group widget
		// requires the `complete` ones once anything is filled (Decap cannot, decap-cms #2103).
		const inner = toDecapFields(schema, extra);
		const complete = inner.filter((field) => field.required !== false).map((field) => field.name);
		return {
			...base,
			widget: 'group',
			collapsed: false,
			fields: inner.map((field) => withoutPrefill(field.required === false ? field : { ...field, required: false })),
			complete,
		};
	}
	return withPattern(base, schema, hint);
}

/**
 * A field inside an optional group, without the default that would fill the group in a new entry: Decap
 * builds a new entry's groups from their inner defaults (createEmptyDraftData), so a claim's "Lời của
 * cổng" switch (default off) made a service's empty "Ai được sử dụng" a filled group that lacked its
 * sentence. The schema gives the same default when the field is absent. A list keeps its `[]`, which
 * leaves the group blank (and an item's defaults apply when the editor adds one).
 */
function withoutPrefill(field: DecapField): DecapField {
	if (field.widget === 'list') return field;
	const { default: _default, ...rest } = field;
	return rest.fields ? { ...rest, fields: rest.fields.map(withoutPrefill) } : rest;
}

function withPattern(field: DecapField, schema: JsonSchema, hint: CmsHint): DecapField {
	const pattern = hint.pattern ?? schema.pattern;
	return pattern ? { ...field, pattern: [pattern, hint.patternMessage ?? `Sai định dạng${field.hint ? `: ${field.hint}` : ''}`] } : field;
}

/** The fields of an object schema, in schema order. */
export function toDecapFields(schema: JsonSchema, extra: ExtraLabels = {}): DecapField[] {
	const object = unwrap(schema);
	const required = new Set(object.required ?? []);
	return Object.entries(object.properties ?? {}).map(([name, property]) => toDecapField(name, property, required.has(name), extra));
}
