ALTER TABLE "policy_versions" ALTER COLUMN "snapshot" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD COLUMN "changes" jsonb;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_whole_or_changes" CHECK (("policy_versions"."snapshot" IS NULL) <> ("policy_versions"."changes" IS NULL));