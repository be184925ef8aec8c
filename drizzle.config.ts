import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./backend/storage/schema.ts",
  out: "./backend/storage/migrations",
});
