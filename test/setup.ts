// The framework's logger must exist before any session starts; keep test output quiet.
import { initializeLogger } from '@livekit/agents';

initializeLogger({ pretty: false, level: process.env.LOG_LEVEL ?? 'error' });
