package io.pinpipe.messages.filter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every kind of mistake names the column where it is and what was expected there. */
class FilterErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            follower_count >                 | 17 | Column 17: expected a value after '>' (a number, a quoted text, true, false or null)
            country = Albania                | 11 | Column 11: expected a value after '=' (a number, a quoted text, true, false or null)
            value contains "open             | 16 | Column 16: the text that starts here has no closing "
            key ~ /(abc/                     | 7  | Column 7: invalid regular expression: Unclosed group near index 4
            key ~ /abc                       | 7  | Column 7: the regular expression that starts here has no closing /
            key ~ /abc/g                     | 7  | Column 7: unknown regular expression flag 'g' (use i, m, s or x)
            key ~ "abc"                      | 7  | Column 7: expected a regular expression between slashes after '~'
            country Albania                  | 9  | Column 9: expected an operator after '$.country' (=, !=, >, >=, <, <=, in, contains, ~ or exists), found 'Albania'
            key > "a"                        | 5  | Column 5: expected an operator after 'key' (contains, =, !=, in, ~ or exists), found '>'
            partition ~ /1/                  | 11 | Column 11: expected an operator after 'partition' (=, !=, >, >=, <, <= or in), found '~'
            partition = "3"                  | 13 | Column 13: 'partition =' needs whole numbers, found "3"
            offset >= 1.5                    | 11 | Column 11: 'offset >=' needs whole numbers, found 1.5
            timestamp >= "yesterday-ish"     | 14 | Column 14: expected a date-time in quotes after '>=', e.g. "2026-12-07T10:00:00Z", "2026-12-07 10:00" or "-1h", found "yesterday-ish"
            header.source                    | 14 | Column 14: expected an operator after 'header.source' (exists, =, !=, in, contains or ~), found the end
            header. = "x"                    | 9  | Column 9: expected a header name after 'header.'
            a. = 1                           | 4  | Column 4: expected a field name after '.', found '='
            a[x] = 1                         | 3  | Column 3: expected an index (0, 1, ...) or a quoted name after '[', found 'x'
            a[0 = 1                          | 5  | Column 5: expected ']' after '0', found '='
            category in art                  | 13 | Column 13: expected '(' after 'in'
            category in (art travel)         | 18 | Column 18: expected ',' or ')' in the list, found 'travel'
            category in (art,)               | 18 | Column 18: expected a value in the list (a number, a quoted text or a word), found ')'
            (a = 1 or b = 2                  | 16 | Column 16: expected ')' to close the '(' at column 1, found the end
            a = 1)                           | 6  | Column 6: this ')' has no matching '('
            a = 1 b = 2                      | 7  | Column 7: expected 'and', 'or' or the end after a condition, found 'b'
            a = 1 and                        | 10 | Column 10: expected a condition after 'and' (e.g. value contains "text" or $.country = "Albania"), found the end
            and a = 1                        | 1  | Column 1: expected a condition (e.g. value contains "text" or $.country = "Albania"), found 'and'
            a = 1 # comment                  | 7  | Column 7: unexpected character '#'
            a > 1e99999999999                | 5  | Column 5: the number 1e99999999999 is out of range (its exponent must be within ±999999999)
            a > true                         | 3  | Column 3: '>' compares numbers and texts; true, false and null go with = and !=
            size > 10kb                      | 8  | Column 8: '10kb' is not a number (quote texts, e.g. "10kb")
            key = true                       | 7  | Column 7: expected a quoted text after '=', found true
            `"a\\u12"`                       | 3  | Column 3: \\u must be followed by four hex digits
            """)
    void namesTheColumnAndWhatWasExpected(String expression, int column, String message) {
        var error = catchThrowableOfType(FilterException.class, () -> Filters.parse(expression));
        assertThat(error).as("error for %s", expression).isNotNull();
        assertThat(error.getMessage()).startsWith(message);
        assertThat(error.column()).isEqualTo(column);
    }
}
