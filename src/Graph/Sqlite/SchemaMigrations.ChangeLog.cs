namespace DutyGraph.Graph.Sqlite;

internal static partial class SchemaMigrations
{
    /// <summary>
    /// What each write changed, under the change stamp its transaction ends with: the lists
    /// (jurisdictions) whose rows it touched, whether it touched the knowledge (thesaurus,
    /// corrections) or the reviews (feedback, cluster marks), and which rows (units, sections,
    /// duties, the holdings of a duty, correspondences, jurisdictions). The analyses bring only
    /// what a change touched up to date. Triggers keep the log, so no write path can forget it;
    /// they insert only what is not logged yet (an OR IGNORE would take the outer statement's
    /// conflict policy and fail a write that touches one row twice). Making sure a jurisdiction
    /// exists writes it again unchanged, which is no change. A bulk load sets
    /// <c>quiet</c> for its transaction and logs only that anything may have changed.
    /// </summary>
    private const string V4 = """
        ALTER TABLE store_state ADD COLUMN quiet INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE change_log (
            stamp INTEGER NOT NULL,
            scope TEXT NOT NULL,
            PRIMARY KEY (stamp, scope)
        ) WITHOUT ROWID;
        CREATE TABLE changed_rows (
            stamp INTEGER NOT NULL,
            kind  TEXT NOT NULL,
            id    INTEGER NOT NULL,
            PRIMARY KEY (stamp, kind, id)
        ) WITHOUT ROWID;
        CREATE TRIGGER units_insert_logged AFTER INSERT ON units WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = NEW.jurisdiction_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'unit' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER units_update_logged AFTER UPDATE ON units WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = OLD.jurisdiction_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = NEW.jurisdiction_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'unit' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
            INSERT INTO changed_rows (stamp, kind, id) SELECT (SELECT changes + 1 FROM store_state WHERE id = 1), 'section', s.id FROM sections s WHERE s.unit_id = NEW.id AND OLD.name IS NOT NEW.name AND NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = (SELECT changes + 1 FROM store_state WHERE id = 1) AND c.kind = 'section' AND c.id = s.id);
        END;
        CREATE TRIGGER units_delete_logged AFTER DELETE ON units WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = OLD.jurisdiction_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'unit' AS kind, OLD.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER sections_insert_logged AFTER INSERT ON sections WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id WHERE u.id = NEW.unit_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'section' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER sections_update_logged AFTER UPDATE ON sections WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id WHERE u.id = OLD.unit_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id WHERE u.id = NEW.unit_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'section' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER sections_delete_logged AFTER DELETE ON sections WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id WHERE u.id = OLD.unit_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'section' AS kind, OLD.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER duties_insert_logged AFTER INSERT ON duties WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = NEW.jurisdiction_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'duty' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'holdings' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER duties_update_logged AFTER UPDATE ON duties WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = OLD.jurisdiction_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'holdings' AS kind, OLD.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = NEW.jurisdiction_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'duty' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'holdings' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER duties_delete_logged AFTER DELETE ON duties WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = OLD.jurisdiction_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'duty' AS kind, OLD.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'holdings' AS kind, OLD.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER holdings_insert_logged AFTER INSERT ON holdings WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM duties d JOIN jurisdictions j ON j.id = d.jurisdiction_id WHERE d.id = NEW.duty_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'holdings' AS kind, NEW.duty_id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER holdings_update_logged AFTER UPDATE ON holdings WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM duties d JOIN jurisdictions j ON j.id = d.jurisdiction_id WHERE d.id = OLD.duty_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'holdings' AS kind, OLD.duty_id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM duties d JOIN jurisdictions j ON j.id = d.jurisdiction_id WHERE d.id = NEW.duty_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'holdings' AS kind, NEW.duty_id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER holdings_delete_logged AFTER DELETE ON holdings WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM duties d JOIN jurisdictions j ON j.id = d.jurisdiction_id WHERE d.id = OLD.duty_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'holdings' AS kind, OLD.duty_id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER correspondences_insert_logged AFTER INSERT ON correspondences WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = NEW.township_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'correspondence' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER correspondences_update_logged AFTER UPDATE ON correspondences WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = OLD.township_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = NEW.township_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'correspondence' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER correspondences_delete_logged AFTER DELETE ON correspondences WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || j.name AS scope FROM jurisdictions j WHERE j.id = OLD.township_id) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'correspondence' AS kind, OLD.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER jurisdictions_insert_logged AFTER INSERT ON jurisdictions WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || NEW.name AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'jurisdiction' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER jurisdictions_update_logged AFTER UPDATE ON jurisdictions WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0
            AND (OLD.name IS NOT NEW.name OR OLD.level IS NOT NEW.level OR OLD.parent_id IS NOT NEW.parent_id) BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || OLD.name AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || NEW.name AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'jurisdiction' AS kind, NEW.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER jurisdictions_delete_logged AFTER DELETE ON jurisdictions WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || OLD.name AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO changed_rows (stamp, kind, id) SELECT x.stamp, x.kind, x.id FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, 'jurisdiction' AS kind, OLD.id AS id) AS x WHERE NOT EXISTS (SELECT 1 FROM changed_rows c WHERE c.stamp = x.stamp AND c.kind = x.kind AND c.id = x.id);
        END;
        CREATE TRIGGER thesaurus_insert_logged AFTER INSERT ON thesaurus WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#knowledge' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER thesaurus_update_logged AFTER UPDATE ON thesaurus WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#knowledge' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#knowledge' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER thesaurus_delete_logged AFTER DELETE ON thesaurus WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#knowledge' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER duty_corrections_insert_logged AFTER INSERT ON duty_corrections WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || NEW.jurisdiction AS scope UNION ALL SELECT '#knowledge') AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER duty_corrections_update_logged AFTER UPDATE ON duty_corrections WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || OLD.jurisdiction AS scope UNION ALL SELECT '#knowledge') AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || NEW.jurisdiction AS scope UNION ALL SELECT '#knowledge') AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER duty_corrections_delete_logged AFTER DELETE ON duty_corrections WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT 'list:' || OLD.jurisdiction AS scope UNION ALL SELECT '#knowledge') AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER feedback_insert_logged AFTER INSERT ON feedback WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#reviews' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER feedback_update_logged AFTER UPDATE ON feedback WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#reviews' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#reviews' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER feedback_delete_logged AFTER DELETE ON feedback WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#reviews' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER cluster_marks_insert_logged AFTER INSERT ON cluster_marks WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#reviews' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER cluster_marks_update_logged AFTER UPDATE ON cluster_marks WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#reviews' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#reviews' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        CREATE TRIGGER cluster_marks_delete_logged AFTER DELETE ON cluster_marks WHEN (SELECT quiet FROM store_state WHERE id = 1) = 0 BEGIN
            INSERT INTO change_log (stamp, scope) SELECT x.stamp, x.scope FROM (SELECT (SELECT changes + 1 FROM store_state WHERE id = 1) AS stamp, changed.scope FROM (SELECT '#reviews' AS scope) AS changed) AS x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.stamp = x.stamp AND c.scope = x.scope);
        END;
        """;
}
