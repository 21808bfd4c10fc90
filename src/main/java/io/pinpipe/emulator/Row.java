package io.pinpipe.emulator;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * One table row, read only: the column names (shared by every row a query returns) and the values, in table
 * order. Equal to any map with the same entries. Two arrays rather than a hash map per row: at maximum pace the
 * source reads a hundred thousand rows a second and the live tables keep only the newest.
 */
public final class Row extends AbstractMap<String, Object> {

    private final Header header;
    private final String[] names;
    private final Object[] values;
    private volatile Encoded encoded;

    /** What a writer made of this row, kept so the thread that reads a row can write it too. */
    private record Encoded(Object writer, byte[] bytes) {
    }

    Row(Header header, Object[] values) {
        if (header.names.length != values.length) {
            throw new IllegalArgumentException(header.names.length + " column names for " + values.length + " values");
        }
        this.header = header;
        this.names = header.names;
        this.values = values;
    }

    /** The column names all rows of a query share, and their JSON keys, encoded once rather than per row. */
    static final class Header {
        private final String[] names;
        private volatile byte[][] jsonKeys;

        Header(String... names) {
            this.names = names.clone();
        }

        int indexOf(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** What {@code encode} makes of the names, made on first use and kept (a race only makes it twice). */
        byte[][] jsonKeys(Function<String[], byte[][]> encode) {
            var keys = jsonKeys;
            if (keys == null) {
                keys = encode.apply(names.clone());
                jsonKeys = keys;
            }
            return keys;
        }
    }

    /** A copy of any map, in its iteration order. */
    public static Row copyOf(Map<String, ?> row) {
        if (row instanceof Row same) {
            return same;
        }
        var names = row.keySet().toArray(String[]::new);
        return new Row(new Header(names), Arrays.stream(names).map(row::get).toArray());
    }

    Header header() {
        return header;
    }

    /** What {@code writer} made of this row, if it wrote it before; the array is shared, not to be changed. */
    byte[] encodedBy(Object writer) {
        var made = encoded;
        return made != null && made.writer() == writer ? made.bytes() : null;
    }

    void rememberEncoded(Object writer, byte[] bytes) {
        encoded = new Encoded(writer, bytes);
    }

    Object value(int column) {
        return values[column];
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        var index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        var entry = new SimpleImmutableEntry<>(names[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }

    private int indexOf(Object key) {
        return key instanceof String name ? header.indexOf(name) : -1;
    }
}
