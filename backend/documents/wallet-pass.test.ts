import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import forge from "node-forge";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadPassSigner, walletPass, SANDBOX_NOTICE } from "./index";
import { sampleDocument } from "./sample-document";

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "harbour-pass-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

type Field = { key: string; label: string; value: string };
const unzip = (pkpass: Buffer) => unzipSync(new Uint8Array(pkpass));
const json = (bytes: Uint8Array) => JSON.parse(strFromU8(bytes));

describe("wallet pass", () => {
  it("is a signed generic pass for the policy", async () => {
    const signer = await loadPassSigner({ dataDir: await tempDir(), env: {} });
    const files = unzip(await walletPass(sampleDocument(), signer));
    for (const f of ["pass.json", "manifest.json", "signature", "icon.png", "icon@2x.png", "logo.png"])
      expect(files[f], f).toBeDefined();

    const pass = json(files["pass.json"]);
    expect(pass).toMatchObject({
      formatVersion: 1,
      serialNumber: "HBR-7Q4K2M",
      organizationName: "Harbour Insurance Ltd",
      passTypeIdentifier: signer.passTypeIdentifier,
      teamIdentifier: signer.teamIdentifier,
    });
    expect(pass.description).toContain(SANDBOX_NOTICE);
    expect(pass.description).toContain("HBR-7Q4K2M");
    const g = pass.generic as Record<string, Field[]>;
    expect(g.primaryFields).toEqual([expect.objectContaining({ value: "HBR-7Q4K2M" })]);
    expect(g.secondaryFields.map((f) => f.value)).toEqual(["Amelia Okonkwo-Hart", "Travel insurance"]);
    expect(g.auxiliaryFields.map((f) => f.value)).toEqual(["22 November 2026", "6 December 2026"]);
    const back = Object.fromEntries(g.backFields.map((f) => [f.key, f.value]));
    expect(back.emergency_phone).toBe("+44 20 7946 0999");
    expect(back.emergency_instructions).toContain("Keep every receipt");
    expect(back.beneficiaries).toContain("Tomás Hart");
    expect(pass.barcodes[0]).toMatchObject({ format: "PKBarcodeFormatQR", message: "HBR-7Q4K2M" });
    expect(pass.voided).toBe(false);

    const manifest = json(files["manifest.json"]) as Record<string, string>;
    expect(Object.keys(manifest).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== "manifest.json" && f !== "signature")
        .sort(),
    );
    for (const [name, sha1] of Object.entries(manifest))
      expect(createHash("sha1").update(files[name]).digest("hex"), name).toBe(sha1);

    expect(files.signature.length).toBeGreaterThan(0);
    const p7 = forge.pkcs7.messageFromAsn1(
      forge.asn1.fromDer(forge.util.createBuffer(strFromU8(files.signature, true))),
    ) as forge.pkcs7.PkcsSignedData;
    expect(p7.certificates.map((c) => forge.pki.certificateToPem(c))).toContain(
      signer.signerCert.replace(/\r?\n/g, "\r\n"),
    );
  });

  it("PNG images are real PNGs at the right sizes", async () => {
    const files = unzip(
      await walletPass(sampleDocument(), await loadPassSigner({ dataDir: await tempDir(), env: {} })),
    );
    const size = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];
    expect(size(files["icon.png"])).toEqual([29, 29]);
    expect(size(files["icon@2x.png"])).toEqual([58, 58]);
    expect(size(files["logo.png"])).toEqual([160, 50]);
  });

  it("a cancelled policy's pass is voided", async () => {
    const d = sampleDocument();
    const files = unzip(
      await walletPass(
        { ...d, policy: { ...d.policy, status: "Cancelled" } },
        await loadPassSigner({ dataDir: await tempDir(), env: {} }),
      ),
    );
    expect(json(files["pass.json"]).voided).toBe(true);
  });
});

describe("loadPassSigner", () => {
  it("makes a sandbox certificate once and reuses it", async () => {
    const dataDir = await tempDir();
    const [a, b] = await Promise.all([loadPassSigner({ dataDir, env: {} }), loadPassSigner({ dataDir, env: {} })]);
    expect(a.sandbox).toBe(true);
    expect(a.signerCert).toBe(b.signerCert);
    const again = await loadPassSigner({ dataDir, env: {} });
    expect(again.signerCert).toBe(a.signerCert);
    expect(again.signerKey).toBe(a.signerKey);
    expect(await readdir(dataDir)).toEqual(["pass-sandbox"]);
    expect((await readdir(path.join(dataDir, "pass-sandbox"))).sort()).toEqual([
      "ca-cert.pem",
      "signer-cert.pem",
      "signer-key.pem",
    ]);
    const ca = forge.pki.certificateFromPem(a.wwdr);
    expect(ca.verify(forge.pki.certificateFromPem(a.signerCert))).toBe(true);
  });

  it("two processes racing on first use end up with the same certificate", async () => {
    const dataDir = await tempDir();
    // Fresh module instances share no in-memory state, like two processes.
    vi.resetModules();
    const one = await import("./sandbox-certificates");
    vi.resetModules();
    const two = await import("./sandbox-certificates");
    const subject = { passTypeIdentifier: "pass.test", teamIdentifier: "TEAM000000" };
    const [a, b] = await Promise.all([
      one.sandboxCertificates(dataDir, subject),
      two.sandboxCertificates(dataDir, subject),
    ]);
    expect(a.signerCert).toBe(b.signerCert);
    expect(await readdir(dataDir)).toEqual(["pass-sandbox"]);
  });

  it("uses configured certificates, as PEM text or file paths, with a key passphrase", async () => {
    const sandbox = await loadPassSigner({ dataDir: await tempDir(), env: {} });
    const dir = await tempDir();
    const keyPath = path.join(dir, "key.pem");
    const encrypted = forge.pki.encryptRsaPrivateKey(forge.pki.privateKeyFromPem(sandbox.signerKey), "s3cret");
    await writeFile(keyPath, encrypted);
    const env = {
      PASS_WWDR_PEM: sandbox.wwdr,
      PASS_SIGNER_CERT_PEM: sandbox.signerCert.replace(/\r?\n/g, "\\n"),
      PASS_SIGNER_KEY_PEM: keyPath,
      PASS_SIGNER_KEY_PASSPHRASE: "s3cret",
      PASS_TYPE_IDENTIFIER: "pass.uk.co.harbour.policy",
      PASS_TEAM_IDENTIFIER: "ABCDE12345",
    };
    const signer = await loadPassSigner({ dataDir: dir, env });
    expect(signer).toMatchObject({
      sandbox: false,
      passTypeIdentifier: "pass.uk.co.harbour.policy",
      teamIdentifier: "ABCDE12345",
      signerKey: encrypted,
    });
    expect(await readdir(dir)).toEqual(["key.pem"]);
    const pass = json(unzip(await walletPass(sampleDocument(), signer))["pass.json"]);
    expect(pass.description).toBe("Travel insurance policy HBR-7Q4K2M");
    expect(pass.teamIdentifier).toBe("ABCDE12345");

    await expect(
      loadPassSigner({ dataDir: dir, env: { ...env, PASS_SIGNER_KEY_PASSPHRASE: "wrong" } }),
    ).rejects.toThrow(/PASS_SIGNER_KEY_PASSPHRASE/);
    await expect(
      loadPassSigner({ dataDir: dir, env: { ...env, PASS_WWDR_PEM: path.join(dir, "missing.pem") } }),
    ).rejects.toThrow(/PASS_WWDR_PEM is neither PEM text nor a readable file/);
  });

  it("refuses a partial configuration rather than silently using the sandbox", async () => {
    await expect(
      loadPassSigner({ dataDir: await tempDir(), env: { PASS_SIGNER_CERT_PEM: "/etc/cert.pem" } }),
    ).rejects.toThrow(/PASS_WWDR_PEM, PASS_SIGNER_KEY_PEM, PASS_TYPE_IDENTIFIER, PASS_TEAM_IDENTIFIER are missing/);
  });
});
