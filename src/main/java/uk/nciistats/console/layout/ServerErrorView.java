package uk.nciistats.console.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a page shows when opening it failed on the server: in words, never the exception (Vaadin's
 * own page would name it). The exception goes to the server's log.
 */
@PageTitle("Something went wrong · NCII Stats")
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    private static final Logger LOG = Logger.getLogger(ServerErrorView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.log(Level.SEVERE, "Opening '" + event.getLocation().getPath() + "' failed", parameter.getCaughtException());
        removeAll();
        setId("server-error");
        add(new H1("Something went wrong"),
                new Paragraph("The server could not open this page. Nothing was changed by opening it. Try again in a"
                        + " moment; if it keeps happening, tell your administrator the time it happened."),
                new Anchor(".", "Back to the console"));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
