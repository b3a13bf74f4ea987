CREATE TABLE "action_receipts" (
	"key" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"role" text DEFAULT 'teacher' NOT NULL,
	"email" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitations_role_check" CHECK ("invitations"."role" in ('teacher', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "known_devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "known_devices_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "study_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"desired_retention" real DEFAULT 0.9 NOT NULL,
	"new_cards_per_day" integer DEFAULT 20 NOT NULL,
	"fsrs_weights" jsonb,
	"weights_fitted_at" timestamp with time zone,
	"weights_review_count" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "study_settings_retention_check" CHECK ("study_settings"."desired_retention" >= 0.7 and "study_settings"."desired_retention" <= 0.99),
	CONSTRAINT "study_settings_new_cards_check" CHECK ("study_settings"."new_cards_per_day" >= 0 and "study_settings"."new_cards_per_day" <= 500)
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" text,
	"requested_by" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"step" text,
	"error" text,
	"question_count" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_status_check" CHECK ("import_jobs"."status" in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "question_reviews" (
	"teacher_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"status" text NOT NULL,
	"prompt" text,
	"choices" jsonb,
	"answer" text,
	"explanation" text,
	"numeric" jsonb,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_reviews_teacher_id_question_id_pk" PRIMARY KEY("teacher_id","question_id"),
	CONSTRAINT "question_reviews_status_check" CHECK ("question_reviews"."status" in ('approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "assignment_questions" (
	"assignment_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"position" integer NOT NULL,
	"version" jsonb NOT NULL,
	CONSTRAINT "assignment_questions_assignment_id_question_id_pk" PRIMARY KEY("assignment_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "attempt_questions" (
	"attempt_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"position" integer NOT NULL,
	"version" jsonb NOT NULL,
	CONSTRAINT "attempt_questions_attempt_id_question_id_pk" PRIMARY KEY("attempt_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "excusals" (
	"assignment_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "excusals_assignment_id_student_id_pk" PRIMARY KEY("assignment_id","student_id")
);
--> statement-breakpoint
ALTER TABLE "questions" DROP CONSTRAINT "questions_status_check";--> statement-breakpoint
-- Approvals and edits move to the per-teacher question_reviews overlay.
UPDATE "questions" SET "status" = 'generated' WHERE "status" in ('approved', 'edited');--> statement-breakpoint
ALTER TABLE "questions" DROP CONSTRAINT "questions_edited_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "auth_attempts" ADD COLUMN "kind" text DEFAULT 'signin' NOT NULL;--> statement-breakpoint
ALTER TABLE "auth_attempts" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "classes" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "classes" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "removed_reason" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "origin" text DEFAULT 'folder' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "duplicate_of" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "duplicate_similarity" real;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "choice_type" text;--> statement-breakpoint
ALTER TABLE "sets" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "sets" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sets" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "received_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "title" text;--> statement-breakpoint
UPDATE "assignments" SET "title" = "sets"."title" FROM "sets" WHERE "sets"."id" = "assignments"."set_id";--> statement-breakpoint
ALTER TABLE "assignments" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "question_count" integer;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "attempts_allowed" integer;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "mode" text;--> statement-breakpoint
UPDATE "attempts" SET "mode" = CASE WHEN "assignment_id" IS NULL THEN 'article' ELSE 'assignment' END;--> statement-breakpoint
ALTER TABLE "attempts" ALTER COLUMN "mode" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "article_id" text;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "retry_of" uuid;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "question_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "correct_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "added_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "review_logs" ADD COLUMN "duration_ms" integer;--> statement-breakpoint
ALTER TABLE "review_logs" ADD COLUMN "undone_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "action_receipts" ADD CONSTRAINT "action_receipts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_settings" ADD CONSTRAINT "app_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "known_devices" ADD CONSTRAINT "known_devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_settings" ADD CONSTRAINT "study_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_reviews" ADD CONSTRAINT "question_reviews_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_reviews" ADD CONSTRAINT "question_reviews_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_questions" ADD CONSTRAINT "assignment_questions_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_questions" ADD CONSTRAINT "assignment_questions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_questions" ADD CONSTRAINT "attempt_questions_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_questions" ADD CONSTRAINT "attempt_questions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excusals" ADD CONSTRAINT "excusals_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excusals" ADD CONSTRAINT "excusals_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "excusals" ADD CONSTRAINT "excusals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_receipts_created_idx" ON "action_receipts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_to_idx" ON "email_outbox" USING btree ("to_address");--> statement-breakpoint
CREATE INDEX "known_devices_user_idx" ON "known_devices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "import_jobs_requested_by_idx" ON "import_jobs" USING btree ("requested_by");--> statement-breakpoint
CREATE INDEX "question_reviews_question_idx" ON "question_reviews" USING btree ("question_id");--> statement-breakpoint
ALTER TABLE "auth_attempts" ADD CONSTRAINT "auth_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_attempts_user_idx" ON "auth_attempts" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "auth_attempts_created_idx" ON "auth_attempts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "articles_owner_idx" ON "articles" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "answers_question_idx" ON "answers" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "review_logs_student_review_idx" ON "review_logs" USING btree ("student_id","review");--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "edited_prompt";--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "edited_choices";--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "edited_answer";--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "edited_explanation";--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "edited_by";--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "edited_at";--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_removed_reason_check" CHECK ("enrollments"."removed_reason" is null or "enrollments"."removed_reason" in ('left', 'removed'));--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_origin_check" CHECK ("articles"."origin" in ('folder', 'upload'));--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_upload_owner_check" CHECK ("articles"."origin" = 'folder' or "articles"."owner_id" is not null);--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_status_check" CHECK ("questions"."status" in ('generated', 'retired'));--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_question_count_check" CHECK ("assignments"."question_count" is null or "assignments"."question_count" > 0);--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_attempts_check" CHECK ("assignments"."attempts_allowed" is null or "assignments"."attempts_allowed" > 0);--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_mode_check" CHECK ("attempts"."mode" in ('assignment', 'article', 'retry'));