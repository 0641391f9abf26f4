/**
 * Secrets the practice console shows once (passwords, secret access keys, MFA seeds). They look
 * real but every one carries the marker CANARY, so security tests can prove the extension never
 * stores, logs or sends them.
 */
export const CANARY = 'CANARY';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomFrom(alphabet: string, length: number): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function generatePassword(): string {
  return `${randomFrom(ALPHANUMERIC, 6)}${CANARY}${randomFrom(ALPHANUMERIC, 4)}!#`;
}

export function generateSecretAccessKey(): string {
  return `${randomFrom(ALPHANUMERIC, 14)}${CANARY}${randomFrom(ALPHANUMERIC, 20)}`;
}

export function generateMfaSeed(): string {
  return `${randomFrom(BASE32, 20)}${CANARY}${randomFrom(BASE32, 30)}`;
}

/** Access key ids are not secret (they show in lists), so they carry no canary. */
export function generateAccessKeyId(): string {
  return `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
}

/** A multi-session session id, as in `123456789012-ab12cd34.us-east-1.console.aws.amazon.com`: not a secret. */
export function generateSessionId(): string {
  return randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 8);
}
