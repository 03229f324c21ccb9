/**
 * What every preview template shares: reading the entry Decap passes (Immutable
 * data), the site's Markdown renderer, and the site's own markup for facts
 * (`dl.label-list`, `.meta-line`, `.card` of src/styles/global.css), so a
 * preview looks like the public page without the page's components.
 */
import { createElement as h, type ReactNode } from 'react';
import { formatPartialDate, parsePartialDate } from '../../src/lib/dates';
import { renderMarkdown } from '../../src/lib/markdown';

/** An Immutable value as Decap hands it over (a Map, a List, or a plain value). */
interface ImmutableLike {
	toJS?: () => unknown;
}

/** What Decap passes to a preview template (the parts used here). */
export interface PreviewProps {
	entry: { getIn: (path: string[]) => unknown };
	getAsset: (path: string) => { toString: () => string } | undefined;
	/** The collection's field configs (Immutable): a select's options carry the labels the form shows. */
	fields?: { toJS?: () => unknown };
	/** Reads another entry through Decap's store (as the relation widget does): with a slug, an Immutable Map of it. */
	getCollection?: (collection: string, slug: string) => Promise<unknown>;
}

/** The registry calls used here. */
export interface PreviewRegistry {
	registerPreviewTemplate: (name: string, component: (props: PreviewProps) => ReactNode) => void;
}

/** A plain copy of an Immutable value (or the value itself). */
export const plain = (value: unknown): unknown => ((value as ImmutableLike | undefined)?.toJS ? (value as ImmutableLike).toJS!() : value);

export const text = (props: PreviewProps, ...path: string[]) => {
	const value = props.entry.getIn(['data', ...path]);
	return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
};

export const list = (props: PreviewProps, ...path: string[]) => {
	const value = plain(props.entry.getIn(['data', ...path]));
	return Array.isArray(value) ? value : [];
};

/** Renders Markdown exactly as the site does; the HTML is micromark's, with raw HTML escaped. */
export const markdown = (source: string) => h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: renderMarkdown(source) } });

export const note = (message: string) => h('p', { className: 'preview-note' }, message);

export function dateText(value: string): string {
	const date = parsePartialDate(value.slice(0, 10));
	return date ? formatPartialDate(date) : value;
}

/**
 * The label a select of this collection shows for a value (localities come from the
 * site's config, not a fixed vocabulary: the generated field holds their names).
 */
export function optionLabel(props: PreviewProps, fieldName: string, value: string): string {
	const fields = (plain(props.fields) ?? []) as { name?: string; options?: { value: string; label: string }[] }[];
	const options = Array.isArray(fields) ? fields.find((field) => field.name === fieldName)?.options : undefined;
	return options?.find((option) => option.value === value)?.label ?? value;
}

/** One fact of an entry: a label and its value; a row without a value is left out. */
export interface Fact {
	label: string;
	value: ReactNode;
}

/** Facts as the site lists them (`dl.label-list`). */
export function facts(rows: readonly Fact[]) {
	const given = rows.filter((row) => row.value !== '' && row.value !== undefined && row.value !== null);
	if (given.length === 0) return null;
	return h(
		'dl',
		{ className: 'label-list' },
		...given.map((row, index) => h('div', { key: index }, h('dt', null, row.label), h('dd', null, row.value))),
	);
}
