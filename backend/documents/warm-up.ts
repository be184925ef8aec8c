import { certificatePdf } from "./certificate";
import { sampleArabicDocument, sampleDocument } from "./sample-document";

/**
 * Draws sample certificates, left to right and right to left, before the API takes requests. The first documents
 * a process draws compile the renderer and read the fonts' shaping tables: measured on this project's 2-core
 * machine, the first Arabic certificates took 270, 90 and 70 ms, then about 10–20. Through the API, after three
 * rounds the first nine Arabic certificates still took 15–37 ms to draw, after eight 10–16 (one 32); eight rounds
 * take about 0.8 s on a busy machine, once per process, so the first customers after a start do not wait for them.
 */
export async function warmUpDocuments(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await certificatePdf(sampleDocument());
    await certificatePdf(sampleArabicDocument());
  }
}
