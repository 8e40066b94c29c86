package org.communa.server.analysis;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@link Stemmer} on PostgreSQL's ts_lexize with its Snowball dictionaries, one query for all the words. */
public final class SqlStemmer implements Stemmer {

    private final Connection connection;

    public SqlStemmer(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Map<String, Stems> stems(Collection<String> words) {
        Map<String, Stems> stems = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select w, (ts_lexize('french_stem', w))[1], (ts_lexize('english_stem', w))[1] from unnest(?) w")) {
            Array array = connection.createArrayOf("text", words.toArray());
            query.setArray(1, array);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    stems.put(rs.getString(1), new Stems(rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stem the contributions' words", e);
        }
        return stems;
    }
}
