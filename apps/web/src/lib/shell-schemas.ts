/**
 * The contract schemas that the app's shell (the signed-in person, the bell, live updates, error answers) parses
 * with, imported on first use (`await import()` only), so that no module of the shell needs zod for itself. The shell
 * still imports two constants of the contracts (the interface languages, the CSRF header's name); while those live
 * beside schemas, zod comes with them into the first download (scripts/bundle-budget.mjs).
 */
export { liveEvent, meResponse, notificationList, problem } from '@belong/contracts';
