export * from './caller';
export * from './decision';
export * from './resources';
export * from './can';
export { maySee, movesOpenTo, decideMove } from './strategy-rules';
