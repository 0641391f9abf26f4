import { useEffect, useState } from 'preact/hooks';

import type * as PackToolsModule from './pack-tools';

export type PackTools = typeof PackToolsModule;

let loading: Promise<PackTools> | null = null;

/** The pack tools module, imported once (a chunk of the extension's own files). */
export function loadPackTools(): Promise<PackTools> {
  loading ??= import('./pack-tools');
  return loading;
}

/** The pack tools once loaded (they start loading after the first render), else null. */
export function usePackTools(): PackTools | null {
  const [tools, setTools] = useState<PackTools | null>(null);
  useEffect(() => {
    let alive = true;
    void loadPackTools().then((loaded) => alive && setTools(() => loaded));
    return () => {
      alive = false;
    };
  }, []);
  return tools;
}
