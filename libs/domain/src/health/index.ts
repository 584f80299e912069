// Account-health metrics for Amazon, eBay and AliExpress as pure functions over plain records (DOMAIN.md §1–§4).
export * from './metric';
export * from './thresholds';
export * from './context';
export * from './time';
export * from './status';
export * from './amazon-facts';
export * from './amazon-odr';
export * from './amazon-shipping';
export * from './amazon-customer-service';
export * from './ebay';
export * from './aliexpress';
export * from './forecast';
