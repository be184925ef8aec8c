CREATE TABLE "attachments" (
	"ref" text PRIMARY KEY NOT NULL,
	"policy_number" text NOT NULL,
	"field_name" text NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"customer_id" text,
	"user_id" text,
	"policy_scope" text,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customers_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "otp_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"email" text NOT NULL,
	"policy_number" text,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"kind" text NOT NULL,
	"policy_number" text,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"token" text PRIMARY KEY NOT NULL,
	"policy_number" text NOT NULL,
	"mode" text NOT NULL,
	"amount" text NOT NULL,
	"currency" text NOT NULL,
	"return_url" text NOT NULL,
	"status" text NOT NULL,
	"gateway_result" jsonb,
	"reference" text,
	"approval_code" text,
	"failure_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"policy_number" text PRIMARY KEY NOT NULL,
	"product_slug" text NOT NULL,
	"status" text NOT NULL,
	"version_id" text NOT NULL,
	"version_seq" integer NOT NULL,
	"quote_token_hash" text,
	"customer_id" text,
	"sold_by_user_id" text,
	"parent_policy_number" text,
	"renewed_from_policy_number" text,
	"is_renewal" boolean DEFAULT false NOT NULL,
	"answers" jsonb NOT NULL,
	"progress" jsonb NOT NULL,
	"pricing" jsonb,
	"payment_mode" text,
	"recurring_payment" boolean DEFAULT false NOT NULL,
	"start_date" date,
	"end_date" date,
	"customer_name" text DEFAULT '' NOT NULL,
	"customer_email" text,
	"cancellation_reason" text,
	"termination_date" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"policy_number" text NOT NULL,
	"seq" integer NOT NULL,
	"version_id" text NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" text NOT NULL,
	"reason_text" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "policy_versions_policy_number_seq_pk" PRIMARY KEY("policy_number","seq")
);
--> statement-breakpoint
CREATE INDEX "attachments_policy_idx" ON "attachments" USING btree ("policy_number");--> statement-breakpoint
CREATE INDEX "otp_codes_email_idx" ON "otp_codes" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "otp_codes_policy_idx" ON "otp_codes" USING btree ("policy_number");--> statement-breakpoint
CREATE INDEX "outbox_policy_idx" ON "outbox" USING btree ("policy_number");--> statement-breakpoint
CREATE INDEX "outbox_created_idx" ON "outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "payments_policy_idx" ON "payments" USING btree ("policy_number");--> statement-breakpoint
CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "policies_status_created_idx" ON "policies" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "policies_customer_idx" ON "policies" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "policies_sold_by_idx" ON "policies" USING btree ("sold_by_user_id","created_at");--> statement-breakpoint
CREATE INDEX "policies_product_idx" ON "policies" USING btree ("product_slug","created_at");--> statement-breakpoint
CREATE INDEX "policy_versions_time_idx" ON "policy_versions" USING btree ("policy_number","changed_at");