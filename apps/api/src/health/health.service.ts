import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DAY_MS, type MetricKey } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { badUserInput, notFound } from '../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import { DATA_SOURCE } from '../database/database.tokens';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type {
  AccountHealthType,
  FulfillmentScope,
  HealthAlertConnection,
  HealthForecastType,
  HealthTrendPointType,
} from './dto/account-health.types';
import { HealthMetricsService } from './health-metrics.service';
import { toForecastPointType, toHealthAlertType, toHealthMetricType, toTrendPointType } from './health.mappers';
import { HealthRepository } from './health.repository';

/** Longest trend one query returns. */
const MAX_TREND_DAYS = 400;

@Injectable()
export class HealthService {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly repo: HealthRepository,
    private readonly metrics: HealthMetricsService,
    private readonly tenancy: TenancyRepository,
  ) {}

  private async requireStore(auth: AuthUser, storeId: string): Promise<void> {
    if (!(await this.tenancy.store(auth.organizationId, storeId))) throw notFound('The store');
  }

  /** The store's metrics at `asOf` (default now); a past `asOf` replays them from the stored timestamps. */
  async accountHealth(auth: AuthUser, storeId: string, asOf?: Date | null): Promise<AccountHealthType> {
    await this.requireStore(auth, storeId);
    const at = asOf ? asOf.getTime() : Date.now();
    if (!Number.isFinite(at)) throw badUserInput('asOf is not a date.', [{ field: 'asOf', message: 'not a date' }]);
    const manager = this.db.manager;
    const [figures, report, status] = await Promise.all([
      this.metrics.compute(manager, auth.organizationId, storeId, at),
      this.repo.latestPerformanceReport(manager, auth.organizationId, storeId),
      this.repo.latestAccountStatus(manager, auth.organizationId, storeId),
    ]);
    return {
      storeId,
      asOf: new Date(at),
      metrics: figures.map(toHealthMetricType),
      accountStatus: status?.status ?? null,
      amazonReportImportedAt: report?.importedAt ?? null,
      amazonAccountHealthRating: report?.ahrScore ?? null,
    };
  }

  async forecast(auth: AuthUser, storeId: string, asOf: Date): Promise<HealthForecastType[]> {
    await this.requireStore(auth, storeId);
    const forecasts = await this.metrics.forecast(this.db.manager, auth.organizationId, storeId, asOf.getTime());
    return forecasts.map((f) => ({ key: f.key, fulfillmentChannel: f.fulfillmentChannel, points: f.points.map(toForecastPointType) }));
  }

  /** Daily snapshots between two days, inclusive (UTC). */
  async trend(
    auth: AuthUser,
    storeId: string,
    key: MetricKey,
    channel: FulfillmentScope | null,
    from: Date,
    to: Date,
  ): Promise<HealthTrendPointType[]> {
    await this.requireStore(auth, storeId);
    if (!(from.getTime() <= to.getTime()) || to.getTime() - from.getTime() > MAX_TREND_DAYS * DAY_MS) {
      throw badUserInput(`from must not be after to, and the range at most ${MAX_TREND_DAYS} days.`, [{ field: 'from', message: 'bad range' }]);
    }
    const rows = await this.repo.trend(
      auth.organizationId,
      storeId,
      key,
      channel ?? 'NONE',
      from.toISOString().slice(0, 10),
      to.toISOString().slice(0, 10),
    );
    return rows.map(toTrendPointType);
  }

  async alerts(auth: AuthUser, storeId: string, first: number, after?: string | null): Promise<HealthAlertConnection> {
    checkPageSize(first);
    await this.requireStore(auth, storeId);
    const cursor = after ? decodeCursor(after, 2) : null;
    const rows = await this.repo.alertsPage(
      auth.organizationId,
      storeId,
      first,
      cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : undefined,
    );
    const edges = rows.slice(0, first).map((a) => ({ cursor: encodeCursor([new Date(a.created_at).toISOString(), a.id]), node: toHealthAlertType(a) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
