import { config } from 'zod/v4/core';

// Runs in the browser before the app's code. Zod 4 probes `new Function` before its first object parse;
// the page's CSP (no 'unsafe-eval') blocks it, and even the caught probe reports a policy violation.
// jitless skips the probe and the compiled parser (lib/api/security-headers.ts has the policy).
config({ jitless: true });
