/** The e-mails the office lists to share the evidence folder with (read-only), as typed in a prompt. */

const EMAIL_RE = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/u;

/** Addresses separated by commas, semicolons, spaces or lines; "Tên <a@b.vn>" keeps the address. */
export function parseEmailList(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  const tokens = text.split(/[,;\n]+/u).flatMap((part) => {
    const bracketed = /<([^<>]*)>/u.exec(part);
    return bracketed ? [bracketed[1].trim()] : part.split(/\s+/u);
  });
  for (const token of tokens.filter(Boolean)) {
    const email = token.toLowerCase();
    if (!EMAIL_RE.test(email)) invalid.push(token);
    else if (!emails.includes(email)) emails.push(email);
  }
  return { emails, invalid };
}
