package eu.od4growth.catalog.dataset.application;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's full-text query uses the migrations' GIN indexes rather than reading the whole table: checked with
 * EXPLAIN on a copy of the dataset table filled with 50,000 generated datasets, apart from the shared test data.
 */
@QuarkusTest
@ServiceTest
class SearchPlanTest {

    private static final int DATASETS = 50_000;

    @Inject
    DataSource dataSource;

    @Test
    void theFullTextSearchUsesTheGinIndexes() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("DROP SCHEMA IF EXISTS plan_test CASCADE");
            sql.execute("CREATE SCHEMA plan_test");
            try {
                sql.execute("CREATE TABLE plan_test.dataset (LIKE public.dataset INCLUDING DEFAULTS INCLUDING GENERATED)");
                sql.execute(
                        """
                                INSERT INTO plan_test.dataset (id, title, description, keywords, status, owner_organisation,
                                                               created_at, updated_at, row_version)
                                SELECT gen_random_uuid(),
                                       jsonb_build_object(
                                           'fr', 'Jeu de données ' || i || ' sur ' || (ARRAY['les transports', 'l''énergie', 'la santé', 'les écoles', 'le budget', 'l''air', 'l''eau', 'la forêt'])[1 + i % 8]
                                                 || CASE WHEN i % 1000 = 0 THEN ' et l''hydrogéologie' ELSE '' END,
                                           'en', 'Dataset ' || i || ' about ' || (ARRAY['transport', 'energy', 'health', 'schools', 'budget', 'air', 'water', 'forests'])[1 + i % 8],
                                           'it', 'Dati ' || i || ' su ' || (ARRAY['trasporti', 'energia', 'salute', 'scuole', 'bilancio', 'aria', 'acqua', 'foreste'])[1 + i % 8]),
                                       jsonb_build_object(
                                           'fr', repeat('Données publiques de la collectivité, mises à jour et documentées. ', 4),
                                           'en', repeat('Public data of the local authority, updated and documented. ', 4)),
                                       jsonb_build_object('fr', jsonb_build_array('territoire', 'commune ' || (i % 300))),
                                       CASE WHEN i % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
                                       'org-' || (i % 40), now(), now(), 0
                                FROM generate_series(1, DATASETS) AS i"""
                                .replace("DATASETS", Integer.toString(DATASETS)));
                List<String> indexes = new ArrayList<>();
                try (ResultSet found = sql.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' "
                        + "AND tablename = 'dataset' AND indexname LIKE 'dataset_search_%'")) {
                    while (found.next()) {
                        indexes.add(found.getString(1).replace(" ON public.dataset ", " ON plan_test.dataset "));
                    }
                }
                assertThat(indexes).hasSize(3);
                for (String index : indexes) {
                    sql.execute(index);
                }
                sql.execute("ANALYZE plan_test.dataset");
                sql.execute("SET search_path = plan_test, public");
                StringBuilder plan = new StringBuilder();
                try (ResultSet lines = sql.executeQuery(
                        "EXPLAIN " + DatasetSearch.publicMatch().replace(":q", "'hydrogeologie'"))) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
                assertThat(plan.toString()).as(plan.toString())
                        .contains("Bitmap Index Scan on dataset_search_fr")
                        .contains("Bitmap Index Scan on dataset_search_en")
                        .contains("Bitmap Index Scan on dataset_search_it")
                        .doesNotContain("Seq Scan");
            } finally {
                sql.execute("SET search_path = public");
                sql.execute("DROP SCHEMA plan_test CASCADE");
            }
        }
    }
}
