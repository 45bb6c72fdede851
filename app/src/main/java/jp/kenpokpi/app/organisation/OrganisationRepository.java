package jp.kenpokpi.app.organisation;

import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The association and its branches as rows, so that targets and results can reference them. */
@Repository
public class OrganisationRepository {

    private final JdbcClient jdbc;

    public OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void saveAll() {
        for (Organisation o : Organisations.all().list()) {
            jdbc.sql("INSERT INTO organisation (code, name_ja, prefecture_ja, block_code) VALUES (?, ?, ?, ?)")
                    .params(
                            o.code().value(),
                            o.nameJa(),
                            o.prefectureJa(),
                            o.block().map(Enum::name).orElse(null))
                    .update();
        }
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM organisation")
                .query(Integer.class)
                .single();
    }
}
