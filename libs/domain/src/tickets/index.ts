// Ticket desk rules: language detection, order ids in buyer text, routing, assignment, reply templates,
// queue urgency and merging — pure functions over plain data.
export * from './amazon-order-id';
export * from './buyer-message-text';
export * from './language-detection';
export * from './ticket-lifecycle';
export * from './routing';
export * from './assignment';
export * from './reply-templates';
export * from './urgency';
export * from './merge';
