/** What a cross-file rule reads: the ids of every collection and the entries that passed their schema, typed from it. */
import type { z } from 'astro/zod';
import type { CollectionData, CollectionName, DataCollectionName } from '../schemas/collections';
import { COLLECTIONS } from '../schemas/collections';
import type { ParsedFile } from './parse';
import type { ContentProblem } from './problem';

/** An entry that passed its collection's schema. */
export interface CheckedEntry<K extends DataCollectionName> {
	id: string;
	file: string;
	data: CollectionData<K>;
	/** The line of a field in the file. */
	lineOf: ParsedFile['lineOf'];
}

/** The content as the cross-file rules see it. */
export interface CheckContext {
	/** Ids of every file of a collection, valid or not: a reference to an invalid entry is that entry's problem. */
	idsOf: (collection: CollectionName) => ReadonlySet<string>;
	/** The entries of a collection that passed its schema. */
	entries: <K extends DataCollectionName>(collection: K) => CheckedEntry<K>[];
	/** Paths of every uploaded file, relative to the project root. */
	uploads: ReadonlySet<string>;
	/** The first bytes of an uploaded picture, when they were read. */
	uploadHead: (file: string) => Uint8Array | undefined;
	/** The full text (MDX) of a plan, as its file holds it. */
	planText: (id: string) => string | undefined;
	/** The schema each entry of a collection passed (rules read the model's tags from it). */
	schemaOf: (collection: DataCollectionName) => z.ZodType;
}

/** A rule that spans files; each is one named function in `rules/`. */
export type CrossFileRule = (context: CheckContext) => ContentProblem[];

/** The entry id Astro gives a file: its path inside the collection folder, without extension. */
export function entryId(collection: CollectionName, file: string): string {
	return file.slice(COLLECTIONS[collection].base.length + 1).replace(/\.[^./]+$/u, '');
}

/** The file of an entry, as the registry places it. */
export function entryFile(collection: CollectionName, id: string): string {
	const definition = COLLECTIONS[collection];
	return `${definition.base}/${id}.${definition.format}`;
}
