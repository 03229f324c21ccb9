/**
 * The `group` widget: Decap's object control for an optional group of fields,
 * with its own `isValid` so that a filled group must be complete (see
 * group-check.ts). Decap validates a top-level object through the control's
 * `validate` (its children) and not through the Widget, so `validate` here does
 * both: the inner fields, then this group's own check via the Widget's `validate`.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import type CMS from 'decap-cms-app';
import { groupMessage, missingInGroup } from './group-check';

/** An Immutable value as Decap passes it (only what is read here). */
interface ImmutableLike {
	get: (key: string) => unknown;
	toJS?: () => unknown;
}

interface GroupProps {
	field: ImmutableLike;
	value?: ImmutableLike;
	parentIds?: string[];
	validate: () => void;
}

const plain = (value: unknown): unknown => ((value as ImmutableLike | undefined)?.toJS ? (value as ImmutableLike).toJS!() : value);

export function registerGroupWidget(cms: typeof CMS): void {
	const object = cms.getWidget('object');
	if (!object) throw new Error('Decap không có widget object');
	const ObjectControl = object.control as unknown as ComponentType<Record<string, unknown>>;

	class GroupControl extends Component<GroupProps> {
		private inner: { validate?: () => void } | null = null;

		// Like Decap's object control: every nested widget must be allowed to update.
		override shouldComponentUpdate() {
			return true;
		}

		isValid = () => {
			const fields = (plain(this.props.field.get('fields')) ?? []) as { name: string; label?: string }[];
			const complete = new Set((plain(this.props.field.get('complete')) ?? []) as string[]);
			const required = fields
				.filter((field) => complete.has(field.name))
				.map((field) => ({ name: field.name, label: field.label ?? field.name }));
			const missing = missingInGroup(plain(this.props.value) as Record<string, unknown> | undefined, required);
			if (missing.length === 0) return true;
			const label = String(this.props.field.get('label') ?? this.props.field.get('name'));
			return { error: { type: 'CUSTOM', parentIds: this.props.parentIds ?? [], message: groupMessage(label, missing) } };
		};

		validate = () => {
			this.inner?.validate?.();
			this.props.validate();
		};

		override render() {
			return h(ObjectControl, {
				...(this.props as unknown as Record<string, unknown>),
				ref: (ref: { validate?: () => void } | null) => {
					this.inner = ref;
				},
			});
		}
	}

	cms.registerWidget('group', GroupControl as never, object.preview as never);
}
