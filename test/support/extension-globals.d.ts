/** The part of the extension API that end-to-end tests call inside the service worker or extension pages. */
declare const chrome: {
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: string | null): Promise<Record<string, unknown>>;
      clear(): Promise<void>;
    };
  };
  runtime: {
    getManifest(): { version: string };
  };
};
