-- Issue 12: the ranking shows each person's registered target title, and can be searched by name.

-- The target title of the subject's registered pledge (SUBMITTED or APPROVED) when the campaign closed.
ALTER TABLE ranking_snapshot ADD COLUMN target_title varchar(16);
COMMENT ON COLUMN ranking_snapshot.target_title IS
    'title code of the subject''s submitted or approved pledge when the campaign closed (null: none registered)';

-- Campaigns closed before this column: pledges cannot change once a campaign is closed, so today's are theirs.
UPDATE ranking_snapshot s
SET target_title = p.target_title
FROM pledge p
WHERE p.campaign_id = s.campaign_id AND p.subject_type = s.subject_type AND p.subject_id = s.subject_id
  AND p.status IN ('SUBMITTED', 'APPROVED');

-- A name as searched: lower case, without diacritics, đ as d ("Nguyễn Văn Đức" → "nguyen van duc"), as
-- Texts.fold does in Java; for names that are stored only in the snapshot (a frozen ranking).
CREATE FUNCTION fold_name(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(regexp_replace(normalize(translate(name, 'đĐ', 'dD'), NFD), '[\u0300-\u036f]', '', 'g'));

COMMENT ON FUNCTION fold_name(text) IS 'lower case without diacritics (đ → d), for accent-insensitive name search';
