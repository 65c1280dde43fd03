import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { fmt, printTable } from './stats';

/** Gzipped bytes of the JS a first visit loads: the entry script and its modulepreloads. */
function firstLoadJs(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
}

const BARE_MAIN = `
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { create } from 'zustand';
import Dexie from 'dexie';
const db = new Dexie('bare');
db.version(1).stores({ rows: 'id' });
const useCount = create(() => ({ count: 0 }));
function Home() { const count = useCount((s) => s.count); return <p>{count} {db.name}</p>; }
const router = createBrowserRouter([{ path: '/', Component: Home }]);
createRoot(document.getElementById('root')).render(<RouterProvider router={router} />);
`;

/** The app's first-load JS against a bare React + react-router + zustand + Dexie build of the same stack. */
export async function benchBundle(): Promise<void> {
  const root = join(process.cwd(), 'node_modules', '.cache', 'bench-bare');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<div id="root"></div><script type="module" src="/main.jsx"></script>',
  );
  writeFileSync(join(root, 'main.jsx'), BARE_MAIN);
  await build({
    root,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: join(root, 'dist'), emptyOutDir: true },
  });
  await build({ logLevel: 'silent' });
  const bare = firstLoadJs(join(root, 'dist'));
  const app = firstLoadJs('dist');
  printTable(
    'First-load JavaScript (gzipped; budget: app within 1.15x of the bare stack)',
    ['build', 'kB gzip', 'ratio'],
    [
      ['bare React + react-router + zustand + Dexie', fmt(bare / 1024, 1), '1.00'],
      ['this app (catalog page)', fmt(app / 1024, 1), fmt(app / bare)],
    ],
  );
}
