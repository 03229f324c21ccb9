const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Vietnamese number format: "1.000", "2,5". */
export function formatNumber(value: number): string {
	return integerFormat.format(value);
}

/** A percentage as written in the plans: "50%", "12,5%". */
export function formatPercent(value: number): string {
	return `${formatNumber(value)}%`;
}

/** An "x of y" figure as the plans write it: "7/7". */
export function formatRatio(numerator: number, denominator: number): string {
	return `${formatNumber(numerator)}/${formatNumber(denominator)}`;
}

/** Share of a target reached, 0–100, rounded to one decimal; undefined without a positive target. */
export function shareOfTarget(value: number, target: number): number | undefined {
	if (!(target > 0)) return undefined;
	return Math.round((value / target) * 1000) / 10;
}
