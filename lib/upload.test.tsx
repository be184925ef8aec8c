import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { uploadFaults } from "@/mocks/handlers";
import { server } from "@/mocks/server";
import { translator } from "@/lib/i18n/catalogue";
import { checkFile, formatBytes, UploadError, uploadFile } from "./upload";
import { thumbnailUrl } from "./upload-paths";

const say = translator("en", "form");

const file = (type: string, size = 3, name = "f") => new File([new Uint8Array(size)], name, { type });

describe("upload", () => {
  it("checks accepted types (wildcards too) and size", () => {
    const rules = { accepted_mime_types: ["image/*", "application/pdf"], max_size: 2 * 1024 * 1024 };
    const check = (f: File) => checkFile(f, rules, say, "en-GB");
    expect(check(file("image/heic"))).toBeNull();
    expect(check(file("application/pdf"))).toBeNull();
    expect(check(file("text/csv", 3, "a.csv"))).toBe(
      "“a.csv” is not an accepted type of file. Choose a file in image or PDF format.",
    );
    expect(check(file("image/png", 3 * 1024 * 1024, "b.png"))).toBe(
      "“b.png” is too big. Choose a file smaller than 2 MB.",
    );
    expect(check(file(""))).toBeNull();
    expect(formatBytes(1536, say)).toBe("2 KB");
  });

  it("says so in the page's language", () => {
    const rules = { accepted_mime_types: ["image/png", "application/pdf"], max_size: 1024 * 1024 };
    const ar = translator("ar", "form");
    expect(checkFile(file("text/csv", 3, "a.csv"), rules, ar, "ar-u-nu-latn")).toBe(
      "«a.csv» ليس من أنواع الملفات المقبولة. اختر ملفًا بصيغة PNG أو PDF.",
    );
    expect(checkFile(file("image/png", 2 * 1024 * 1024, "b.png"), rules, ar, "ar-u-nu-latn")).toBe(
      "حجم «b.png» كبير جدًا. اختر ملفًا أصغر من 1 ميغابايت.",
    );
  });

  it("posts a data URL and resolves to the file reference, reporting progress", async () => {
    const seen: number[] = [];
    const ref = await uploadFile({
      policyNumber: "Q 1",
      fieldName: "docs",
      file: file("image/png", 10, "x.png"),
      say,
      onProgress: (n) => seen.push(n),
    });
    expect(ref).toBe("ref-x.png");
    expect(seen.at(-1)).toBe(100);
    expect(thumbnailUrl("Q 1", "r/1")).toBe("/api/v1/policy/Q%201/attachment/thumbnail/r%2F1/");
  });

  it("rejects with the server's detail for 4xx and a plain message otherwise", async () => {
    server.use(uploadFaults.unsupportedType);
    await expect(uploadFile({ policyNumber: "P", fieldName: "d", file: file("image/png"), say })).rejects.toMatchObject(
      {
        status: 415,
        message: "This file is not an accepted type (JPEG, PNG or PDF).",
      },
    );
    server.use(http.post("/api/v3/policy/:n/attachment/add/", () => HttpResponse.error()));
    const failure = uploadFile({ policyNumber: "P", fieldName: "d", file: file("image/png"), say });
    await expect(failure).rejects.toBeInstanceOf(UploadError);
    await expect(failure).rejects.toMatchObject({ status: 0, message: expect.stringMatching(/connection/) });
  });
});
