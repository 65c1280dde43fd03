import { useCallback, useEffect, useState } from 'react';
import { formatBytes } from './format';

type Info =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unsupported' }
  | {
      readonly kind: 'known';
      readonly usage: number | null;
      readonly quota: number | null;
      readonly persisted: boolean;
    };

type Asked = 'no' | 'granted' | 'refused';

async function readInfo(): Promise<Info> {
  const storage = navigator.storage;
  if (!storage?.estimate) return { kind: 'unsupported' };
  const [estimate, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted ? storage.persisted() : Promise.resolve(false),
  ]);
  return { kind: 'known', usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

function Usage({ usage, quota }: { usage: number | null; quota: number | null }) {
  if (usage === null) return <p>The browser does not say how much space this app uses.</p>;
  return (
    <p>
      This app uses <strong>{formatBytes(usage)}</strong>
      {quota !== null && <> of the {formatBytes(quota)} the browser allows it</>}.
    </p>
  );
}

export function StorageSection() {
  const [info, setInfo] = useState<Info>({ kind: 'loading' });
  const [asked, setAsked] = useState<Asked>('no');

  const refresh = useCallback(async () => setInfo(await readInfo()), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const ask = async () => {
    const granted = navigator.storage?.persist ? await navigator.storage.persist() : false;
    setAsked(granted ? 'granted' : 'refused');
    await refresh();
  };

  return (
    <section className="panel settings-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      {info.kind === 'loading' && <p>Measuring…</p>}
      {info.kind === 'unsupported' && (
        <p>
          This browser does not report its storage. Download a backup now and then to keep your data safe.
        </p>
      )}
      {info.kind === 'known' && (
        <>
          <Usage usage={info.usage} quota={info.quota} />
          {info.persisted ? (
            <p>
              <strong>Persistent storage: granted.</strong> The browser will not clear this app’s data on its
              own when space runs low.
            </p>
          ) : (
            <>
              <p>
                <strong>Persistent storage: not granted.</strong> The browser may clear this app’s data when
                space runs low. Browsers tend to grant it to sites you use often or install; download a backup
                now and then either way.
              </p>
              <div className="button-row">
                <button type="button" onClick={ask}>
                  Ask for persistent storage again
                </button>
              </div>
            </>
          )}
        </>
      )}
      <div role="status">
        {asked === 'granted' && <p>The browser granted persistent storage.</p>}
        {asked === 'refused' && (
          <p>The browser said no for now. It may agree later, for example once the app is installed.</p>
        )}
      </div>
    </section>
  );
}
