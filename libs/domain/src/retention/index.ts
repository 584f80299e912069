// Buyer PII retention (DOMAIN.md §5).
export * from './pii-retention';
