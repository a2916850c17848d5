#!/usr/bin/env node
// `npm start`: build if needed, then serve. The server migrates and seeds the database as it starts.
import { spawn } from 'node:child_process';
import { buildIfNeeded } from './lib/build-if-needed.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
buildIfNeeded();

const port = process.env.PORT ?? '3000';
// Nothing asks who you are, so only this machine may connect unless HOST says otherwise (0.0.0.0 in a container).
const host = process.env.HOST || '127.0.0.1';
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port, '-H', host], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
