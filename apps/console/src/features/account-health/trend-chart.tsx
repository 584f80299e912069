import type { FulfillmentScope, HealthMetricKey } from '@lifeline/api-contract';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatLine, formatRate } from './health-format';
import { useAccountHealthTrend } from './useAccountHealthTrend';

const TREND_DAYS = 90;

/** 90 days of daily snapshots, with the warning and red lines the value is measured against. */
export function TrendChart({
  storeId,
  metricKey,
  fulfillmentChannel,
  warningAt,
  redLine,
}: {
  storeId: string;
  metricKey: HealthMetricKey;
  fulfillmentChannel: FulfillmentScope | null;
  warningAt: number | null;
  redLine: number | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const trend = useAccountHealthTrend(storeId, metricKey, fulfillmentChannel, TREND_DAYS);

  if (trend.isPending) return <p className="muted panel__body">{t('app.loading')}</p>;
  if (trend.isError)
    return (
      <p className="error-text panel__body" role="alert">
        {t('app.loadFailed')}
      </p>
    );
  if (trend.data.length === 0) return <p className="muted panel__body">{t('accountHealth.trendEmpty')}</p>;

  const dayLabel = (day: string) => new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const highest = Math.max(redLine ?? 0, ...trend.data.map((point) => point.value ?? 0));

  return (
    <div className="trend-chart" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={trend.data} margin={{ top: 12, right: 84, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="day" tickFormatter={dayLabel} minTickGap={32} tick={{ fontSize: 12, fill: 'var(--text-muted)' }} />
          <YAxis
            domain={[0, highest > 0 ? highest * 1.15 : 'auto']}
            tickFormatter={(value: number) => formatLine(value, lang)}
            width={52}
            tick={{ fontSize: 12, fill: 'var(--text-muted)' }}
          />
          <Tooltip
            labelFormatter={(day) => dayLabel(String(day))}
            formatter={(value) => [formatRate(typeof value === 'number' ? value : null, lang), t(`accountHealth.metric.${metricKey}`)]}
          />
          {warningAt !== null && (
            <ReferenceLine
              y={warningAt}
              stroke="var(--warn)"
              strokeDasharray="4 4"
              label={{ value: t('accountHealth.warningAt', { line: formatLine(warningAt, lang) }), position: 'right', fontSize: 11, fill: 'var(--warn)' }}
            />
          )}
          {redLine !== null && (
            <ReferenceLine
              y={redLine}
              stroke="var(--danger)"
              label={{ value: t('accountHealth.redLine', { line: formatLine(redLine, lang) }), position: 'right', fontSize: 11, fill: 'var(--danger)' }}
            />
          )}
          <Line type="monotone" dataKey="value" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
