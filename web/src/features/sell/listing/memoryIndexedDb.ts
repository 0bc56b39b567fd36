// Tests only: an in-memory IDBFactory with what the photo drafts use (open with upgrade, get, put,
// delete), values stored as structured clones and every event fired on a later task, as
// IndexedDB does. jsdom has none.
type Handler = (() => void) | null;

/** A request that settles on a later task, as IndexedDB's do. */
function request<T>(work: () => T, transaction?: { pending: number; settle(): void }) {
  const req = {
    result: undefined as T | undefined,
    error: null as unknown,
    onsuccess: null as Handler,
    onerror: null as Handler,
  };
  if (transaction) transaction.pending++;
  setTimeout(() => {
    try {
      req.result = work();
      req.onsuccess?.();
    } catch (error) {
      req.error = error;
      req.onerror?.();
    }
    transaction?.settle();
  });
  return req;
}

/** An in-memory IDBFactory with what the draft store uses: open (with upgrade), get, put, delete. */
export function memoryIndexedDb() {
  const databases = new Map<string, Map<string, Map<string, unknown>>>();
  const opens: string[] = [];
  const factory = {
    open(name: string) {
      opens.push(name);
      const upgrading = !databases.has(name);
      const stores = databases.get(name) ?? new Map<string, Map<string, unknown>>();
      databases.set(name, stores);
      const db = {
        objectStoreNames: { contains: (store: string) => stores.has(store) },
        createObjectStore: (store: string) => stores.set(store, new Map()),
        transaction(store: string) {
          const data = stores.get(store)!;
          const transaction = {
            pending: 0,
            oncomplete: null as Handler,
            onerror: null as Handler,
            onabort: null as Handler,
            error: null,
            settle() {
              if (--transaction.pending === 0) setTimeout(() => transaction.oncomplete?.());
            },
            objectStore: () => ({
              get: (key: string) => request(() => structuredClone(data.get(key)), transaction),
              put: (value: unknown, key: string) =>
                request(() => void data.set(key, structuredClone(value)), transaction),
              delete: (key: string) => request(() => void data.delete(key), transaction),
            }),
          };
          return transaction;
        },
      };
      // Upgrade (a new database) runs before success, with the database already the request's result.
      const open = {
        result: db,
        error: null,
        onsuccess: null as Handler,
        onerror: null as Handler,
        onupgradeneeded: null as Handler,
      };
      setTimeout(() => {
        if (upgrading) open.onupgradeneeded?.();
        open.onsuccess?.();
      });
      return open;
    },
  };
  return { factory: factory as unknown as IDBFactory, databases, opens };
}
