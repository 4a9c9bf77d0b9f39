#!/usr/bin/env node
// The `klankbord` command. The CLI is written in TypeScript and run through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
