/** Mirrors the API's policy so people see what is asked before submitting; the API has the last word. */
export const MIN_PASSWORD_LENGTH = 12;
export const LONG_PASSWORD_LENGTH = 16;

export interface PasswordRuleCheck {
  longEnough: boolean;
  varied: boolean;
}

export function characterKinds(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function checkPassword(password: string): PasswordRuleCheck {
  return {
    longEnough: password.length >= MIN_PASSWORD_LENGTH,
    varied: password.length >= LONG_PASSWORD_LENGTH || characterKinds(password) >= 3,
  };
}

export function passwordAcceptable(password: string): boolean {
  const check = checkPassword(password);
  return check.longEnough && check.varied;
}
