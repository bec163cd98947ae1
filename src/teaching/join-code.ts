/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 8.5 * 10^11
 * codes, shown as two groups of four. Typed codes are forgiven case, spaces and the hyphen.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/** A new code from a source of random bytes (crypto's in the app), without modulo bias. */
export function newJoinCode(randomBytes: (count: number) => Uint8Array): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}

/** The code as stored, from what a learner typed; null when it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}

export const formatJoinCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
