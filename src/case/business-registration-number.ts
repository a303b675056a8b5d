/** Checks a Korean business registration number (사업자등록번호): 10 digits whose last digit is a check digit. */

export type BrnCheck =
  | { readonly valid: true; readonly digits: string }
  | { readonly valid: false; readonly reason: "format" }
  | { readonly valid: false; readonly reason: "checkDigit"; readonly digits: string; readonly expected: number };

/** Weights of the National Tax Service checksum over the first nine digits. */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/**
 * Validates the format (123-45-67890 or 1234567890) and the check digit: the weighted sum of the first nine digits
 * plus the tens digit of (ninth digit x 5), and the check digit is (10 - sum mod 10) mod 10.
 */
export function checkBusinessRegistrationNumber(input: string): BrnCheck {
  const compact = input.trim();
  if (!/^\d{3}-?\d{2}-?\d{5}$/.test(compact)) return { valid: false, reason: "format" };
  const digits = compact.replace(/-/g, "");
  const d = [...digits].map(Number);
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += d[i]! * weight;
  });
  sum += Math.floor((d[8]! * 5) / 10);
  const expected = (10 - (sum % 10)) % 10;
  return expected === d[9] ? { valid: true, digits } : { valid: false, reason: "checkDigit", digits, expected };
}
