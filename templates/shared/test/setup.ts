// The framework's logger must exist before any session starts. Tool errors are logged at error
// level by the framework, and the tests provoke them on purpose, so only fatal logs show by default
// (LOG_LEVEL=debug npm test shows everything).
import { initializeLogger } from '@livekit/agents';

initializeLogger({ pretty: false, level: process.env.LOG_LEVEL ?? 'fatal' });
