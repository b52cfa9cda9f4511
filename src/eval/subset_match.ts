// "Does the actual value contain the expected one?" for tool arguments and userdata: objects match
// on the keys the scenario names, lists on the items it names (any order), text case- and
// space-insensitively, and a number matches the same number written as text (YAML vs JSON).

function normalizeText(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first difference between expected and actual as a path and a sentence, or undefined when it matches. */
export function subsetMismatch(expected: unknown, actual: unknown, path = ''): string | undefined {
  const at = path || 'value';
  if (expected === null || expected === undefined) {
    return actual === null || actual === undefined ? undefined : `${at}: expected no value, got ${show(actual)}`;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return `${at}: expected an object, got ${show(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      const miss = subsetMismatch(value, actual[key], path ? `${path}.${key}` : key);
      if (miss) return miss;
    }
    return undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected a list containing ${show(expected)}, got ${show(actual)}`;
    for (const item of expected) {
      if (!actual.some((a) => subsetMismatch(item, a) === undefined))
        return `${at}: expected the list to contain ${show(item)}, got ${show(actual)}`;
    }
    return undefined;
  }
  if (typeof expected === 'string' || typeof expected === 'number' || typeof expected === 'boolean') {
    if (actual === null || actual === undefined || typeof actual === 'object')
      return `${at}: expected ${show(expected)}, got ${show(actual)}`;
    const same =
      typeof expected === 'boolean' || typeof actual === 'boolean'
        ? String(expected).toLowerCase() === String(actual).toLowerCase()
        : normalizeText(String(expected)) === normalizeText(String(actual));
    return same ? undefined : `${at}: expected ${show(expected)}, got ${show(actual)}`;
  }
  return JSON.stringify(expected) === JSON.stringify(actual) ? undefined : `${at}: expected ${show(expected)}`;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
