/**
 * A random (version 4) UUID for statement ids (xAPI 1.0.3 Data §2.4.1). `crypto.randomUUID`
 * exists only in secure contexts, and an LMS may serve content over plain http, so the id is
 * built from `crypto.getRandomValues` (available everywhere) as RFC 9562 §5.4 describes.
 * @packageDocumentation
 */
export function uuid4(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
