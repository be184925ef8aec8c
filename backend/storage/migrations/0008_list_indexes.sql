DROP INDEX "policies_created_at_idx";--> statement-breakpoint
DROP INDEX "policies_status_created_idx";--> statement-breakpoint
CREATE INDEX "policies_list_created_idx" ON "policies" USING btree ("created_at","policy_number") WHERE "policies"."parent_policy_number" IS NULL;--> statement-breakpoint
CREATE INDEX "policies_list_name_idx" ON "policies" USING btree ("customer_name","policy_number") WHERE "policies"."parent_policy_number" IS NULL;--> statement-breakpoint
CREATE INDEX "policies_list_start_idx" ON "policies" USING btree ("start_date","policy_number") WHERE "policies"."parent_policy_number" IS NULL;--> statement-breakpoint
CREATE INDEX "policies_list_end_idx" ON "policies" USING btree ("end_date","policy_number") WHERE "policies"."parent_policy_number" IS NULL;--> statement-breakpoint
CREATE INDEX "policies_list_status_idx" ON "policies" USING btree ("status","policy_number") WHERE "policies"."parent_policy_number" IS NULL;--> statement-breakpoint
CREATE INDEX "policies_list_status_created_idx" ON "policies" USING btree ("status","created_at","policy_number") WHERE "policies"."parent_policy_number" IS NULL;--> statement-breakpoint
-- "policy number contains" (the console's policy box) uses a trigram index, as the names do (0004).
CREATE INDEX IF NOT EXISTS "policies_policy_number_trgm_idx" ON "policies" USING gin ("policy_number" gin_trgm_ops);
