package io.pinpipe.insights.view;

import io.pinpipe.insights.ResultTable;
import javafx.scene.Node;

/** How one question's answer is drawn: made once, then shown each new table in place. */
interface ResultView {

    Node node();

    /** @param table the newest answer, or null before the first */
    void show(ResultTable table);
}
