// Every language Belong speaks: one line each, for its file beside this one. A file must have every key of
// en.json (the catalogue does not compile otherwise) and the same interpolation variables (catalogue.spec.ts).
export { default as en } from './en.json';
export { default as de } from './de.json';
export { default as fr } from './fr.json';
export { default as es } from './es.json';
export { default as ca } from './ca.json';
export { default as eu } from './eu.json';
export { default as ga } from './ga.json';
export { default as it } from './it.json';
export { default as pl } from './pl.json';
export { default as ro } from './ro.json';
export { default as sv } from './sv.json';
export { default as uk } from './uk.json';
export { default as ar } from './ar.json';
