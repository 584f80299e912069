// Pure marketplace rules, SLA calendar maths and scoring: no NestJS, TypeORM, React or socket.io here.
export * from './marketplaces';
export * from './roles';
