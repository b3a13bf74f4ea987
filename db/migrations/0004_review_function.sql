-- One review from a device that sent the card's state as it graded it (db/queries/review-write.ts,
-- advanceClaimed): session, owner, claimed state and settings checked, card moved and log appended in one
-- statement. A function for the reason given in 0003_answer_function.sql: its plan is kept per connection,
-- where the same statement sent unnamed (for poolers) was planned again on every review.
CREATE OR REPLACE FUNCTION "cited_review_claimed"(
	p_user_id uuid, p_session_version integer, p_card_id uuid, p_settings_version text,
	f_due timestamptz, f_last_review timestamptz, f_stability double precision, f_difficulty double precision,
	f_elapsed_days integer, f_scheduled_days integer, f_learning_steps integer, f_reps integer, f_lapses integer, f_state integer,
	s_due timestamptz, s_last_review timestamptz, s_stability double precision, s_difficulty double precision,
	s_elapsed_days integer, s_scheduled_days integer, s_learning_steps integer, s_reps integer, s_lapses integer, s_state integer,
	p_log_id uuid, p_rating integer, p_review timestamptz, p_duration_ms integer, p_now timestamptz,
	o_state integer, o_due timestamptz, o_stability double precision, o_difficulty double precision,
	o_elapsed_days integer, o_last_elapsed_days integer, o_scheduled_days integer, o_learning_steps integer
) RETURNS TABLE (id uuid, role text, is_admin boolean, display_name text, time_zone text)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
	RETURN QUERY
	with caller as (
		select u.id, u.role, u.is_admin, u.display_name, u.time_zone from "users" u
		where u.id = p_user_id and u.session_version = p_session_version and u.role = 'student'
	), moved as (
		update "cards" c set
			due = s_due, stability = s_stability, difficulty = s_difficulty,
			elapsed_days = s_elapsed_days, scheduled_days = s_scheduled_days, learning_steps = s_learning_steps,
			reps = s_reps, lapses = s_lapses, state = s_state, last_review = s_last_review, updated_at = p_now
		from caller
		where c.id = p_card_id and c.student_id = caller.id and c.added_at <= p_review
			-- Dates travel through JavaScript at millisecond precision; a new card's due (its added_at) has microseconds.
			and c.due > f_due - interval '1 millisecond' and c.due < f_due + interval '1 millisecond'
			and (case when f_last_review is null then c.last_review is null
				else c.last_review > f_last_review - interval '1 millisecond' and c.last_review < f_last_review + interval '1 millisecond' end)
			and c.stability = f_stability and c.difficulty = f_difficulty
			and c.elapsed_days = f_elapsed_days and c.scheduled_days = f_scheduled_days and c.learning_steps = f_learning_steps
			and c.reps = f_reps and c.lapses = f_lapses and c.state = f_state
			and (select s.xmin::text from "study_settings" s where s.user_id = caller.id) is not distinct from p_settings_version
		returning c.id, c.question_id
	), logged as (
		insert into "review_logs" (id, card_id, student_id, question_id, rating, review, duration_ms, created_at,
			state, due, stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days, learning_steps)
		select p_log_id, moved.id, p_user_id, moved.question_id, p_rating, p_review, p_duration_ms, p_now,
			o_state, o_due, o_stability, o_difficulty, o_elapsed_days, o_last_elapsed_days, o_scheduled_days, o_learning_steps
		from moved
		returning "review_logs".id
	)
	select caller.id, caller.role, caller.is_admin, caller.display_name, caller.time_zone from caller, logged;
END
$$;
