// Builds the page into dist/: one bundle (app.js + app.css) and index.html. Run by `npm run build`,
// which the server project's build calls when node_modules exist.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
await mkdir('dist', { recursive: true });
await esbuild.build({
  entryPoints: { app: 'src/main.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: 'dist',
  loader: { '.png': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  legalComments: 'external',
  logLevel: 'warning',
});
await copyFile('src/index.html', 'dist/index.html');
