ALTER TABLE "policies" ADD COLUMN "partnership" text;--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "distributor_id" text;--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "touchpoint_id" text;--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "referrer_url" text;