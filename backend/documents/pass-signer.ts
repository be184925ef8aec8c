import { readFile } from "node:fs/promises";
import forge from "node-forge";
import { sandboxCertificates, sharedSandboxCertificates } from "./sandbox-certificates";
import type { FileStorage } from "../adapters/file-store/types";

export type PassSigner = {
  wwdr: string;
  signerCert: string;
  signerKey: string;
  signerKeyPassphrase?: string;
  passTypeIdentifier: string;
  teamIdentifier: string;
  sandbox: boolean;
};

const PEM_VARS = {
  wwdr: "PASS_WWDR_PEM",
  signerCert: "PASS_SIGNER_CERT_PEM",
  signerKey: "PASS_SIGNER_KEY_PEM",
} as const;
export const SANDBOX_PASS_TYPE = "pass.uk.co.harbour-insurance.sandbox";
export const SANDBOX_TEAM = "SANDBOX000";

/**
 * The Wallet signing identity from configuration (each PEM variable holds PEM text or a path to a
 * PEM file) or, when none is configured, a sandbox certificate made once in `files` (or `<dataDir>/pass-sandbox/`).
 */
export async function loadPassSigner(opts: {
  dataDir: string;
  files?: FileStorage;
  env?: Record<string, string | undefined>;
}): Promise<PassSigner> {
  const env = opts.env ?? process.env;
  const value = (name: string) => env[name]?.trim() || undefined;
  const set = Object.values(PEM_VARS).filter((n) => value(n));

  if (set.length === 0) {
    const passTypeIdentifier = value("PASS_TYPE_IDENTIFIER") ?? SANDBOX_PASS_TYPE;
    const teamIdentifier = value("PASS_TEAM_IDENTIFIER") ?? SANDBOX_TEAM;
    const subject = { passTypeIdentifier, teamIdentifier };
    const certs = opts.files
      ? await sharedSandboxCertificates(opts.files, subject)
      : await sandboxCertificates(opts.dataDir, subject);
    return { ...certs, passTypeIdentifier, teamIdentifier, sandbox: true };
  }
  const missing = [...Object.values(PEM_VARS), "PASS_TYPE_IDENTIFIER", "PASS_TEAM_IDENTIFIER"].filter((n) => !value(n));
  if (missing.length) {
    throw new Error(
      `Wallet pass signing is only partly configured: ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} missing. Set all of them, or none of the PEM variables to use a sandbox certificate.`,
    );
  }
  const signer: PassSigner = {
    wwdr: await pem(PEM_VARS.wwdr, value(PEM_VARS.wwdr)!),
    signerCert: await pem(PEM_VARS.signerCert, value(PEM_VARS.signerCert)!),
    signerKey: await pem(PEM_VARS.signerKey, value(PEM_VARS.signerKey)!),
    signerKeyPassphrase: value("PASS_SIGNER_KEY_PASSPHRASE"),
    passTypeIdentifier: value("PASS_TYPE_IDENTIFIER")!,
    teamIdentifier: value("PASS_TEAM_IDENTIFIER")!,
    sandbox: false,
  };
  check(signer);
  return signer;
}

async function pem(name: string, raw: string): Promise<string> {
  // Env files often carry a PEM on one line with literal "\n".
  const text = raw.includes("-----BEGIN")
    ? raw.replace(/\\n/g, "\n")
    : await readFile(raw, "utf8").catch((e: Error) => {
        throw new Error(`${name} is neither PEM text nor a readable file: ${e.message}`);
      });
  if (!text.includes("-----BEGIN")) throw new Error(`${name} does not contain a PEM block (file ${raw}).`);
  return text;
}

/** Fails at load, with the variable's name, rather than on the first pass. */
function check(s: PassSigner) {
  for (const [name, text] of [
    [PEM_VARS.wwdr, s.wwdr],
    [PEM_VARS.signerCert, s.signerCert],
  ] as const) {
    try {
      forge.pki.certificateFromPem(text);
    } catch (e) {
      throw new Error(`${name} is not a valid PEM certificate: ${(e as Error).message}`);
    }
  }
  let key: forge.pki.rsa.PrivateKey | null = null;
  try {
    key = forge.pki.decryptRsaPrivateKey(s.signerKey, s.signerKeyPassphrase);
  } catch {
    key = null;
  }
  if (!key) throw new Error("PASS_SIGNER_KEY_PEM is not an RSA private key that PASS_SIGNER_KEY_PASSPHRASE opens.");
}
