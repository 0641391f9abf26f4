import { useEffect, useState } from 'react';

/**
 * CloudWatch's own hash routes have no leading slash: `#alarmsV2:`, `#alarmsV2:create?~(…)`,
 * `#alarm:alarmFilter=ANY`, `#home:`. `parseHash` (IAM-style) does not fit them.
 */
export type CwPage = 'home' | 'alarms' | 'create' | 'other';

export interface CwRoute {
  page: CwPage;
  /** Only alarms in the ALARM state (`alarmStateFilter~'ALARM`). */
  inAlarm: boolean;
  /** The key flashes are stored under, e.g. `alarmsV2:`. */
  key: string;
  raw: string;
}

export function parseCwHash(hash: string): CwRoute {
  const raw = decodeURIComponent(hash.replace(/^#/, ''));
  const colon = raw.indexOf(':');
  const section = colon >= 0 ? raw.slice(0, colon) : raw;
  const rest = colon >= 0 ? raw.slice(colon + 1) : '';
  const sub = rest.split('?')[0] ?? '';
  const inAlarm = /alarmStateFilter~'ALARM/.test(rest) || /alarmFilter=ALARM/.test(rest);
  if ((section === 'alarmsV2' || section === 'alarm') && sub === 'create') {
    return { page: 'create', inAlarm: false, key: 'alarmsV2:create', raw };
  }
  // The oldest form, `#s=Alarms&alarmFilter=ANY`, has no colon.
  if (section === 'alarmsV2' || section === 'alarm' || section.startsWith('s=Alarms')) {
    return { page: 'alarms', inAlarm, key: 'alarmsV2:', raw };
  }
  if (section === '' || section === 'home') return { page: 'home', inAlarm: false, key: 'home:', raw };
  return { page: 'other', inAlarm: false, key: `${section}:`, raw };
}

export function useCwRoute(): CwRoute {
  const [route, setRoute] = useState(() => parseCwHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseCwHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
