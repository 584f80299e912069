// Compensation rules: kinds and their cost, per-role limits per currency (no splitting), approval lifecycle.
// Money is integer minor units throughout (money.ts).
export * from './money';
export * from './compensation-action';
export * from './limits';
export * from './compensation-lifecycle';
export * from './approval';
export * from './order-value';
export * from './report';
