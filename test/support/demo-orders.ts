type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** A recent demo Amazon UK order in the ODR window that carries no defect yet (a claim on it moves ODR). */
export async function cleanUkOrder(sql: Sql): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `SELECT o.marketplace_order_id AS id
       FROM orders o JOIN stores s ON s.id = o.store_id
      WHERE s.name = 'Amazon UK' AND o.purchased_at BETWEEN now() - interval '30 days' AND now() - interval '20 days'
        AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.store_id = o.store_id AND c.marketplace_order_id = o.marketplace_order_id)
        AND NOT EXISTS (SELECT 1 FROM seller_feedback f WHERE f.store_id = o.store_id AND f.marketplace_order_id = o.marketplace_order_id)
      ORDER BY o.purchased_at LIMIT 1`,
  );
  if (!row) throw new Error('the demo seed has no defect-free Amazon UK order in the window');
  return row.id;
}
