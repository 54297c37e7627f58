/**
 * Colour for terminal output, through `node:util` `styleText`. Whether to colour is decided here,
 * per stream, rather than left to `styleText`'s own check: the engines floor (Node 20.19.0) is
 * older than the `styleText` that reads `NO_COLOR` and the stream's TTY-ness, and tests write to
 * streams of their own. Colour only for a terminal, never with `NO_COLOR` (https://no-color.org:
 * set to anything but the empty string).
 * @packageDocumentation
 */
import { styleText } from 'node:util';

export type Style = Parameters<typeof styleText>[0];

/** Styles `text`, or returns it unchanged when colour is off. */
export type Paint = (style: Style, text: string) => string;

/** Whether output to `stream` may carry colour codes. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/** A {@link Paint} that colours when `color` is true and never otherwise. */
export function painter(color: boolean): Paint {
  return color ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
}
