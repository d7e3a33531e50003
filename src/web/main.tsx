// The zod setting must be made before any shared schema is built, and static imports all run
// before a module's own body: so this entry makes the setting and only then loads the app.
import './zod-config.ts';

void import('./app.tsx');
