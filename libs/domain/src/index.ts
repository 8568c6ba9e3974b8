export * from './policy';
export * from './approval-rule';
export * from './strategy-workflow';
export * from './text-anchor';
export * from './word-diff';
export * from './proposal-workflow';
