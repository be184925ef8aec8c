import { certificatePdf } from "./certificate";
import { sampleArabicDocument, sampleDocument } from "./sample-document";

/**
 * Draws sample certificates, left to right and right to left, before the API takes requests. The first documents
 * a process draws compile the renderer and read the fonts' shaping tables: measured on this project's 2-core
 * machine, the first Arabic certificates took 270, 90 and 70 ms, then about 20. Three rounds take about half a
 * second, once per process, so the first customers after a start do not wait for them.
 */
export async function warmUpDocuments(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await certificatePdf(sampleDocument());
    await certificatePdf(sampleArabicDocument());
  }
}
