/**
 * Preview of an indicator file: the target as the plan states it and each reported
 * result as the dataset page writes it ("Quý 2/2025", "45%"). The target lives in the
 * plan, so the preview reads the plan through Decap's store, as the target widget does;
 * until it arrives (or when the plan has no such target) the figures are shown bare.
 */
import { createElement as h, useEffect, useState } from 'react';
import { targetFigure } from '../../src/data/plans';
import { formatResult, periodLabel, type Observation } from '../../src/lib/indicators';
import { formatTarget } from '../../src/lib/targets';
import { facts, list, note, plain, text, type PreviewProps } from './helpers';

type PlanTarget = Parameters<typeof targetFigure>[0] & { id?: string; label?: string };

/** What the preview knows of the plan: its title and the target this file reports on. */
interface PlanFacts {
	title: string;
	target?: PlanTarget | undefined;
}

/** The plan named by the entry, read once it is chosen. */
function usePlan(props: PreviewProps): PlanFacts | undefined {
	const planId = text(props, 'plan');
	const targetId = text(props, 'target');
	const [plan, setPlan] = useState<PlanFacts>();
	useEffect(() => {
		if (!planId || !props.getCollection) return undefined;
		let live = true;
		props
			.getCollection('plans', planId)
			.then((entry) => {
				const data = (plain((entry as { get: (key: string) => unknown }).get('data')) ?? {}) as { title?: string; targets?: PlanTarget[] };
				if (live) setPlan({ title: data.title ?? planId, target: data.targets?.find((target) => target.id === targetId) });
			})
			// No such plan (yet): the preview names it by its id, as the form does.
			.catch(() => live && setPlan({ title: planId }));
		return () => {
			live = false;
		};
	}, [planId, targetId, props.getCollection]);
	return plan;
}

/** The preview for a known plan (or none yet). */
function indicatorView(props: PreviewProps, plan: PlanFacts | undefined) {
	const target = plan?.target;
	const observations = list(props, 'observations') as Partial<Observation>[];
	const kind = target?.kind ?? 'count';
	return h(
		'main',
		null,
		note('Xem trước kết quả: như bảng số liệu trên trang của chỉ tiêu.'),
		h('h1', null, target?.label ?? 'Kết quả của một chỉ tiêu'),
		facts([
			{ label: 'Kế hoạch', value: plan ? plan.title : text(props, 'plan') && 'Đang đọc kế hoạch…' },
			{
				label: 'Mục tiêu theo kế hoạch',
				// A target the plan lacks is refused on save (the target widget) and by the build; the preview says so meanwhile.
				value: target
					? formatTarget(targetFigure({ ...target, qualifiers: target.qualifiers ?? [] }))
					: plan && text(props, 'target')
						? 'Kế hoạch này không có chỉ tiêu đã chọn'
						: '',
			},
		]),
		h('h2', null, 'Kết quả báo cáo'),
		h(
			'div',
			{ className: 'table' },
			h(
				'table',
				null,
				h(
					'thead',
					null,
					h(
						'tr',
						null,
						h('th', { scope: 'col' }, 'Kỳ'),
						h('th', { scope: 'col', className: 'number' }, 'Kết quả'),
						h('th', { scope: 'col' }, 'Ghi chú'),
					),
				),
				h(
					'tbody',
					null,
					...observations.map((observation, index) =>
						h(
							'tr',
							{ key: index },
							h('td', null, observation.period?.kind && observation.period.year ? periodLabel(observation.period) : ''),
							h(
								'td',
								{ className: 'number' },
								typeof observation.value === 'number' ? formatResult(kind, observation.value, observation.denominator) : '',
							),
							h('td', null, observation.note ?? ''),
						),
					),
				),
			),
		),
	);
}

export function IndicatorPreview(props: PreviewProps) {
	return indicatorView(props, usePlan(props));
}
