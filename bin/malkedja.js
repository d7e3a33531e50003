#!/usr/bin/env node
// Registers tsx in-process so the package runs its TypeScript sources without a separate compile step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
