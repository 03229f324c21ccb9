import type { JsonSchema } from '../../cms/fields';

/** What the sample needs to point at real things: ids per collection and a few files. */
export interface SampleContext {
	ids: Record<string, string>;
	image: string;
	date: string;
}

function unwrap(schema: JsonSchema): JsonSchema {
	return schema.allOf
		? schema.allOf.reduce<JsonSchema>((merged, part) => ({ ...merged, ...unwrap(part) }), { ...schema, allOf: undefined })
		: schema;
}

/**
 * The smallest valid entry an editor can save: only required fields, each with
 * what its CMS widget stores (relations → an id, dates → `YYYY-MM-DD`, selects
 * → the first option). A patterned field without an example is an error, so
 * every pattern in the model comes with a valid value.
 */
export function sampleValue(raw: JsonSchema, context: SampleContext, path: string): unknown {
	const schema = unwrap(raw);
	const cms = schema.cms ?? {};
	// A claim needs a source or the editorial mark; the smallest an editor can save is the portal's own wording.
	if ((schema as { claim?: boolean }).claim) return { text: 'Lời mẫu của cổng thông tin', editorial: true };
	if (cms.widget === 'relation')
		return (
			context.ids[cms.collection ?? ''] ??
			(() => {
				throw new Error(`${path}: không có mục nào trong ${cms.collection}`);
			})()
		);
	if (cms.widget === 'image') return context.image;
	if (cms.widget === 'date') return context.date;
	if (cms.example !== undefined) return cms.example;
	if (schema.enum) return schema.enum[0];
	if (schema.const !== undefined) return schema.const;
	const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
	if (type === 'boolean') return false;
	if (type === 'number' || type === 'integer') return schema.minimum !== undefined && schema.minimum > 0 ? schema.minimum : 1;
	if (type === 'array')
		return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, (_, index) => sampleValue(schema.items!, context, `${path}.${index}`));
	if (type === 'object' || schema.properties) return sampleEntry(schema, context, path);
	if (schema.pattern || cms.pattern) throw new Error(`${path}: trường có mẫu định dạng cần cms.example`);
	// The whole path (it starts with the collection), so two entries never share a title.
	return `Mẫu ${path}`;
}

/** The required fields of an object schema, filled. */
export function sampleEntry(raw: JsonSchema, context: SampleContext, path = ''): Record<string, unknown> {
	const schema = unwrap(raw);
	const required = new Set(schema.required ?? []);
	return Object.fromEntries(
		Object.entries(schema.properties ?? {})
			.filter(([name]) => required.has(name))
			.map(([name, property]) => [name, sampleValue(property, context, path ? `${path}.${name}` : name)]),
	);
}
