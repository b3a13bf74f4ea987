export * from './users';
export * from './classes';
export * from './articles';
export * from './facts';
export * from './questions';
export * from './assignments';
export * from './srs';
