package uk.nciistats.console.layout;

/**
 * A view whose heading is not simply its page title (a return's page says which return): the
 * frame's {@code h1} shows {@link #heading()}.
 */
public interface HasHeading {

    /** The words of the screen's one heading, e.g. "Return KENT-2016". */
    String heading();
}
