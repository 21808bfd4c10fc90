package io.pinpipe.sandbox;

import java.util.List;

/**
 * The original tables' DDL, written once for MySQL/MariaDB and H2 in MySQL mode alike. Text columns stay
 * TEXT as in the original (H2's MySQL mode reads TEXT as VARCHAR, so they remain comparable there); the id
 * is the primary key so lookups by id do not scan.
 */
public final class SampleSchema {

    public static final String PINTEREST_DATA = "pinterest_data";
    public static final String GEOLOCATION_DATA = "geolocation_data";
    public static final String USER_DATA = "user_data";
    /** In the order the original lists them, which is also the order they are loaded in. */
    public static final List<String> TABLES = List.of(PINTEREST_DATA, GEOLOCATION_DATA, USER_DATA);

    static final String CREATE_PINTEREST_DATA = "CREATE TABLE pinterest_data ("
            + "`index` INT NOT NULL PRIMARY KEY, unique_id TEXT, title TEXT, description TEXT, poster_name TEXT, "
            + "follower_count TEXT, tag_list TEXT, is_image_or_video TEXT, image_src TEXT, downloaded INT, "
            + "save_location TEXT, category TEXT)";
    static final String CREATE_GEOLOCATION_DATA = "CREATE TABLE geolocation_data ("
            + "ind INT NOT NULL PRIMARY KEY, `timestamp` DATETIME, latitude DOUBLE, longitude DOUBLE, country TEXT)";
    static final String CREATE_USER_DATA = "CREATE TABLE user_data ("
            + "ind INT NOT NULL PRIMARY KEY, first_name TEXT, last_name TEXT, age INT, date_joined DATETIME)";
    static final List<String> CREATE_TABLES = List.of(CREATE_PINTEREST_DATA, CREATE_GEOLOCATION_DATA, CREATE_USER_DATA);

    static final String INSERT_PINTEREST_DATA = "INSERT INTO pinterest_data (`index`, unique_id, title, description, "
            + "poster_name, follower_count, tag_list, is_image_or_video, image_src, downloaded, save_location, category) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_GEOLOCATION_DATA = "INSERT INTO geolocation_data (ind, `timestamp`, latitude, longitude, "
            + "country) VALUES (?, ?, ?, ?, ?)";
    static final String INSERT_USER_DATA = "INSERT INTO user_data (ind, first_name, last_name, age, date_joined) "
            + "VALUES (?, ?, ?, ?, ?)";

    private SampleSchema() {
    }
}
