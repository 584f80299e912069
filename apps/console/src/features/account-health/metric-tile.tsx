import { useTranslation } from 'react-i18next';
import type { HealthForecast, HealthMetric } from '../../api/account-health.api';
import { barScale, budgetSentence, formatLine, formatRate, metricId } from './health-format';

/** What a metric counts: Amazon counts orders, eBay transactions (DOMAIN.md §3), feedback counts ratings. */
function volumeKey(key: string, higherIsBetter: boolean): string {
  if (key === 'EBAY_POSITIVE_FEEDBACK_RATE') return 'accountHealth.volumeRatings';
  if (key.startsWith('EBAY_')) return 'accountHealth.volumeTransactions';
  return higherIsBetter ? 'accountHealth.volumeGood' : 'accountHealth.volume';
}

/** One metric against its lines: value, a bar with the warning and red line, volume, budget, Amazon's figure. */
export function MetricTile({
  metric,
  forecast,
  selected,
  onSelect,
}: {
  metric: HealthMetric;
  forecast: HealthForecast | undefined;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const scale = barScale(metric);
  const budget = budgetSentence(metric);
  const status = metric.status.toLowerCase();
  const id = metricId(metric);

  return (
    <button
      type="button"
      className={`metric-tile metric-tile--${status}`}
      aria-pressed={selected}
      data-testid={`metric-tile-${id}`}
      data-status={metric.status}
      onClick={onSelect}
    >
      <span className="metric-tile__head">
        <span className="metric-tile__name">{t(`accountHealth.metric.${metric.key}`)}</span>
        {metric.fulfillmentChannel && <span className="tag tag--muted">{t(`accountHealth.channel.${metric.fulfillmentChannel}`)}</span>}
      </span>
      <span className="metric-tile__figure">
        <span className="metric-tile__value" data-testid="metric-value">
          {formatRate(metric.value, lang)}
        </span>
        <span className={`health-status health-status--${status}`} data-testid="metric-status">
          {t(`accountHealth.status.${metric.status}`)}
        </span>
      </span>
      <span className="metric-bar" aria-hidden="true">
        <span className="metric-bar__fill" style={{ width: `${scale.value * 100}%` }} />
        {scale.warning !== null && <span className="metric-bar__line metric-bar__line--warning" style={{ left: `${scale.warning * 100}%` }} />}
        {scale.red !== null && <span className="metric-bar__line metric-bar__line--red" style={{ left: `${scale.red * 100}%` }} />}
      </span>
      <span className="metric-tile__lines" data-testid="metric-lines">
        {metric.warningAt !== null && <span>{t('accountHealth.warningAt', { line: formatLine(metric.warningAt, lang) })}</span>}
        {metric.redLine !== null && <span>{t('accountHealth.redLine', { line: formatLine(metric.redLine, lang) })}</span>}
      </span>
      <span className="metric-tile__volume">
        {t(volumeKey(metric.key, metric.higherIsBetter), {
          numerator: metric.numerator.toLocaleString(lang),
          denominator: metric.denominator.toLocaleString(lang),
        })}
      </span>
      {budget && (
        <span className={`metric-tile__budget${budget.key === 'accountHealth.budget.more' ? '' : ' metric-tile__budget--alarm'}`} data-testid="metric-budget">
          {t(budget.key, { count: 'count' in budget ? budget.count : 0, line: formatLine(budget.line, lang) })}
        </span>
      )}
      {metric.amazon?.value != null && (
        <span className="metric-tile__amazon">{t('accountHealth.amazonFigure', { value: formatRate(metric.amazon.value, lang) })}</span>
      )}
      {forecast && forecast.points.length > 0 && (
        <span className="metric-tile__forecast">
          {forecast.points.map((point) => (
            <span key={point.horizonDays} className={`health-status--text-${point.status.toLowerCase()}`}>
              {t('accountHealth.forecastIn', { days: point.horizonDays, value: formatRate(point.value, lang) })}
            </span>
          ))}
        </span>
      )}
    </button>
  );
}
