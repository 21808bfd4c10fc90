package io.pinpipe.ui;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's stylesheets parse without an error: JavaFX drops every rule after a missing brace with one warning in
 * the log, and the window then looks half-styled (banners without their colour) with no test failing.
 */
class StylesheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/io/pinpipe/ui/pinpipe.css", "/io/pinpipe/doctor/view/doctor.css"})
    void parsesWithoutAnError(String stylesheet) throws Exception {
        var url = StylesheetTest.class.getResource(stylesheet);
        assertThat(url).as(stylesheet).isNotNull();
        CssParser.errorsProperty().clear();

        var sheet = new CssParser().parse(url);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).as("parse errors in " + stylesheet).isEmpty();
        assertThat(sheet.getRules()).as("rules read").hasSizeGreaterThan(20);
    }

    @Test
    void theBannerRulesAreRead() throws Exception {
        var sheet = new CssParser().parse(StylesheetTest.class.getResource("/io/pinpipe/ui/pinpipe.css"));
        var selectors = sheet.getRules().stream().flatMap(rule -> rule.getSelectors().stream()).map(Object::toString).toList();
        assertThat(selectors).anyMatch(selector -> selector.contains("banner-danger"));
    }
}
