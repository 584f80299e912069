import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { monthlySeries, reportCurrencies } from './compensation-format';
import { useCompensationReport } from './useCompensationReport';

const MONTHS = 6;

/** From the first of the month MONTHS − 1 months ago to the first of next month (UTC), fixed for the visit. */
function reportRange(now = new Date()): { from: string; to: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS - 1), 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Compensation cost against defects avoided, by month, in one currency at a time; the rows per store below. */
export function CompensationReport({ storeId }: { storeId: string | null }) {
  const { t, i18n } = useTranslation();
  const [range] = useState(reportRange);
  const report = useCompensationReport(storeId, range.from, range.to);
  const [picked, setPicked] = useState<string | null>(null);
  const rows = report.data ?? [];
  const currencies = reportCurrencies(rows);
  const currency = picked && currencies.includes(picked) ? picked : (currencies[0] ?? null);
  const series = currency ? monthlySeries(rows, currency) : [];
  const monthLabel = (month: string) => new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

  return (
    <section className="panel" aria-labelledby="compensation-report-title">
      <header className="panel__header">
        <h2 id="compensation-report-title">{t('compensation.report.title')}</h2>
        <p className="panel__hint">{t('compensation.report.hint')}</p>
        {currencies.length > 1 && (
          <label className="field field--inline">
            <span className="field__label">{t('compensation.field.currency')}</span>
            <select value={currency ?? ''} onChange={(event) => setPicked(event.target.value)}>
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {report.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : report.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}
        </p>
      ) : rows.length === 0 || !currency ? (
        <p className="muted">{t('compensation.report.empty')}</p>
      ) : (
        <>
          <div className="compensation-report__chart" data-testid="compensation-report-chart">
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={series} margin={{ top: 12, right: 8, bottom: 4, left: 8 }}>
                <CartesianGrid stroke="var(--border)" vertical={false} />
                <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 12, fill: 'var(--text-muted)' }} />
                <YAxis yAxisId="cost" tick={{ fontSize: 12, fill: 'var(--text-muted)' }} width={56} />
                <YAxis yAxisId="defects" orientation="right" allowDecimals={false} tick={{ fontSize: 12, fill: 'var(--text-muted)' }} width={32} />
                <Tooltip labelFormatter={(m) => monthLabel(String(m))} />
                <Legend />
                <Bar yAxisId="cost" dataKey="cost" name={t('compensation.report.cost', { currency })} fill="var(--accent)" />
                <Bar yAxisId="defects" dataKey="defectsAvoided" name={t('compensation.report.defectsAvoided')} fill="var(--ok)" />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('compensation.report.month')}</th>
                <th scope="col">{t('compensation.report.store')}</th>
                <th scope="col">{t('compensation.report.actions')}</th>
                <th scope="col">{t('compensation.report.costColumn')}</th>
                <th scope="col">{t('compensation.report.defectsAvoided')}</th>
                <th scope="col">{t('compensation.report.buyerSatisfied')}</th>
                <th scope="col">{t('compensation.report.costPerDefect')}</th>
              </tr>
            </thead>
            <tbody>
              {[...rows]
                .sort((a, b) => b.month.localeCompare(a.month) || a.storeName.localeCompare(b.storeName))
                .map((r) => (
                  <tr key={`${r.storeId}-${r.month}`}>
                    <th scope="row">{monthLabel(r.month)}</th>
                    <td>{r.storeName}</td>
                    <td>{r.actions}</td>
                    <td className="mono">{r.costs.map((c) => `${c.cost} ${c.currency}`).join(' · ')}</td>
                    <td>{r.defectsAvoided}</td>
                    <td>{r.buyerSatisfied}</td>
                    <td className="mono">{r.costs.map((c) => (c.costPerDefectAvoided ? `${c.costPerDefectAvoided} ${c.currency}` : '—')).join(' · ')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
