export * from './errors';
export * from './common';
export * from './regions';
export * from './users';
export * from './organisations';
export * from './members';
export * from './auth';
export * from './audit';
