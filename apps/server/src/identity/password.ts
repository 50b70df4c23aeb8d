import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP baseline: 19 MiB, 2 iterations, 1 lane (DESIGN §7).
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot inline).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the account does not exist keeps the timing the same,
// so the answer time does not tell whether an address has an account.
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hashPassword('tandem-timing-equaliser'));
