// Pure marketplace rules, SLA calendar maths and scoring: no NestJS, TypeORM, React or socket.io here.
export * from './claims';
export * from './compensation';
export * from './feedback';
export * from './health';
export * from './marketplaces';
export * from './retention';
export * from './risk';
export * from './roles';
export * from './sla';
export * from './tickets';
