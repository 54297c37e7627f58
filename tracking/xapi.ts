/**
 * Placeholder until the xapi tracker lands: the package runs standalone and says so.
 * @packageDocumentation
 */
export { createTracker } from './standalone.ts';
