-- Who takes part in a campaign, said once (issue 12: an import of five people today must not
-- change a campaign whose registration closed in 2020). Every count, list and grid of people or
-- units "taking part" reads campaign_participants() or campaign_collectives() below.
--
-- A person takes part when, being active in a participating unit (campaign_units, V5), either
--   * they were in that unit by the end of the registration deadline (Viet Nam time), or
--   * an admin added them to the campaign (campaign_participant_addition), or
--   * they already have a pledge or an evaluation in the campaign (data is never dropped).
-- Anyone else active in a participating unit "joined late" (campaign_late_joiners): listed, not
-- counted as missing or late, until an admin adds them.
--
-- Joining is recorded per person as joined_unit_at: set by the database when the person is created
-- and when their unit changes (whatever writes the row: a page, the API, an import). A person moved
-- after the deadline is therefore a late joiner of the new unit unless they already pledged or
-- were scored; their pledge and evaluation stay theirs and they are counted in the unit they are
-- in now. NULL means "in this unit since before joining dates were recorded": it counts as on time
-- for every campaign. Rows that exist when this migration runs get NULL if they were made before
-- the first campaign, else their creation time (see the UPDATEs below).

ALTER TABLE individual ADD COLUMN joined_unit_at timestamptz;
COMMENT ON COLUMN individual.joined_unit_at IS
    'When the person came into their current unit (set by trigger on insert and on a unit change); '
    'NULL: made before the first campaign and before V9, counts as before every campaign (campaign_participants)';

-- A unit "joins" when it is created; moving it in the tree does not change it.
ALTER TABLE unit ADD COLUMN added_at timestamptz;
COMMENT ON COLUMN unit.added_at IS
    'When the unit was created (set by trigger); NULL: before V9 recorded it, counts as before every campaign';

-- Rows made after the first campaign existed were made when campaigns were already being run: their
-- creation is when they came (the five people imported today of issue 12 came today). Rows made
-- before any campaign (the organisation loaded to run its campaigns, the demo's office of 2020) stay
-- NULL: in place before every campaign.
UPDATE individual SET joined_unit_at = created_at WHERE created_at > (SELECT min(created_at) FROM campaign);
UPDATE unit SET added_at = created_at WHERE created_at > (SELECT min(created_at) FROM campaign);

CREATE FUNCTION individual_joined_unit() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.joined_unit_at := coalesce(NEW.joined_unit_at, now());
    ELSIF NEW.unit_id IS DISTINCT FROM OLD.unit_id
            AND NEW.joined_unit_at IS NOT DISTINCT FROM OLD.joined_unit_at THEN
        NEW.joined_unit_at := now();
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER individual_joined_unit BEFORE INSERT OR UPDATE OF unit_id ON individual
    FOR EACH ROW EXECUTE FUNCTION individual_joined_unit();

CREATE FUNCTION unit_added() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.added_at := coalesce(NEW.added_at, now());
    RETURN NEW;
END
$$;

CREATE TRIGGER unit_added BEFORE INSERT ON unit FOR EACH ROW EXECUTE FUNCTION unit_added();

-- People an admin added to a campaign after joining late (audited as PARTICIPANT_ADDED).
CREATE TABLE campaign_participant_addition (
    campaign_id   bigint      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    individual_id bigint      NOT NULL REFERENCES individual (id),
    added_by      varchar(64) NOT NULL,
    added_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, individual_id)
);
CREATE INDEX ix_campaign_participant_addition_individual ON campaign_participant_addition (individual_id);

-- The first instant after the registration deadline, in Viet Nam (shared.OfficeTime): joining
-- before it is on time.
CREATE FUNCTION campaign_registration_closes(campaign bigint) RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
    SELECT (c.registration_deadline + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
    FROM campaign c WHERE c.id = campaign
$$;

CREATE FUNCTION campaign_participants(campaign bigint) RETURNS TABLE (individual_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
    SELECT i.id FROM individual i
    WHERE i.active
      AND i.unit_id IN (SELECT unit_id FROM campaign_units(campaign))
      AND (i.joined_unit_at IS NULL
           OR i.joined_unit_at < campaign_registration_closes(campaign)
           OR EXISTS (SELECT 1 FROM campaign_participant_addition a
                      WHERE a.campaign_id = campaign AND a.individual_id = i.id)
           OR EXISTS (SELECT 1 FROM pledge p
                      WHERE p.campaign_id = campaign AND p.subject_type = 'INDIVIDUAL' AND p.subject_id = i.id)
           OR EXISTS (SELECT 1 FROM evaluation e
                      WHERE e.campaign_id = campaign AND e.subject_type = 'INDIVIDUAL' AND e.subject_id = i.id))
$$;

CREATE FUNCTION campaign_late_joiners(campaign bigint) RETURNS TABLE (individual_id bigint, joined_unit_at timestamptz)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
    SELECT i.id, i.joined_unit_at FROM individual i
    WHERE i.active
      AND i.unit_id IN (SELECT unit_id FROM campaign_units(campaign))
      AND i.id NOT IN (SELECT p.individual_id FROM campaign_participants(campaign) p)
$$;

-- Units taking part as collectives: active participating units that existed by the deadline, or
-- that already have a pledge or an evaluation in the campaign.
CREATE FUNCTION campaign_collectives(campaign bigint) RETURNS TABLE (unit_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
    SELECT u.id FROM unit u
    WHERE u.active
      AND u.id IN (SELECT unit_id FROM campaign_units(campaign))
      AND (u.added_at IS NULL
           OR u.added_at < campaign_registration_closes(campaign)
           OR EXISTS (SELECT 1 FROM pledge p
                      WHERE p.campaign_id = campaign AND p.subject_type = 'COLLECTIVE' AND p.subject_id = u.id)
           OR EXISTS (SELECT 1 FROM evaluation e
                      WHERE e.campaign_id = campaign AND e.subject_type = 'COLLECTIVE' AND e.subject_id = u.id))
$$;

COMMENT ON TABLE campaign_participant_addition IS
    'People an admin added to a campaign although they joined their unit after its registration deadline (campaign)';
COMMENT ON FUNCTION campaign_registration_closes(bigint) IS
    'The end of the registration deadline day in Viet Nam: joining before it is on time (campaign)';
COMMENT ON FUNCTION campaign_participants(bigint) IS
    'The people taking part in a campaign: active in a participating unit and joined on time, added, or with a '
    'pledge or evaluation in it (campaign; read by pledge, evaluation and ranking)';
COMMENT ON FUNCTION campaign_late_joiners(bigint) IS
    'Active people of participating units who joined after the registration deadline and are not participants (campaign)';
COMMENT ON FUNCTION campaign_collectives(bigint) IS
    'The units taking part as collectives: active, participating, created on time or with a pledge or evaluation (campaign)';
