export * from './generated/graphql';
export * from './socket-events';
