import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps `order_day_counts` (orders per store, UTC purchase day and channel) in step with `orders`, with
 * statement-level triggers over transition tables so a 10,000-row upsert costs one grouped write. Written by
 * hand: TypeORM does not model triggers (and so never reports them as drift).
 */
export class OrderDayCountTriggers1795440207703 implements MigrationInterface {
  name = 'OrderDayCountTriggers1795440207703';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION order_day_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          -- Decrements only update: the day row exists since the old order was counted, and a cascade from a
          -- deleted store may already have removed it.
          UPDATE order_day_counts c SET orders = c.orders - o.n
            FROM (SELECT organization_id, store_id, (purchased_at AT TIME ZONE 'UTC')::date AS day, fulfillment_channel, count(*)::int AS n
                    FROM old_rows GROUP BY 1, 2, 3, 4) o
           WHERE c.organization_id = o.organization_id AND c.store_id = o.store_id AND c.day = o.day
             AND c.fulfillment_channel = o.fulfillment_channel;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO order_day_counts AS c (organization_id, store_id, day, fulfillment_channel, orders)
          SELECT organization_id, store_id, (purchased_at AT TIME ZONE 'UTC')::date, fulfillment_channel, count(*)::int
            FROM new_rows GROUP BY 1, 2, 3, 4
          ON CONFLICT (organization_id, store_id, day, fulfillment_channel) DO UPDATE SET orders = c.orders + EXCLUDED.orders;
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`CREATE TRIGGER orders_day_counts_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION order_day_counts_apply()`);
    await q.query(`CREATE TRIGGER orders_day_counts_update AFTER UPDATE ON orders REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION order_day_counts_apply()`);
    await q.query(`CREATE TRIGGER orders_day_counts_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION order_day_counts_apply()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER orders_day_counts_delete ON orders`);
    await q.query(`DROP TRIGGER orders_day_counts_update ON orders`);
    await q.query(`DROP TRIGGER orders_day_counts_insert ON orders`);
    await q.query(`DROP FUNCTION order_day_counts_apply()`);
  }
}
