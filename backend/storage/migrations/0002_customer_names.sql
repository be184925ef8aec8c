ALTER TABLE "policies" ADD COLUMN "customer_first_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "customer_last_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "policies_parent_idx" ON "policies" USING btree ("parent_policy_number");