import { generateKeyPair, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import forge from "node-forge";
import type { FileStorage } from "../adapters/file-store/types";

export type PassCertificates = { wwdr: string; signerCert: string; signerKey: string };

const FILES = { wwdr: "ca-cert.pem", signerCert: "signer-cert.pem", signerKey: "signer-key.pem" } as const;
const SHARED_KEY = "pass-sandbox-certificates";
const inflight = new Map<string, Promise<PassCertificates>>();

/**
 * A self-signed CA (standing in for Apple's WWDR) and a signer certificate it issued, stored in
 * `<dataDir>/pass-sandbox/` on first use and reused afterwards.
 */
export async function sandboxCertificates(
  dataDir: string,
  subject: { passTypeIdentifier: string; teamIdentifier: string },
): Promise<PassCertificates> {
  const dir = path.resolve(dataDir, "pass-sandbox");
  const stored = await readStored(dir);
  if (stored) return stored;
  let pending = inflight.get(dir);
  if (!pending) {
    pending = create(dir, subject).finally(() => inflight.delete(dir));
    inflight.set(dir, pending);
  }
  return pending;
}

/**
 * The same, kept in a file store every instance shares (one sandbox CA for all of them). Two instances making them at
 * once both write; each then uses what the store holds, so they agree from then on.
 */
export async function sharedSandboxCertificates(
  files: FileStorage,
  subject: { passTypeIdentifier: string; teamIdentifier: string },
): Promise<PassCertificates> {
  const read = async () => {
    const bytes = await files.get(SHARED_KEY);
    return bytes ? (JSON.parse(bytes.toString("utf8")) as PassCertificates) : null;
  };
  const stored = await read();
  if (stored) return stored;
  await files.put(SHARED_KEY, Buffer.from(JSON.stringify(await generate(subject))));
  return (await read())!;
}

async function create(
  dir: string,
  subject: { passTypeIdentifier: string; teamIdentifier: string },
): Promise<PassCertificates> {
  const made = await generate(subject);
  await mkdir(path.dirname(dir), { recursive: true });
  // Written aside and renamed into place: a directory rename is atomic, so another process
  // racing us either wins (we keep its certificates) or loses (it keeps ours); never a mix.
  const tmp = await mkdtemp(path.join(path.dirname(dir), ".pass-sandbox-"));
  for (const [k, file] of Object.entries(FILES))
    await writeFile(path.join(tmp, file), made[k as keyof PassCertificates], { mode: 0o600 });
  try {
    await rename(tmp, dir);
    return made;
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    const winner = await readStored(dir);
    if (winner) return winner;
    throw new Error(
      `Could not store the sandbox pass certificates in ${dir} (${(e as Error).message}); remove that folder to make new ones.`,
    );
  }
}

async function readStored(dir: string): Promise<PassCertificates | null> {
  try {
    const [wwdr, signerCert, signerKey] = await Promise.all(
      Object.values(FILES).map((f) => readFile(path.join(dir, f), "utf8")),
    );
    return { wwdr, signerCert, signerKey };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

// Node's native generator is far faster than forge's pure-JS one; forge then builds the certificates.
async function rsaKeys() {
  const { privateKey } = await promisify(generateKeyPair)("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  const key = forge.pki.privateKeyFromPem(privateKey);
  return { privateKey: key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e) };
}

function certificate(keys: { publicKey: forge.pki.PublicKey }, subject: forge.pki.CertificateField[], years: number) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${randomBytes(15).toString("hex")}`; // a leading 01 keeps the serial positive
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600_000);
  cert.validity.notAfter = new Date(Date.now() + years * 365 * 24 * 3600_000);
  cert.setSubject(subject);
  return cert;
}

async function generate(subject: { passTypeIdentifier: string; teamIdentifier: string }): Promise<PassCertificates> {
  const [caKeys, signerKeys] = await Promise.all([rsaKeys(), rsaKeys()]);
  const caName = [
    { name: "commonName", value: "Sandbox Wallet Pass CA (not Apple)" },
    { name: "organizationName", value: "Harbour Insurance sandbox" },
  ];
  const ca = certificate(caKeys, caName, 10);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const signer = certificate(
    signerKeys,
    [
      { name: "commonName", value: `Pass Type ID: ${subject.passTypeIdentifier}` },
      { type: "0.9.2342.19200300.100.1.1", value: subject.passTypeIdentifier },
      { name: "organizationalUnitName", value: subject.teamIdentifier },
      { name: "organizationName", value: "Harbour Insurance sandbox" },
    ],
    5,
  );
  signer.setIssuer(caName);
  signer.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, critical: true },
  ]);
  signer.sign(caKeys.privateKey, forge.md.sha256.create());

  return {
    wwdr: forge.pki.certificateToPem(ca),
    signerCert: forge.pki.certificateToPem(signer),
    signerKey: forge.pki.privateKeyToPem(signerKeys.privateKey),
  };
}
