CREATE TABLE "instalments" (
	"policy_number" text NOT NULL,
	"number" integer NOT NULL,
	"due_date" date NOT NULL,
	"amount" text NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_try_on" date,
	"payment_token" text,
	"failure_reason" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "instalments_policy_number_number_pk" PRIMARY KEY("policy_number","number")
);
--> statement-breakpoint
CREATE INDEX "instalments_collect_idx" ON "instalments" USING btree ("status","next_try_on");