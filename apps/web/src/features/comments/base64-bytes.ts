/*
 * Comment anchors travel as base64 text (the API stores the bytes). The browser has btoa/atob,
 * which work on "binary strings" of one character per byte; these turn that into Uint8Array.
 */

/** Bytes → standard base64 (with padding), as the API's Buffer.toString('base64') writes it. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode(...bytes) would overflow the call stack on large inputs: go in chunks.
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** Standard base64 → bytes; throws on text that is not base64 (atob's InvalidCharacterError). */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
