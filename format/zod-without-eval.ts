/**
 * Puts zod in its no-eval mode before any schema of the format is built. Otherwise zod probes
 * whether it may compile parsers with `new Function` when it builds an object schema; in a
 * package the Content-Security-Policy refuses eval (build-scripts/package/content-security-policy.ts),
 * and the refused probe is reported as a violation even though zod catches it. Every module that
 * builds schemas imports this first.
 * @packageDocumentation
 */
import { config } from 'zod';

config({ jitless: true });
