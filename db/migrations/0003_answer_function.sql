-- One multiple-choice answer, checked, graded, stored and settled (db/queries/answer-write.ts). A PL/pgSQL
-- function keeps its statement's plan for the life of the connection; the same statement sent unnamed (as
-- poolers need: PgBouncer in transaction mode, Vercel Postgres) was planned again on every answer, which
-- was two thirds of its time. Calling a function works through any pooler. `use_column`: the result's
-- column names (id, role, …) are also table columns in the query, which means the columns.
CREATE OR REPLACE FUNCTION "cited_answer_choice"(
	p_user_id uuid, p_session_version integer, p_id uuid, p_attempt_id uuid, p_question_id text,
	p_response text, p_time_ms integer, p_answered_at timestamptz, p_at timestamptz
) RETURNS TABLE (
	id uuid, role text, is_admin boolean, display_name text, time_zone text,
	version jsonb, tags text[], typed boolean, offered boolean, is_correct boolean, inserted integer,
	held_id text, held_response text, held_correct boolean, answered integer, correct integer,
	question_count integer, correct_count integer, finished boolean, score real
) LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
	RETURN QUERY
	with caller as (
		select u.id, u.role, u.is_admin, u.display_name, u.time_zone from "users" u
		where u.id = p_user_id and u.session_version = p_session_version
	), asked as (
		select aq.version, q.tags,
			jsonb_array_length(aq.version->'choices') = 0 as typed,
			(aq.version->'choices') @> jsonb_build_array(p_response) as offered,
			(aq.version->>'answer') = p_response as is_correct
		from caller
		join "attempts" t on t.id = p_attempt_id and t.student_id = caller.id and caller.role = 'student'
		join "attempt_questions" aq on aq.attempt_id = t.id and aq.question_id = p_question_id
		join "questions" q on q.id = aq.question_id
	), gradable as (
		select asked.is_correct from asked where not asked.typed and asked.offered
	), ins as (
		insert into "answers" (id, attempt_id, question_id, response, is_correct, time_ms, answered_at, received_at)
		select p_id, p_attempt_id, p_question_id, p_response, gradable.is_correct, p_time_ms, p_answered_at, p_at
		from gradable
		on conflict do nothing
		returning "answers".is_correct
	), seen as (
		-- One look at the attempt's answers, as the statement's snapshot has them (it does not see its own
		-- insert): the tally, and the answer already there for this question (the first one counts).
		select count(*) as answered, count(*) filter (where a.is_correct) as correct,
			min(a.id::text) filter (where a.question_id = p_question_id) as held_id,
			min(a.response) filter (where a.question_id = p_question_id) as held_response,
			bool_or(a.is_correct) filter (where a.question_id = p_question_id) as held_correct
		from "answers" a, gradable
		where a.attempt_id = p_attempt_id
	), tally as (
		select seen.answered + (select count(*) from ins) as answered, seen.correct + (select count(*) from ins where ins.is_correct) as correct
		from seen, gradable
	), settled as (
		update "attempts" set
			correct_count = tally.correct,
			finished_at = case when tally.answered >= "attempts".question_count then coalesce("attempts".finished_at, p_at) else null end,
			score = case when tally.answered >= "attempts".question_count then tally.correct::real / greatest("attempts".question_count, 1) else null end
		from tally
		where "attempts".id = p_attempt_id
		returning "attempts".question_count, "attempts".correct_count, "attempts".finished_at, "attempts".score
	)
	select caller.id, caller.role, caller.is_admin, caller.display_name, caller.time_zone,
		asked.version, asked.tags, asked.typed, asked.offered, asked.is_correct,
		(select count(*) from ins)::int,
		seen.held_id, seen.held_response, seen.held_correct,
		tally.answered::int, tally.correct::int,
		settled.question_count, settled.correct_count, settled.finished_at is not null, settled.score
	from caller
	left join asked on true
	left join seen on true
	left join tally on true
	left join settled on true;
END
$$;
