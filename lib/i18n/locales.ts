export * from "@/contract/locales";
