/**
 * What the `target` widget offers and refuses: the targets of the plan chosen in the
 * same entry, by their Vietnamese label, and a stored id that plan does not have.
 * The wording matches the content check's (src/lib/indicators.ts), which refuses the
 * same file at build and names file and field.
 */
export interface PlanTarget {
	id: string;
	label: string;
}

/** The options of the picker: each target's id, shown by its label (the id beside it tells apart two alike). */
export function targetOptions(targets: readonly PlanTarget[]): { value: string; label: string }[] {
	return targets.map((target) => ({ value: target.id, label: `${target.label} (${target.id})` }));
}

/** Why a stored target cannot stay, or undefined when it can (no plan or no target yet: Decap's "required" speaks). */
export function targetProblem(planId: string, targets: readonly PlanTarget[] | undefined, targetId: string): string | undefined {
	if (!planId || !targetId || targets === undefined) return undefined;
	if (targets.some((target) => target.id === targetId)) return undefined;
	return `kế hoạch "${planId}" không có chỉ tiêu "${targetId}": hãy chọn một chỉ tiêu trong danh sách`;
}

/** Said when a save comes before the chosen plan's targets are read (rare: they are read as soon as the plan is chosen). */
export const TARGETS_LOADING = 'đang đọc các chỉ tiêu của kế hoạch đã chọn: hãy bấm lưu lại sau giây lát';
