/** Shortest password accepted anywhere (login setup, reset, create-admin). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest accepted: hashing cost must not be a lever for abuse. */
export const MAX_PASSWORD_LENGTH = 256;

const COMMON = new Set([
  'password1234', 'passwordpassword', '123456789012', 'qwertyuiopas', 'condivisa123',
  'condivisa2025', 'bergamo12345', 'amministratore', 'administrator', 'cambiami1234',
]);

/**
 * Returns the reasons (in Italian) why a password is too weak, or an empty list.
 * Length matters most; short passwords also need some variety of characters.
 */
export function passwordProblems(password: string, email?: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) {
    problems.push(`La password deve avere almeno ${MIN_PASSWORD_LENGTH} caratteri.`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    problems.push(`La password non può superare ${MAX_PASSWORD_LENGTH} caratteri.`);
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (password.length < 16 && classes < 3) {
    problems.push('Usa almeno tre tipi di carattere tra minuscole, maiuscole, cifre e simboli, oppure almeno 16 caratteri.');
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) {
    problems.push('La password è troppo comune.');
  }
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) {
    problems.push("La password non deve contenere l'indirizzo e-mail.");
  }
  return problems;
}
