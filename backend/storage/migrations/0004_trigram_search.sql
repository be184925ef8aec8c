-- "contains" searches on names and emails use trigram indexes (pg_trgm is a trusted extension: no superuser needed).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "policies_customer_name_trgm_idx" ON "policies" USING gin ("customer_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "policies_customer_email_trgm_idx" ON "policies" USING gin ("customer_email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "policies_last_name_trgm_idx" ON "policies" USING gin ("customer_last_name" gin_trgm_ops);
