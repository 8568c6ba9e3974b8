// Every language Belong speaks: one line each, for its file beside this one. A file must have every key of
// en.json (the catalogue does not compile otherwise) and the same interpolation variables (catalogue.spec.ts).
export { default as en } from './en.json';
export { default as de } from './de.json';
