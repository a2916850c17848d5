import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // `const { secret, ...rest } = value` is how a field is left out of a copy: the left-out name is not "unused".
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] } },
  // Links go through components/ui/link.tsx, which turns prefetching off (it says why).
  {
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Import { Link } from '@/components/ui/link': it does not prefetch." }] }],
    },
  },
  { files: ['components/ui/link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
