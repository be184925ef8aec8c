export { parseWith } from "../domain/parse";
