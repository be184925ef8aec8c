DROP INDEX "policies_product_idx";--> statement-breakpoint
DROP INDEX "policies_list_created_idx";--> statement-breakpoint
DROP INDEX "policies_list_name_idx";--> statement-breakpoint
DROP INDEX "policies_list_start_idx";--> statement-breakpoint
DROP INDEX "policies_list_end_idx";--> statement-breakpoint
DROP INDEX "policies_list_status_idx";--> statement-breakpoint
DROP INDEX "policies_list_status_created_idx";--> statement-breakpoint
CREATE INDEX "policies_list_product_created_idx" ON "policies" USING btree ("product_slug","created_at","policy_number","parent_policy_number");--> statement-breakpoint
CREATE INDEX "policies_list_created_idx" ON "policies" USING btree ("created_at","policy_number","parent_policy_number");--> statement-breakpoint
CREATE INDEX "policies_list_name_idx" ON "policies" USING btree ("customer_name","policy_number","parent_policy_number");--> statement-breakpoint
CREATE INDEX "policies_list_start_idx" ON "policies" USING btree ("start_date","policy_number","parent_policy_number");--> statement-breakpoint
CREATE INDEX "policies_list_end_idx" ON "policies" USING btree ("end_date","policy_number","parent_policy_number");--> statement-breakpoint
CREATE INDEX "policies_list_status_idx" ON "policies" USING btree ("status","policy_number","parent_policy_number");--> statement-breakpoint
CREATE INDEX "policies_list_status_created_idx" ON "policies" USING btree ("status","created_at","policy_number","parent_policy_number");