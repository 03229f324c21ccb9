/**
 * The `target` widget, for an indicator file's target: a select of the targets of the
 * plan chosen in the same entry, shown by their Vietnamese label, storing the id.
 * Decap's relation widget cannot filter one collection by another field's value, so
 * this control asks Decap's own store for the plan (the `loadEntry` prop every
 * control gets, the same way the relation widget reads entries: no second copy of
 * the plans is served) and renders Decap's select (Vietnamese-ised in select-vi.ts)
 * with those options. An id the plan does not have is stopped by `isValid`; the
 * content check refuses it again at build, naming file and field.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import { fromJS } from 'immutable';
import type CMS from 'decap-cms-app';
import { TARGETS_LOADING, targetOptions, targetProblem, type PlanTarget } from './target-choice';

interface ImmutableLike {
	get: (key: string) => unknown;
	getIn: (path: string[]) => unknown;
	set: (key: string, value: unknown) => ImmutableLike;
	toJS?: () => unknown;
}

interface TargetProps {
	field: ImmutableLike;
	value?: unknown;
	parentIds?: string[];
	getEntry: () => ImmutableLike | undefined;
	loadEntry: (collection: string, slug: string) => Promise<{ data?: unknown } | undefined>;
}

const plain = (value: unknown): unknown => ((value as ImmutableLike | undefined)?.toJS ? (value as ImmutableLike).toJS!() : value);

/** The targets a loaded plan entry holds (Decap hands its data over as a plain object). */
const targetsOf = (entry: { data?: unknown } | undefined): PlanTarget[] =>
	(((plain(entry?.data) as { targets?: unknown } | undefined)?.targets ?? []) as PlanTarget[]).filter(
		(target) => typeof target?.id === 'string',
	);

/** Targets of the plans read so far, by plan id: one admin session, one read per plan. */
const loaded = new Map<string, PlanTarget[]>();

export function registerTargetWidget(cms: typeof CMS): void {
	const select = cms.getWidget('select');
	if (!select) throw new Error('Decap không có widget select');
	const SelectControl = select.control as unknown as ComponentType<Record<string, unknown>>;

	class TargetControl extends Component<TargetProps, { version: number }> {
		override state = { version: 0 };
		private mounted = false;

		/** The plan chosen now: read from the entry on each render and check, since the editor may change it after the target. */
		private planId(): string {
			const planField = String(this.props.field.get('plan_field') ?? 'plan');
			const plan = this.props.getEntry()?.getIn(['data', planField]);
			return typeof plan === 'string' ? plan : '';
		}

		private load(plan: string) {
			if (!plan || loaded.has(plan)) return;
			this.props
				.loadEntry('plans', plan)
				.then((entry) => loaded.set(plan, targetsOf(entry)))
				.catch(() => loaded.set(plan, []))
				.finally(() => {
					if (this.mounted) this.setState(({ version }) => ({ version: version + 1 }));
				});
		}

		// Decap re-renders a control only when its own value changes unless it says otherwise; the plan is another field.
		override shouldComponentUpdate() {
			return true;
		}

		override componentDidMount() {
			this.mounted = true;
		}

		override componentWillUnmount() {
			this.mounted = false;
		}

		isValid = () => {
			const plan = this.planId();
			const value = typeof this.props.value === 'string' ? this.props.value : '';
			if (plan && value && !loaded.has(plan)) {
				this.load(plan);
				return { error: { type: 'CUSTOM', parentIds: this.props.parentIds ?? [], message: TARGETS_LOADING } };
			}
			const message = targetProblem(plan, loaded.get(plan), value);
			return message === undefined ? true : { error: { type: 'CUSTOM', parentIds: this.props.parentIds ?? [], message } };
		};

		override render() {
			const plan = this.planId();
			this.load(plan);
			const options = targetOptions(loaded.get(plan) ?? []);
			const value = typeof this.props.value === 'string' ? this.props.value : '';
			// A stored id the plan lacks stays visible as itself, so that the editor sees what isValid refuses.
			if (value && !options.some((option) => option.value === value)) options.push({ value, label: value });
			return h(SelectControl, {
				...(this.props as unknown as Record<string, unknown>),
				field: this.props.field.set('options', fromJS(options)),
			});
		}
	}

	cms.registerWidget('target', TargetControl as never, select.preview as never);
}
