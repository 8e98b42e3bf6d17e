/** Bytes as lowercase hexadecimal, two digits each: how the API writes a SHA-256. */
export function bytesToHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return Array.from(view, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The SHA-256 of a text's UTF-8 bytes, as the API computes the fingerprint of an act. */
export async function sha256Hex(text: string): Promise<string> {
  return bytesToHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** Whether two hex digests are the same (ignoring case and surrounding spaces). */
export function sameDigest(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
