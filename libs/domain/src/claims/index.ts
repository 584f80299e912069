// A-to-z claims and chargebacks on the desk: case status, decisions as ODR reads them, deadlines and the
// evidence checklist (DOMAIN.md §1.6, §1.7).
export * from './claim-case';
export * from './evidence';
