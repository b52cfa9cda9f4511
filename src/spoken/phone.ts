// Phone numbers as callers give them: US formats ("(415) 555-0134", "1-415-555-0134") and
// international ones ("+44 7700 900123", "0044 7700 900123"), normalised to E.164. A problem comes
// back as a sentence the agent can act on (what was wrong, what to ask for), never as an exception.

export type PhoneResult = { ok: true; e164: string; spoken: string } | { ok: false; problem: string };

const ASK_AGAIN = 'Ask the caller to say the number again, digit by digit, with the area code.';

export function parsePhoneNumber(raw: string): PhoneResult {
  const text = raw.trim();
  if (!text) return { ok: false, problem: `No phone number was given. ${ASK_AGAIN}` };
  if (/[a-z]/i.test(text.replace(/\b(ext|x)\.?\s*\d+$/i, ''))) {
    return { ok: false, problem: `"${text}" is not a phone number: it contains letters. ${ASK_AGAIN}` };
  }
  if (/\b(ext|x)\.?\s*\d+$/i.test(text)) {
    return { ok: false, problem: 'We cannot call back an extension. Ask the caller for a direct number.' };
  }
  if (/[^\d\s()+.\-/]/.test(text)) return { ok: false, problem: `"${text}" is not a phone number. ${ASK_AGAIN}` };

  const international = text.startsWith('+') || text.startsWith('00');
  let digits = text.replace(/\D/g, '');
  if (international) {
    if (text.startsWith('00')) digits = digits.slice(2);
    if (digits.startsWith('1')) return usNumber(digits.slice(1), text);
    if (digits.length < 8 || digits.length > 15) {
      return {
        ok: false,
        problem: `"${text}" has ${digits.length} digits after the country code, which is not a valid international number. ${ASK_AGAIN}`,
      };
    }
    return { ok: true, e164: `+${digits}`, spoken: `+${digits}` };
  }
  if (digits.length === 11 && digits.startsWith('1')) return usNumber(digits.slice(1), text);
  if (digits.length === 10) return usNumber(digits, text);
  if (digits.length === 7) {
    return {
      ok: false,
      problem: `I heard only seven digits, ${digits.slice(0, 3)} ${digits.slice(3)}. A callback number needs the area code too. Ask the caller for it.`,
    };
  }
  return {
    ok: false,
    problem: `"${text}" has ${digits.length} digits; a US number has 10 (with the area code), and an international one starts with plus and the country code. ${ASK_AGAIN}`,
  };
}

function usNumber(ten: string, original: string): PhoneResult {
  if (ten.length !== 10) {
    return { ok: false, problem: `"${original}" does not have the 10 digits of a US number. ${ASK_AGAIN}` };
  }
  // North American numbering: area code and exchange never start with 0 or 1.
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(ten)) {
    return {
      ok: false,
      problem: `"${original}" is not a valid US number: the area code and the next three digits cannot start with 0 or 1. ${ASK_AGAIN}`,
    };
  }
  return { ok: true, e164: `+1${ten}`, spoken: `${ten.slice(0, 3)}-${ten.slice(3, 6)}-${ten.slice(6)}` };
}
