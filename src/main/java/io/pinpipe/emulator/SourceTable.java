package io.pinpipe.emulator;

import java.util.List;

/** The three source tables the emulator reads, the id column of each and the topic suffix its rows go to. */
public enum SourceTable {

    PIN("pinterest_data", "index", "pin", List.of("index", "unique_id", "title", "description", "poster_name",
            "follower_count", "tag_list", "is_image_or_video", "image_src", "downloaded", "save_location", "category")),
    GEO("geolocation_data", "ind", "geo", List.of("ind", "timestamp", "latitude", "longitude", "country")),
    USER("user_data", "ind", "user", List.of("ind", "first_name", "last_name", "age", "date_joined"));

    private final String table;
    private final String idColumn;
    private final String topicSuffix;
    private final List<String> columns;

    SourceTable(String table, String idColumn, String topicSuffix, List<String> columns) {
        this.table = table;
        this.idColumn = idColumn;
        this.topicSuffix = topicSuffix;
        this.columns = columns;
    }

    public String table() {
        return table;
    }

    public String idColumn() {
        return idColumn;
    }

    public String topicSuffix() {
        return topicSuffix;
    }

    /** The columns the pipeline downstream relies on; the source may have more. */
    public List<String> columns() {
        return columns;
    }

    public String topic(String prefix) {
        return prefix + "." + topicSuffix;
    }

    /** Backticks: {@code index} is a reserved word in MySQL, and H2's MySQL mode accepts them too. */
    String selectById() {
        return "SELECT * FROM " + table + " WHERE `" + idColumn + "` = ?";
    }

    /**
     * The ids written into the statement (ints, so nothing to escape): H2 then tests each row against a hash set
     * rather than against every parameter in turn, and MySQL's driver sends the same text for parameters anyway.
     */
    String selectByIds(int[] ids) {
        return "SELECT * FROM " + table + " WHERE `" + idColumn + "`" + inList(ids);
    }

    /** {@code " IN (3,1,2)"}. */
    static String inList(int[] ids) {
        var sql = new StringBuilder(8 + ids.length * 6).append(" IN (");
        for (int i = 0; i < ids.length; i++) {
            sql.append(i == 0 ? "" : ",").append(ids[i]);
        }
        return sql.append(')').toString();
    }
}
