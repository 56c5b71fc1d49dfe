/** A tel: address for a phone number as a source prints it ("(314) 555-0100 ext. 2" → "tel:+13145550100"); null when it has no usable number. */
export function telHref(phone: string): string | null {
  const main = phone.split(/\b(?:ext|x|extension)\b\.?/i)[0] ?? "";
  const digits = main.replace(/\D/g, "");
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith("1")) return `tel:+${digits}`;
  if (digits.length >= 3 && digits.length <= 15) return `tel:${digits}`;
  return null;
}
