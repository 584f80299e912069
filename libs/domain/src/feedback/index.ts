// Seller feedback rules: which comments Amazon may remove or strike through (DOMAIN.md §1.5).
export * from './removal';
export * from './removal-request';
