-- The unit tree as SQL building blocks, owned by the organisation (its Java side is
-- organisation.UnitTree and organisation.UnitScope). Other modules' queries call these instead of
-- writing their own recursive walks. Each is LANGUAGE sql, STABLE and not STRICT, so PostgreSQL
-- inlines it into the calling query (a call in FROM plans like the recursive CTE it replaces).

-- A unit and every unit below it (whatever their active flag).
CREATE FUNCTION unit_subtree(root bigint) RETURNS TABLE (unit_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
    WITH RECURSIVE subtree(id) AS (
        SELECT u.id FROM unit u WHERE u.id = root
        UNION
        SELECT u.id FROM unit u JOIN subtree s ON u.parent_id = s.id
    )
    SELECT subtree.id FROM subtree
$$;

-- The units an individual heads (active ones) and every unit below them: a head's scope.
CREATE FUNCTION units_headed_by(head bigint) RETURNS TABLE (unit_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
    WITH RECURSIVE headed(id) AS (
        SELECT u.id FROM unit u WHERE u.head_individual_id = head AND u.active
        UNION
        SELECT u.id FROM unit u JOIN headed h ON u.parent_id = h.id
    )
    SELECT headed.id FROM headed
$$;

-- A unit and every unit above it up to the top (depth 0 is the unit itself), with what
-- supervision reads: the head and whether the unit is active.
CREATE FUNCTION unit_ancestry(from_unit bigint)
    RETURNS TABLE (unit_id bigint, head_individual_id bigint, active boolean, depth integer)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
    WITH RECURSIVE up(id, parent_id, head, active, depth) AS (
        SELECT u.id, u.parent_id, u.head_individual_id, u.active, 0 FROM unit u WHERE u.id = from_unit
        UNION ALL
        SELECT p.id, p.parent_id, p.head_individual_id, p.active, up.depth + 1
        FROM unit p JOIN up ON p.id = up.parent_id
        WHERE up.depth < 100 -- a tree this deep is a cycle: UnitService refuses one, this stops the walk
    )
    SELECT up.id, up.head, up.active, up.depth FROM up
$$;

-- Every unit with the ids from the top of the tree down to it (path[1] is a top-level unit,
-- the last element the unit itself). "x is in the subtree of r" is r = any(path of x).
CREATE VIEW unit_path (unit_id, path) AS
    WITH RECURSIVE paths(id, path) AS (
        SELECT id, ARRAY[id] FROM unit WHERE parent_id IS NULL
        UNION ALL
        SELECT u.id, p.path || u.id FROM unit u JOIN paths p ON u.parent_id = p.id
    )
    SELECT id, path FROM paths;

-- The units taking part in a campaign: the listed ones and every unit below them, or every unit
-- when the campaign lists none (campaign.Participation is the Java side).
CREATE FUNCTION campaign_units(campaign bigint) RETURNS TABLE (unit_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
    SELECT u.id FROM unit u
    WHERE NOT EXISTS (SELECT 1 FROM campaign_unit cu WHERE cu.campaign_id = campaign)
    UNION
    SELECT s.unit_id FROM campaign_unit cu CROSS JOIN LATERAL unit_subtree(cu.unit_id) s
    WHERE cu.campaign_id = campaign
$$;

-- The ranking's read model (ranking.RankingSql documents it whole): what other modules must keep.
COMMENT ON COLUMN evaluation.review_total IS
    'Σ STANDARD + Σ BONUS − Σ PENALTY of the review points of the criteria that apply; kept by the '
    'triggers on evaluation_score (V4), never written by the application; read by the ranking';
COMMENT ON COLUMN evaluation.review_count IS
    'Number of applicable criteria with a review score; kept by the triggers on evaluation_score (V4); '
    'the ranking compares it with the campaign''s criteria to mark an evaluation complete';
COMMENT ON VIEW unit_path IS 'Every unit with the ids from the top of the tree down to it (organisation; read by the ranking)';
COMMENT ON FUNCTION unit_subtree(bigint) IS 'A unit and every unit below it (organisation)';
COMMENT ON FUNCTION units_headed_by(bigint) IS 'The active units an individual heads and every unit below them (organisation)';
COMMENT ON FUNCTION unit_ancestry(bigint) IS 'A unit and every unit above it, with heads and active flags (organisation)';
COMMENT ON FUNCTION campaign_units(bigint) IS 'The units taking part in a campaign: listed ones and below, or all (campaign)';
