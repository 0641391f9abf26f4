/** Console host names, shared by the practice server and the pages. */
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const SESSION = /^(\d{12})-([a-z0-9]{8})$/;

/** What a console host's prefix says: `123456789012-ab12cd34.us-east-1` → the session and the region. */
export function parseConsolePrefix(prefix: string): { session: { accountId: string; id: string } | null; region: string | null } {
  const labels = prefix ? prefix.split('.') : [];
  const sessionMatch = labels[0] ? SESSION.exec(labels[0]) : null;
  const region = labels.find((label) => REGION.test(label)) ?? null;
  return { session: sessionMatch ? { accountId: sessionMatch[1]!, id: sessionMatch[2]! } : null, region };
}

/** A console host of a multi-session session, e.g. `123456789012-ab12cd34.us-east-1.console.aws.amazon.com`. */
export function sessionConsoleHost(accountId: string, sessionId: string, region: string, domain: string): string {
  return `${accountId}-${sessionId}.${region}.console.${domain}`;
}

/** The part of a console host before `console.<domain>`, e.g. `123456789012-ab12cd34.us-east-1`; '' for `console.<domain>`. */
export function consoleHostPrefix(hostname: string): string {
  const at = hostname.lastIndexOf('.console.');
  if (at < 0) return '';
  return hostname.slice(0, at);
}
