/*
 * What compensation bought: per store and month, the executed actions, their cost per currency, and how
 * many defects they headed off. A defect avoided is an outcome that keeps an order out of the order defect
 * rate or the return dissatisfaction rate: negative feedback removed or revised above 2 stars (DOMAIN.md
 * §1.1, "removed feedback leaves ODR"), an A-to-z claim withdrawn by the buyer (DOMAIN.md "Lifeline's
 * decisions": a withdrawn claim does not count), a return avoided (§1.3 RDR). A satisfied buyer is counted
 * apart: good, but no defect was on its way.
 */

export const COMPENSATION_OUTCOMES = ['FEEDBACK_REMOVED', 'FEEDBACK_REVISED', 'CLAIM_WITHDRAWN', 'RETURN_AVOIDED', 'BUYER_SATISFIED', 'NO_EFFECT'] as const;
export type CompensationOutcome = (typeof COMPENSATION_OUTCOMES)[number];

export const DEFECT_AVOIDING_OUTCOMES: readonly CompensationOutcome[] = ['FEEDBACK_REMOVED', 'FEEDBACK_REVISED', 'CLAIM_WITHDRAWN', 'RETURN_AVOIDED'];

export function avoidsDefect(outcome: CompensationOutcome | null): boolean {
  return outcome !== null && DEFECT_AVOIDING_OUTCOMES.includes(outcome);
}

/** One executed action as the report reads it; `month` is 'YYYY-MM' of its execution. */
export interface CompensationReportInput {
  storeId: string;
  month: string;
  currency: string;
  costMinor: number;
  outcome: CompensationOutcome | null;
}

export interface CompensationReportCost {
  currency: string;
  costMinor: number;
  /** Cost in this currency divided by the month's defects avoided (rounded to the minor unit); null without any. */
  costPerDefectAvoidedMinor: number | null;
}

export interface CompensationReportRow {
  storeId: string;
  month: string;
  actions: number;
  costs: CompensationReportCost[];
  defectsAvoided: number;
  buyerSatisfied: number;
  noEffect: number;
  /** Executed actions whose outcome is not recorded yet. */
  outcomePending: number;
}

/** Rows by store, then month; costs by currency code. Money is never added across currencies. */
export function compensationReport(actions: readonly CompensationReportInput[]): CompensationReportRow[] {
  const rows = new Map<string, { row: CompensationReportRow; costs: Map<string, number> }>();
  for (const a of actions) {
    const key = `${a.storeId}|${a.month}`;
    let entry = rows.get(key);
    if (!entry) {
      entry = { row: { storeId: a.storeId, month: a.month, actions: 0, costs: [], defectsAvoided: 0, buyerSatisfied: 0, noEffect: 0, outcomePending: 0 }, costs: new Map() };
      rows.set(key, entry);
    }
    const { row, costs } = entry;
    row.actions += 1;
    const currency = a.currency.toUpperCase();
    costs.set(currency, (costs.get(currency) ?? 0) + a.costMinor);
    if (avoidsDefect(a.outcome)) row.defectsAvoided += 1;
    else if (a.outcome === 'BUYER_SATISFIED') row.buyerSatisfied += 1;
    else if (a.outcome === 'NO_EFFECT') row.noEffect += 1;
    else row.outcomePending += 1;
  }
  return [...rows.values()]
    .map(({ row, costs }) => ({
      ...row,
      costs: [...costs.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, costMinor]) => ({
          currency,
          costMinor,
          costPerDefectAvoidedMinor: row.defectsAvoided > 0 ? Math.round(costMinor / row.defectsAvoided) : null,
        })),
    }))
    .sort((a, b) => a.storeId.localeCompare(b.storeId) || a.month.localeCompare(b.month));
}
