import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
} from 'chart.js';
import type { ChartSpec } from '../lib/chart-spec';

// Only what the portal draws: bars, a target line, two scales, legend and tooltip.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A colour of the site's palette (the tokens of global.css), so the chart and the page agree. */
const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** Draws the chart described by a figure's `data-chart` and reveals its canvas. */
export function drawChart(figure: HTMLElement): void {
	const spec = JSON.parse(figure.dataset.chart ?? '{}') as ChartSpec;
	const canvas = figure.querySelector('canvas');
	const frame = figure.querySelector<HTMLElement>('.chart-frame');
	if (!canvas || !frame) return;
	frame.hidden = false;
	const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	const format = (value: number) => `${numberFormat.format(value)}${spec.percent ? '%' : ''}`;
	new Chart(canvas, {
		type: 'bar',
		data: {
			labels: spec.labels,
			datasets: [
				{ type: 'bar', label: spec.bars.label, data: spec.bars.values, backgroundColor: token('--color-brand'), borderRadius: 2, order: 2 },
				...(spec.target
					? [
							{
								type: 'line' as const,
								label: spec.target.label,
								data: spec.labels.map(() => spec.target!.value),
								borderColor: token('--color-alert'),
								borderDash: [6, 4],
								borderWidth: 2,
								pointRadius: 0,
								order: 1,
							},
						]
					: []),
			],
		},
		options: {
			locale: 'vi-VN',
			animation: reduceMotion ? false : { duration: 400 },
			maintainAspectRatio: false,
			scales: {
				y: {
					beginAtZero: true,
					...(spec.max !== undefined ? { max: spec.max } : {}),
					ticks: { callback: (value) => format(Number(value)), precision: 0 },
					title: { display: true, text: spec.unit },
				},
			},
			plugins: {
				legend: { display: Boolean(spec.target) },
				tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${format(Number(item.raw))}` } },
			},
		},
	});
	figure.dataset.chartDrawn = 'true';
}
