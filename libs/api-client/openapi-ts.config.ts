// A plain object (no import) so the contract check can run this same file from a scratch folder.
export default {
  input: './openapi.json',
  output: { path: './src/generated', clean: true },
  plugins: [
    '@hey-api/client-fetch',
    { name: '@hey-api/typescript', enums: 'javascript' },
    { name: '@hey-api/sdk', validator: false },
    '@tanstack/react-query',
    'zod',
  ],
};
